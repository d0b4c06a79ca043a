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
    String violation,
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
    String approvalLevel,
    String exitScope,
    LocalDate servedOn,
    String interimMeasure,
    LocalDate rightsServedOn,
    Boolean hearingRequested,
    OffsetDateTime createdAt,
    String createdBy,
    List<CaseLine> lines,
    List<CaseEvent> history) {

  Case with(List<CaseLine> lines, List<CaseEvent> history) {
    return new Case(caseNumber, processInstanceId, jurisdiction, jurisdictionName, creditCode, enterpriseName, dimension,
        dimensionName, severity, violation, findingDate, description, state, stateName, leadDepartment, firstMeasure,
        rectificationPeriod, maxExtension, needsGovernmentApproval, licenceActions, legalBasis, deadline,
        extensionMonths, extensionReason, extensionDecision, overdue, yellowListedAt, rectifiedAt, redListedAt,
        closureOrderNumber, exitDeadline, exitedAt, approvalLevel, exitScope, servedOn, interimMeasure, rightsServedOn,
        hearingRequested, createdAt, createdBy, lines, history);
  }

  /** The statutory deadline of a finding under a policy, or null where the officer sets the date. */
  public static LocalDate statutoryDeadline(LocalDate findingDate, RectificationPolicy policy) {
    return policy.period() == null ? null : Deadlines.dueDay(findingDate, policy.period());
  }

  /** What starting the rectification changes: the state, the deadline, whether production stops, and what was served. */
  public record Start(CaseState state, LocalDate deadline, boolean suspends, LocalDate servedOn, String interimMeasure) {}

  /** The officer's choice under "restrict production or suspend for rectification" (环境保护法第六十条). */
  public static final String RESTRICT = "RESTRICT";
  public static final String SUSPEND = "SUSPEND";

  /** Days after the rights notice within which the enterprise may ask for a hearing (行政处罚法第六十四条第一项). */
  public static final int HEARING_REQUEST_DAYS = 5;
  /** Days between the hearing notice and the hearing at the least (行政处罚法第六十四条第二项). */
  public static final int HEARING_NOTICE_DAYS = 7;

  /**
   * The notice or suspension order is served: the period runs from the day of service (送达), not
   * from the finding; the deadline is the statutory one counted from that day, or, where the law
   * sets no period, the re-inspection date the officer set (not in the past). The measure stops
   * production where the law says 停产 (quality, safety), or where the officer chose 停产整治 under
   * "restrict or suspend" (environment).
   */
  public Start start(String servedOn, String officerDate, String interimMeasure, LocalDate today) {
    requireState("开始整改", CaseState.REGISTERED);
    RectificationPolicy policy = requirePolicy();
    LocalDate served = date("servedOn", servedOn, "请填写通知书（决定书）的送达日期：整改期限自送达之日起计算");
    if (served.isBefore(findingDate)) {
      throw new InvalidInputException("servedOn", "送达日期不能早于发现日期（" + findingDate + "）");
    }
    if (served.isAfter(today)) {
      throw new InvalidInputException("servedOn", "送达日期不能晚于今天（" + today + "）");
    }
    String interim = null;
    if (policy.firstMeasure() == FirstMeasure.RESTRICT_OR_SUSPEND) {
      interim = interimMeasure == null ? "" : interimMeasure.strip();
      if (!interim.equals(RESTRICT) && !interim.equals(SUSPEND)) {
        throw new InvalidInputException("interimMeasure", "请选择限制生产（RESTRICT）或停产整治（SUSPEND）");
      }
    }
    LocalDate due = statutoryDeadline(served, policy);
    if (due == null) {
      due = date("reinspectionDate", officerDate, "无法定整改期限，须由执法人员确定复查日期");
      if (due.isBefore(today)) {
        throw new InvalidInputException("reinspectionDate", "复查日期不能早于今天");
      }
    } else if (due.isBefore(today)) {
      throw new InvalidInputException("servedOn", "自送达日期" + served + "起计算的整改期限" + due + "已经届满，请核实送达日期");
    }
    boolean suspend = policy.firstMeasure().stopsProduction() || SUSPEND.equals(interim);
    return new Start(suspend ? CaseState.SUSPENDED : CaseState.RECTIFYING, due, suspend, served, interim);
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
   * The re-inspection's result: passed ends the case rectified; failed opens the closure procedure
   * (proposal, rights notice, hearing, then the government's decision where the law reserves it).
   */
  public CaseState reinspected(boolean passed) {
    requireState("复查", CaseState.REINSPECTION);
    return passed ? CaseState.RECTIFIED : CaseState.CLOSURE_PROPOSED;
  }

  /** The government's decision on closure: approved goes to the closure order, refused back to re-inspection. */
  public CaseState approved(boolean approved) {
    requireState("审批关闭", CaseState.AWAITING_APPROVAL);
    return approved ? CaseState.CLOSING : CaseState.REINSPECTION;
  }

  /**
   * The lead department proposes the closure (or the licence revocation): after a failed
   * re-inspection, or at once where the finding is serious enough (environment) or the sanction
   * stands on its own (Guangdong quality), or for a confirmed revival.
   */
  public CaseState closureProposed() {
    requireState("提出关停意见", CaseState.REGISTERED, CaseState.CLOSURE_PROPOSED);
    return CaseState.CLOSURE_PROPOSED;
  }

  /** The rights notice (告知书) was served on a day between the finding and today (行政处罚法第四十四条). */
  public LocalDate rightsNotified(String servedOn, LocalDate today) {
    requireState("告知陈述申辩和听证权利", CaseState.CLOSURE_PROPOSED);
    LocalDate served = date("rightsServedOn", servedOn, "请填写告知书送达日期");
    if (served.isBefore(findingDate) || served.isAfter(today)) {
      throw new InvalidInputException("rightsServedOn", "告知书送达日期应在发现日期" + findingDate + "和今天之间");
    }
    return served;
  }

  /** The last day on which the enterprise may ask for a hearing: five days after the rights notice was served. */
  public LocalDate hearingRequestWindowEnds() {
    return rightsServedOn == null ? null : rightsServedOn.plusDays(HEARING_REQUEST_DAYS);
  }

  /** Where the case goes after the enterprise was heard (and, if it asked, after the hearing). */
  public CaseState heard() {
    requireState("听取陈述申辩", CaseState.CLOSURE_PROPOSED);
    if (rightsServedOn == null) {
      throw new CaseConflictException("案件" + caseNumber + "尚未送达告知书，不能听取陈述申辩或举行听证");
    }
    return Boolean.TRUE.equals(needsGovernmentApproval) ? CaseState.AWAITING_APPROVAL : CaseState.CLOSING;
  }

  /**
   * The hearing: notified at least seven days before it, after the rights notice, and held by
   * today (the record is written after the hearing).
   */
  public void checkHearing(String noticeDate, String hearingDate, LocalDate today) {
    LocalDate notified = date("hearingNoticeDate", noticeDate, "请填写听证通知送达日期");
    LocalDate held = date("hearingDate", hearingDate, "请填写举行听证的日期");
    Problems p = new Problems();
    if (rightsServedOn != null && notified.isBefore(rightsServedOn)) {
      p.add("hearingNoticeDate", "听证通知不能早于告知书送达日期" + rightsServedOn);
    }
    if (notified.plusDays(HEARING_NOTICE_DAYS).isAfter(held)) {
      p.add("hearingDate", "应当在举行听证的七日前通知当事人（《行政处罚法》第六十四条）：听证日期不得早于" + notified.plusDays(HEARING_NOTICE_DAYS));
    }
    if (held.isAfter(today)) {
      p.add("hearingDate", "听证笔录在听证后记录：听证日期不能晚于今天");
    }
    p.throwIfAny();
  }

  /** The closure order: the exit deadline lies after today. */
  public LocalDate closureOrdered(String exitDeadline, LocalDate today) {
    requireState("签发关停决定书", CaseState.CLOSING);
    LocalDate exitBy = date("exitDeadline", exitDeadline, "须确定关停退出期限");
    if (!exitBy.isAfter(today)) {
      throw new InvalidInputException("exitDeadline", "关停退出期限须晚于今天（" + today + "）");
    }
    return exitBy;
  }

  /**
   * After the exit deadline passed: a written reminder first (催告), and an enforcement decision
   * only after a reminder (行政强制法第三十五条、第三十七条); either sets a new date after today.
   */
  public LocalDate remindedOrEnforced(String action, boolean remindedBefore, String newDeadline, LocalDate today) {
    requireState("催告或决定强制执行", CaseState.CLOSING);
    if (!"REMIND".equals(action) && !"ENFORCE".equals(action)) {
      throw new InvalidInputException("enforcementAction", "请选择催告（REMIND）或强制执行决定（ENFORCE）");
    }
    if ("ENFORCE".equals(action) && !remindedBefore) {
      throw new InvalidInputException("enforcementAction", "作出强制执行决定前，应当事先催告当事人履行义务（《行政强制法》第三十五条）");
    }
    LocalDate by = date("newExitDeadline", newDeadline, "请确定履行（执行）期限");
    if (!by.isAfter(today)) {
      throw new InvalidInputException("newExitDeadline", "履行（执行）期限须晚于今天（" + today + "）");
    }
    return by;
  }

  /** The exit happened on a day between the closure order and today, never in the future. */
  public LocalDate exitOn(String exitDate, LocalDate today) {
    requireState("核实关停退出", CaseState.CLOSING);
    LocalDate day = exitDate == null || exitDate.isBlank() ? today : date("exitDate", exitDate, "");
    if (day.isAfter(today)) {
      throw new InvalidInputException("exitDate", "关停退出日期不能晚于今天（" + today + "），尚未退出的不能计入退出");
    }
    if (redListedAt != null && day.isBefore(Deadlines.dayOf(redListedAt.toInstant()))) {
      throw new InvalidInputException("exitDate", "关停退出日期不能早于关停决定（" + Deadlines.dayOf(redListedAt.toInstant()) + "）");
    }
    return day;
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
        Boolean.TRUE.equals(needsGovernmentApproval),
        approvalLevel == null ? RectificationPolicy.ApprovalLevel.SAME : RectificationPolicy.ApprovalLevel.valueOf(approvalLevel),
        exitScope == null ? RectificationPolicy.ExitScope.LINE : RectificationPolicy.ExitScope.valueOf(exitScope),
        LicenceAction.parseAll(licenceActions), legalBasis);
  }

  /** A line of the case, with its capacity. */
  public record CaseLine(long id, String name, String equipmentType, java.math.BigDecimal capacity, String capacityUnit, String status) {}

  /** One step of the case: what, who, when. */
  public record CaseEvent(String what, String actor, OffsetDateTime at, String detail) {}
}
