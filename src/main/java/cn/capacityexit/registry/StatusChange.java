package cn.capacityexit.registry;

import java.time.OffsetDateTime;

/** One change of a line's status: who, when, why, and in which case. */
public record StatusChange(
    LineStatus fromStatus, LineStatus toStatus, String changedBy, OffsetDateTime changedAt, String reason, String caseNumber) {}
