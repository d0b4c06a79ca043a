package cn.capacityexit.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A record for the credit information sharing platform (信用信息共享平台): what, why, on which basis; when the breach was
 * corrected and when the record was repaired (信用修复), by whom and on which document.
 */
public record CreditRecord(
    long id,
    String recordKey,
    String caseNumber,
    String creditCode,
    String enterpriseName,
    String jurisdiction,
    String what,
    String why,
    String legalBasis,
    String platform,
    String domains,
    OffsetDateTime createdAt,
    OffsetDateTime pushedAt,
    int pushAttempts,
    LocalDate correctedOn,
    LocalDate repairedOn,
    String repairDocument,
    String repairReason,
    String repairedBy,
    String makerGroup) {

  /** The breach the record is about: EXIT_OVERDUE, DISMANTLE_OVERDUE or REVIVAL (the second part of its key). */
  public String kind() {
    String[] parts = recordKey.split(":");
    return parts.length > 1 ? parts[1] : "";
  }
}
