package cn.capacityexit.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A rectification-to-closure case: the legal record of one finding against an enterprise. */
public record Case(
    String caseNumber,
    String processInstanceId,
    String jurisdiction,
    String jurisdictionName,
    String creditCode,
    String enterpriseName,
    Dimension dimension,
    String dimensionName,
    String severity,
    LocalDate findingDate,
    String description,
    CaseState state,
    String stateName,
    String leadDepartment,
    FirstMeasure firstMeasure,
    String rectificationPeriod,
    String maxExtension,
    Boolean needsGovernmentApproval,
    String licenceActions,
    String legalBasis,
    LocalDate deadline,
    Integer extensionMonths,
    String extensionReason,
    String extensionDecision,
    boolean overdue,
    OffsetDateTime yellowListedAt,
    OffsetDateTime rectifiedAt,
    OffsetDateTime redListedAt,
    String closureOrderNumber,
    LocalDate exitDeadline,
    OffsetDateTime exitedAt,
    OffsetDateTime createdAt,
    String createdBy,
    List<CaseLine> lines,
    List<CaseEvent> history) {

  Case with(List<CaseLine> lines, List<CaseEvent> history) {
    return new Case(caseNumber, processInstanceId, jurisdiction, jurisdictionName, creditCode, enterpriseName, dimension,
        dimensionName, severity, findingDate, description, state, stateName, leadDepartment, firstMeasure,
        rectificationPeriod, maxExtension, needsGovernmentApproval, licenceActions, legalBasis, deadline,
        extensionMonths, extensionReason, extensionDecision, overdue, yellowListedAt, rectifiedAt, redListedAt,
        closureOrderNumber, exitDeadline, exitedAt, createdAt, createdBy, lines, history);
  }

  /** The policy row the case was decided with, or null before the decision. */
  public RectificationPolicy policy() {
    if (firstMeasure == null) {
      return null;
    }
    return new RectificationPolicy(leadDepartment, firstMeasure,
        rectificationPeriod == null ? null : java.time.Period.parse(rectificationPeriod),
        maxExtension == null ? null : java.time.Period.parse(maxExtension),
        Boolean.TRUE.equals(needsGovernmentApproval), LicenceAction.parseAll(licenceActions), legalBasis);
  }

  /** A line of the case, with its capacity. */
  public record CaseLine(long id, String name, String equipmentType, java.math.BigDecimal capacity, String capacityUnit, String status) {}

  /** One step of the case: what, who, when. */
  public record CaseEvent(String what, String actor, OffsetDateTime at, String detail) {}
}
