package cn.capacityexit.credit;

import java.time.OffsetDateTime;

/** A record for the credit information sharing platform (信用信息共享平台): what, why, on which basis. */
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
    int pushAttempts) {}
