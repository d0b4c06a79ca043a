package cn.capacityexit.sealing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The elimination of one production line: dismantled at once, or sealed first and dismantled by a deadline. */
public record Elimination(
    String eliminationNumber,
    String processInstanceId,
    long lineId,
    String lineName,
    String equipmentType,
    BigDecimal capacity,
    String capacityUnit,
    String creditCode,
    String enterpriseName,
    String sector,
    String caseNumber,
    String jurisdiction,
    String catalogueItem,
    int planYear,
    EliminationMethod method,
    EliminationState state,
    String stateName,
    Boolean sealAllowed,
    Boolean reserveAllowed,
    String announcementSite,
    String legalBasis,
    LocalDate dismantleDeadline,
    LocalDate waterCutOn,
    LocalDate powerCutOn,
    LocalDate powerUnitsRemovedOn,
    LocalDate sealedOn,
    String pledgeText,
    LocalDate dismantledOn,
    OffsetDateTime acceptedAt,
    boolean overdue,
    OffsetDateTime createdAt,
    String createdBy,
    List<Event> history) {

  Elimination withHistory(List<Event> events) {
    return new Elimination(eliminationNumber, processInstanceId, lineId, lineName, equipmentType, capacity, capacityUnit,
        creditCode, enterpriseName, sector, caseNumber, jurisdiction, catalogueItem, planYear, method, state, stateName,
        sealAllowed, reserveAllowed, announcementSite, legalBasis, dismantleDeadline, waterCutOn, powerCutOn,
        powerUnitsRemovedOn, sealedOn, pledgeText, dismantledOn, acceptedAt, overdue, createdAt, createdBy, events);
  }

  /** One step: what, who, when. */
  public record Event(String what, String actor, OffsetDateTime at, String detail) {}
}
