package cn.capacityexit.rectification;

/** The first measure the policy orders (rectification-policy.dmn, output firstMeasure). */
public enum FirstMeasure {
  RECTIFY("责令限期整改"),
  RESTRICT_OR_SUSPEND("责令限制生产、停产整治（整改）"),
  SUSPEND_IMMEDIATELY("责令立即停产停业整顿"),
  ELIMINATE_EQUIPMENT("淘汰落后工艺技术装备");

  private final String label;

  FirstMeasure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
