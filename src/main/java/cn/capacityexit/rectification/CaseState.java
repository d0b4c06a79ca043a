package cn.capacityexit.rectification;

/** Where a case stands. */
public enum CaseState {
  REGISTERED("已登记"),
  RECTIFYING("整改中"),
  SUSPENDED("停产整顿中"),
  EXTENSION_REQUESTED("延期申请审核中"),
  REINSPECTION("待复查"),
  CLOSURE_PROPOSED("拟关停，履行告知程序"),
  AWAITING_APPROVAL("待政府批准关闭"),
  CLOSING("关停退出中"),
  ELIMINATING("淘汰设备中"),
  RECTIFIED("已整改销号"),
  CLOSED("已关停退出"),
  ELIMINATED("设备已淘汰");

  private final String label;

  CaseState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isEnded() {
    return this == RECTIFIED || this == CLOSED || this == ELIMINATED;
  }
}
