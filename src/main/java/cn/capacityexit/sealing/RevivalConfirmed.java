package cn.capacityexit.sealing;

import java.time.LocalDate;

/**
 * A public report that an eliminated or sealed line produces again was confirmed on inspection:
 * published in the transaction of the inspection step. The rectification module opens the case
 * that closes the enterprise; this module records the credit punishment itself.
 */
public record RevivalConfirmed(String eliminationNumber, String jurisdiction, String creditCode, long lineId, String lineName,
    String complaintId, LocalDate confirmedOn) {}
