package cn.capacityexit.sealing;

import java.util.Arrays;
import java.util.Optional;

/** What a piece of evidence shows: each step of dismantling or sealing keeps its own. */
public enum EvidenceStep {
  BEFORE("拆除前"),
  DURING("拆除中"),
  AFTER("拆除后"),
  WATER("断水"),
  POWER("断电"),
  POWER_UNITS("拆除动力装置"),
  SEAL("封存主体设备"),
  PLEDGE("签字承诺书"),
  ACCEPTANCE("验收"),
  REINSPECTION("复查"),
  INSPECTION("举报核查");

  private final String label;

  EvidenceStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<EvidenceStep> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst();
  }
}
