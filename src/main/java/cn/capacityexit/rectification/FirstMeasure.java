package cn.capacityexit.rectification;

/** The first measure the policy orders (rectification-policy.dmn, output firstMeasure). */
public enum FirstMeasure {
  /** 责令限期整改: production goes on while the enterprise rectifies (energy; Jining environment). */
  RECTIFY("责令限期整改", false),
  /** 责令限制生产、停产整治 (环境保护法第六十条): the officer chooses in the notice whether production stops. */
  RESTRICT_OR_SUSPEND("责令限制生产、停产整治", false),
  /** 依法查处并责令停产整改 (quality): production stops for the rectification. */
  SUSPEND_AND_RECTIFY("依法查处并责令停产整改", true),
  /** 责令限期治理 (济宁 solid waste): the order sets the period; no extension. */
  TREAT_WITHIN_DEADLINE("责令限期治理", false),
  /** 责令立即停产停业整顿 (safety). */
  SUSPEND_IMMEDIATELY("责令立即停产停业整顿", true),
  /** 情节严重的，报经有批准权的人民政府批准，责令停业、关闭 (environment): no rectification first. */
  PROPOSE_CLOSURE("情节严重，报请批准责令停业、关闭", true),
  /** 情节严重的，吊销营业执照 (Guangdong quality, 产品质量法第四十九条): a sanction in itself. */
  REVOKE_BUSINESS_LICENCE("情节严重，依法吊销营业执照", true),
  /** 淘汰落后工艺技术装备 (technology): the dismantle-or-seal path. */
  ELIMINATE_EQUIPMENT("淘汰落后工艺技术装备", false);

  private final String label;
  private final boolean stopsProduction;

  FirstMeasure(String label, boolean stopsProduction) {
    this.label = label;
    this.stopsProduction = stopsProduction;
  }

  public String label() {
    return label;
  }

  /** Whether the measure itself stops production (the lines are suspended while it lasts). */
  public boolean stopsProduction() {
    return stopsProduction;
  }

  /** Whether the case goes to the closure procedure without a rectification period. */
  public boolean closesDirectly() {
    return this == PROPOSE_CLOSURE || this == REVOKE_BUSINESS_LICENCE;
  }
}
