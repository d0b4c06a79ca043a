package cn.capacityexit.rectification;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.Problems;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;

/**
 * A rectification-to-closure case: the legal record of one finding against an enterprise, and the
 * rules of its steps. Each step method checks that the case may take the step from where it stands
 * and returns what the step changes; {@link RectificationCases} writes it and the process moves on.
 * No method here touches a database or the engine ({@code CaseTest} runs them in milliseconds).
 */
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

  /** The statutory deadline of a finding under a policy, or null where the officer sets the date. */
  public static LocalDate statutoryDeadline(LocalDate findingDate, RectificationPolicy policy) {
    return policy.period() == null ? null : Deadlines.dueDay(findingDate, policy.period());
  }

  /** What starting the rectification changes: the state, the deadline, and whether production stops. */
  public record Start(CaseState state, LocalDate deadline, boolean suspends) {}

  /**
   * The notice or suspension order is issued: the deadline is the statutory one counted from the
   * finding date, or, where the law sets no period, the re-inspection date the officer set (not in
   * the past). The first measure, or a serious finding under "restrict or suspend", stops production.
   */
  public Start start(String officerDate, LocalDate today) {
    requireState("开始整改", CaseState.REGISTERED);
    RectificationPolicy policy = requirePolicy();
    LocalDate due = statutoryDeadline(findingDate, policy);
    if (due == null) {
      due = date("reinspectionDate", officerDate, "无法定整改期限，须由执法人员确定复查日期");
      if (due.isBefore(today)) {
        throw new InvalidInputException("reinspectionDate", "复查日期不能早于今天");
      }
    }
    boolean suspend = policy.firstMeasure() == FirstMeasure.SUSPEND_IMMEDIATELY
        || (policy.firstMeasure() == FirstMeasure.RESTRICT_OR_SUSPEND && "SERIOUS".equals(severity));
    return new Start(suspend ? CaseState.SUSPENDED : CaseState.RECTIFYING, due, suspend);
  }

  /**
   * An extension request: only where the policy allows one, only once per case, at least one month
   * and never over the policy's maximum (the three-month ceiling of the plans), and only while the
   * case is being rectified. Returns the reason as it will be recorded.
   */
  public String requestExtension(Integer months, String reason) {
    Problems p = new Problems();
    RectificationPolicy policy = policy();
    if (policy == null || !policy.allowsExtension()) {
      p.add("months", dimensionName + "方面的整改依据（" + (policy == null ? "" : policy.legalBasis()) + "）不允许延期");
    } else if (extensionMonths != null) {
      p.add("months", "已于本案提出过延期申请（" + extensionMonths + "个月，" + decisionLabel(extensionDecision)
          + "），整改期限只能延期一次");
    } else if (months == null) {
      p.add("months", "必填");
    } else if (months < 1 || months > policy.maxExtensionMonths()) {
      p.add("months", "延期不得超过" + policy.maxExtensionMonths() + "个月（" + policy.legalBasis() + "）");
    }
    String r = p.text("reason", reason, true, 1000);
    p.throwIfAny();
    requireState("申请延期", CaseState.RECTIFYING);
    return r;
  }

  /** The decision on the pending request: the deadline that holds afterwards (moved by the months asked for when granted). */
  public LocalDate decideExtension(boolean granted) {
    requireState("审核延期申请", CaseState.EXTENSION_REQUESTED);
    return granted ? Deadlines.dueDay(deadline, Period.ofMonths(extensionMonths)) : deadline;
  }

  /** The enterprise reports the rectification done: accepted while it rectifies or is suspended. */
  public CaseState reportRectification() {
    requireState("报告整改完成", CaseState.RECTIFYING, CaseState.SUSPENDED);
    return CaseState.REINSPECTION;
  }

  /** The deadline passed without a report: the case goes to re-inspection all the same. */
  public CaseState deadlinePassed() {
    requireState("转入复查", CaseState.RECTIFYING, CaseState.SUSPENDED, CaseState.EXTENSION_REQUESTED);
    return CaseState.REINSPECTION;
  }

  /**
   * The re-inspection's result: passed ends the case rectified; failed goes to the government's
   * approval where the policy reserves closure to it, otherwise to the closure order.
   */
  public CaseState reinspected(boolean passed) {
    requireState("复查", CaseState.REINSPECTION);
    if (passed) {
      return CaseState.RECTIFIED;
    }
    return Boolean.TRUE.equals(needsGovernmentApproval) ? CaseState.AWAITING_APPROVAL : CaseState.CLOSING;
  }

  /** The government's decision on closure: approved goes to the closure order, refused back to re-inspection. */
  public CaseState approved(boolean approved) {
    requireState("审批关闭", CaseState.AWAITING_APPROVAL);
    return approved ? CaseState.CLOSING : CaseState.REINSPECTION;
  }

  /** Refuses a step the case cannot take from where it stands (HTTP 409, a form error in Tasklist). */
  void requireState(String step, CaseState... allowed) {
    for (CaseState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw new CaseConflictException("案件" + caseNumber + "当前状态为“" + (state == null ? "" : state.label()) + "”，不能" + step);
  }

  private RectificationPolicy requirePolicy() {
    RectificationPolicy policy = policy();
    if (policy == null) {
      throw new CaseConflictException("案件" + caseNumber + "尚未确定处置规则");
    }
    return policy;
  }

  private static String decisionLabel(String decision) {
    return switch (decision == null ? "" : decision) {
      case "GRANTED" -> "已批准";
      case "REFUSED" -> "未批准";
      default -> "审核中";
    };
  }

  static LocalDate date(String field, String value, String missing) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, missing.isEmpty() ? "必填" : missing);
    }
    try {
      return LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(field, "应为ISO日期，如2025-03-15");
    }
  }

  /** The policy row the case was decided with, or null before the decision. */
  public RectificationPolicy policy() {
    if (firstMeasure == null) {
      return null;
    }
    return new RectificationPolicy(leadDepartment, firstMeasure,
        rectificationPeriod == null ? null : Period.parse(rectificationPeriod),
        maxExtension == null ? null : Period.parse(maxExtension),
        Boolean.TRUE.equals(needsGovernmentApproval), LicenceAction.parseAll(licenceActions), legalBasis);
  }

  /** A line of the case, with its capacity. */
  public record CaseLine(long id, String name, String equipmentType, java.math.BigDecimal capacity, String capacityUnit, String status) {}

  /** One step of the case: what, who, when. */
  public record CaseEvent(String what, String actor, OffsetDateTime at, String detail) {}
}
