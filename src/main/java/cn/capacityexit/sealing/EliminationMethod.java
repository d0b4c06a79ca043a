package cn.capacityexit.sealing;

/** How eliminated equipment leaves production (domain digest, section 4). */
public enum EliminationMethod {
  /** 具备拆除条件的立即拆除. */
  DISMANTLE("立即拆除"),
  /** 暂不具备拆除条件的断水断电、拆除动力装置、封存，公开承诺并限时拆除. */
  SEAL("先封存、限时拆除"),
  /** 广东煤电“关而不拆”转应急备用. */
  RESERVE("关而不拆，转应急备用");

  private final String label;

  EliminationMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
