package cn.capacityexit.sealing;

/** Where an elimination stands. */
public enum EliminationState {
  ASSESSING("评估拆除条件"),
  DISMANTLING("拆除中"),
  SEALING("封存中"),
  SEALED("已封存，限时拆除"),
  ACCEPTING("待验收"),
  DISMANTLED("已拆除"),
  RESERVE("关而不拆，应急备用");

  private final String label;

  EliminationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
