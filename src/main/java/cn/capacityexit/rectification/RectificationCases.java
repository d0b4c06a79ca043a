package cn.capacityexit.rectification;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.publication.Announcement;
import cn.capacityexit.publication.Announcements;
import cn.capacityexit.events.CaseExited;
import cn.capacityexit.events.CaseProgressed;
import cn.capacityexit.events.CreditPunishmentDue;
import cn.capacityexit.events.LicenceActionDone;
import cn.capacityexit.measures.JointMeasures;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.registry.LineStatus;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.registry.RegistryService;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Page;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a rectification-to-closure case, without the engine: who may open one, how the
 * deadline is computed, when an extension is allowed, and what closure and exit write.
 */
@Service
public class RectificationCases {

  public static final String SYSTEM = "system";

  private final CaseRepository cases;
  private final RegistryRepository registry;
  private final RegistryService registryService;
  private final ApplicationEventPublisher events;
  private final Organisation organisation;
  private final Announcements announcements;
  private final Clock clock;
  private final JointMeasures jointMeasures;

  public RectificationCases(CaseRepository cases, RegistryRepository registry, RegistryService registryService,
      ApplicationEventPublisher events, Organisation organisation, Announcements announcements, Clock clock,
      JointMeasures jointMeasures) {
    this.cases = cases;
    this.registry = registry;
    this.registryService = registryService;
    this.events = events;
    this.organisation = organisation;
    this.announcements = announcements;
    this.clock = clock;
    this.jointMeasures = jointMeasures;
  }

  /** A finding that passed validation. */
  public record NewCase(Enterprise enterprise, Dimension dimension, String severity, LocalDate findingDate,
      String description, List<Long> lineIds, Violation violation) {}

  /** Validates a finding; the caller (null for the engine itself) must hold the enterprise's jurisdiction. */
  public NewCase validate(Caller caller, CaseInput in) {
    Problems p = new Problems();
    String code = CreditCode.normalise(in.enterpriseCreditCode());
    Enterprise enterprise = null;
    CreditCode.problem(code).ifPresent(r -> p.add("enterpriseCreditCode", r));
    if (p.isEmpty()) {
      enterprise = registry.find(code).orElse(null);
      if (enterprise == null) {
        p.add("enterpriseCreditCode", "未登记的企业：" + code + "，请先在企业库登记");
      } else if (enterprise.closedAt() != null) {
        p.add("enterpriseCreditCode", "该企业已关停退出");
      }
    }
    Dimension dimension = null;
    if (in.dimension() == null || in.dimension().isBlank()) {
      p.add("dimension", "必填");
    } else {
      dimension = Dimension.parse(in.dimension()).orElse(null);
      if (dimension == null) {
        p.add("dimension", "未知维度“" + in.dimension() + "”，可用：ENERGY、ENVIRONMENT、QUALITY、SAFETY、TECHNOLOGY");
      }
    }
    String severity = in.severity() == null || in.severity().isBlank() ? "NORMAL" : in.severity().strip().toUpperCase();
    if (!severity.equals("NORMAL") && !severity.equals("SERIOUS")) {
      p.add("severity", "应为NORMAL（一般）或SERIOUS（情节严重）");
    }
    LocalDate today = Deadlines.today(clock);
    LocalDate findingDate = today;
    if (in.findingDate() != null && !in.findingDate().isBlank()) {
      try {
        findingDate = LocalDate.parse(in.findingDate().strip().substring(0, Math.min(10, in.findingDate().strip().length())));
        if (findingDate.isAfter(today)) {
          p.add("findingDate", "发现日期不能晚于今天（" + today + "）");
        }
      } catch (DateTimeParseException e) {
        p.add("findingDate", "应为ISO日期，如2025-03-15");
      }
    }
    String description = p.text("description", in.description(), true, 2000);
    Violation violation = null;
    if (in.violation() != null && !in.violation().isBlank()) {
      violation = Violation.parse(in.violation()).orElse(null);
      if (violation == null) {
        p.add("violation", "未知违法情形“" + in.violation() + "”，可用：SOLID_WASTE（固体废物严重污染环境）");
      } else if (dimension != null && dimension != Dimension.ENVIRONMENT) {
        p.add("violation", "固体废物严重污染环境属于环保方面");
      }
    }
    List<Long> lineIds = new ArrayList<>(new LinkedHashSet<>(in.productionLineIds() == null ? List.of() : in.productionLineIds()));
    if (enterprise != null) {
      List<Long> ofEnterprise = registry.lineIds(enterprise.creditCode());
      for (Long id : lineIds) {
        if (id == null || !ofEnterprise.contains(id)) {
          p.add("productionLineIds", "生产线" + id + "不属于该企业");
        }
      }
      if (lineIds.isEmpty()) {
        lineIds = ofEnterprise;
      }
      if (dimension == Dimension.TECHNOLOGY && lineIds.isEmpty()) {
        p.add("productionLineIds", "技术方面的案件须指明淘汰的生产线或设备");
      }
    }
    p.throwIfAny();
    if (caller != null && !caller.mayAccess(enterprise.jurisdiction())) {
      throw new ForbiddenException("该企业所在行政区划" + enterprise.jurisdiction() + "不在您的管辖范围内");
    }
    return new NewCase(enterprise, dimension, severity, findingDate, description, lineIds, violation);
  }

  /** Records the case and returns its number, which becomes the process instance's business key. */
  @Transactional
  public String register(NewCase c, String actor, String processInstanceId) {
    String number = cases.nextCaseNumber(c.enterprise().jurisdiction(), c.findingDate().getYear());
    OffsetDateTime at = now();
    cases.insert(number, c.enterprise().jurisdiction(), c.enterprise().creditCode(), c.dimension(), c.severity(),
        c.findingDate(), c.description(), c.violation() == null ? null : c.violation().name(), processInstanceId, actor, at);
    c.lineIds().forEach(id -> cases.addLine(number, id));
    cases.event(number, CaseEvents.REGISTERED, actor, c.dimension().label() + "方面：" + c.description(), at);
    return number;
  }

  @Transactional
  public void applyPolicy(String caseNumber, RectificationPolicy policy) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("lead_department", policy.leadDepartment());
    columns.put("first_measure", policy.firstMeasure().name());
    columns.put("rectification_period", policy.period() == null ? null : policy.period().toString());
    columns.put("max_extension", policy.maxExtension() == null ? null : policy.maxExtension().toString());
    columns.put("needs_government_approval", policy.needsGovernmentApproval());
    columns.put("licence_actions", policy.licenceActions().stream().map(LicenceAction::code).collect(Collectors.joining(",")));
    columns.put("legal_basis", policy.legalBasis());
    columns.put("approval_level", policy.approvalLevel().name());
    columns.put("exit_scope", policy.exitScope().name());
    OffsetDateTime at = now();
    cases.update(caseNumber, columns, at);
    cases.event(caseNumber, CaseEvents.POLICY_DETERMINED, SYSTEM, policy.firstMeasure().label()
        + (policy.period() == null ? "；无法定整改期限" : "；整改期限" + RectificationSteps.periodText(policy.period()))
        + (policy.allowsExtension() ? "，可延期不超过" + policy.maxExtensionMonths() + "个月" : "，不可延期")
        + "；关停对象：" + policy.exitScope().label()
        + (policy.needsGovernmentApproval() ? "，报" + (policy.approvalLevel() == RectificationPolicy.ApprovalLevel.CITY ? "设区的市级" : "本级") + "人民政府批准" : "")
        + "；依据：" + policy.legalBasis(), at);
  }

  /** The statutory deadline of a finding under a policy, or null where the officer sets the date. */
  public static LocalDate statutoryDeadline(LocalDate findingDate, RectificationPolicy policy) {
    return Case.statutoryDeadline(findingDate, policy);
  }

  /**
   * Puts the enterprise on the yellow list with its deadline: the statutory one, or the date the
   * officer set where the policy has no period. Lines become rectifying, or suspended when the
   * measure stops production.
   */
  @Transactional
  public LocalDate startRectification(String caseNumber, String servedOn, String officerDate, String interimMeasure, String actor) {
    Case c = require(caseNumber);
    Case.Start start = c.start(servedOn, officerDate, interimMeasure, Deadlines.today(clock));
    RectificationPolicy policy = c.policy();
    LocalDate deadline = start.deadline();
    boolean suspend = start.suspends();
    OffsetDateTime at = now();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("state", start.state().name());
    columns.put("deadline", deadline);
    columns.put("served_on", start.servedOn());
    columns.put("interim_measure", start.interimMeasure());
    columns.put("yellow_listed_at", at);
    columns.put("yellow_list_name", c.enterpriseName());
    cases.update(caseNumber, columns, at);
    LineStatus status = suspend ? LineStatus.SUSPENDED : LineStatus.RECTIFYING;
    for (Long line : cases.lineIds(caseNumber)) {
      registryService.changeStatus(line, status, actor, policy.firstMeasure().label(), caseNumber);
    }
    cases.event(caseNumber, CaseEvents.NOTICE_SERVED, actor, "送达日期" + start.servedOn()
        + (start.interimMeasure() == null ? "" : "；" + (Case.SUSPEND.equals(start.interimMeasure()) ? "停产整治" : "限制生产")), at);
    cases.event(caseNumber, CaseEvents.YELLOW_LISTED, actor, "期限：" + deadline + "（北京时间当日24时前）", at);
    progressed(c, CaseProgressed.Stage.FINDING_CONFIRMED, false, start.servedOn());
    return deadline;
  }

  /**
   * Validates and records an extension request received on a day of the period; at most one per case,
   * never over the policy's maximum.
   */
  @Transactional
  public void requestExtension(String caseNumber, Integer months, String reason, LocalDate receivedOn, String actor) {
    Case c = require(caseNumber);
    String r = c.requestExtension(months, reason);
    OffsetDateTime at = now();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("extension_months", months);
    columns.put("extension_reason", r);
    columns.put("extension_decision", "REQUESTED");
    columns.put("state", CaseState.EXTENSION_REQUESTED.name());
    cases.update(caseNumber, columns, at);
    cases.event(caseNumber, CaseEvents.EXTENSION_REQUESTED, actor, months + "个月：" + r + "（" + receivedOn + "收到）", at);
  }

  /** The officer's decision on the extension; returns the deadline that holds afterwards. */
  @Transactional
  public LocalDate decideExtension(String caseNumber, boolean granted, String comment, String actor) {
    LocalDate deadline = require(caseNumber).decideExtension(granted);
    OffsetDateTime at = now();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("extension_decision", granted ? "GRANTED" : "REFUSED");
    columns.put("deadline", deadline);
    columns.put("state", CaseState.RECTIFYING.name());
    cases.update(caseNumber, columns, at);
    cases.event(caseNumber, granted ? CaseEvents.EXTENSION_GRANTED : CaseEvents.EXTENSION_REFUSED, actor,
        (granted ? "整改期限延至" + deadline : "整改期限仍为" + deadline) + (comment == null ? "" : "；" + comment), at);
    return deadline;
  }

  /** The enterprise's report that the rectification is done, received on a day of the period: the case goes to re-inspection. */
  @Transactional
  public void reportRectification(String caseNumber, String description, LocalDate receivedOn, String actor) {
    CaseState next = require(caseNumber).reportRectification();
    String d = new Problems().text(RectificationProcess.RECTIFICATION_REPORT, description, false, 2000);
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("state", next.name()), at);
    cases.event(caseNumber, CaseEvents.RECTIFICATION_REPORTED, actor, receivedOn + "收到" + (d == null || d.isBlank() ? "" : "：" + d), at);
  }

  /** Whether the case may still ask for its one extension (the policy allows one and none was asked for). */
  public boolean extensionOffered(String caseNumber) {
    Case c = require(caseNumber);
    return c.policy() != null && c.policy().allowsExtension() && c.extensionMonths() == null;
  }

  /** Whether the submission just recorded is an extension request (the case's state, not a variable). */
  public boolean extensionRequested(String caseNumber) {
    return require(caseNumber).state() == CaseState.EXTENSION_REQUESTED;
  }

  /** The day a submission was received: in the period's past, not before the notice was served. */
  public LocalDate receivedOn(String caseNumber, String value) {
    LocalDate on = Case.date(RectificationProcess.RECEIVED_ON, value, "请填写收到企业报送材料的日期");
    Case c = require(caseNumber);
    if (on.isAfter(Deadlines.today(clock))) {
      throw new InvalidInputException(RectificationProcess.RECEIVED_ON, "收到日期不能晚于今天");
    }
    if (c.servedOn() != null && on.isBefore(c.servedOn())) {
      throw new InvalidInputException(RectificationProcess.RECEIVED_ON, "收到日期不能早于通知书送达日期" + c.servedOn());
    }
    return on;
  }

  @Transactional
  public void markOverdue(String caseNumber) {
    Case c = requireRecord(caseNumber);
    CaseState next = c.deadlinePassed();
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("overdue", true, "state", next.name()), at);
    cases.event(caseNumber, CaseEvents.DEADLINE_PASSED, SYSTEM, "期限" + c.deadline() + "届满，未报告整改完成，转入复查", at);
  }

  @Transactional
  public void recordReminder(String caseNumber) {
    Case c = requireRecord(caseNumber);
    cases.event(caseNumber, CaseEvents.REMINDED, SYSTEM, "整改期限" + c.deadline() + "即将届满", now());
  }

  @Transactional
  public void recordReinspection(String caseNumber, boolean passed, String findings, String actor) {
    OffsetDateTime at = now();
    CaseState next = require(caseNumber).reinspected(passed);
    if (!passed) {
      cases.update(caseNumber, Map.of("state", next.name()), at);
    }
    cases.event(caseNumber, CaseEvents.REINSPECTED, actor, (passed ? "复查通过" : "复查未通过") + (findings == null ? "" : "：" + findings), at);
  }

  @Transactional
  public void recordApproval(String caseNumber, boolean approved, String comment, String actor) {
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("state", require(caseNumber).approved(approved).name()), at);
    cases.event(caseNumber, approved ? CaseEvents.CLOSURE_APPROVED : CaseEvents.CLOSURE_REFUSED, actor, comment, at);
  }

  /** Re-inspection passed: the case ends rectified, leaves the yellow list, the lines produce again. */
  @Transactional
  public void closeRectified(String caseNumber, String actor) {
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("state", CaseState.RECTIFIED.name(), "rectified_at", at), at);
    for (Long line : cases.lineIds(caseNumber)) {
      registryService.changeStatus(line, LineStatus.IN_PRODUCTION, actor, "复查通过，整改销号", caseNumber);
    }
    cases.event(caseNumber, CaseEvents.RECTIFIED, actor, null, at);
    progressed(require(caseNumber), CaseProgressed.Stage.RECTIFIED, false, Deadlines.today(clock));
  }

  /** The lead department's proposal to close (or revoke): the case enters the penalty procedure. */
  @Transactional
  public void proposeClosure(String caseNumber, String proposal, String actor) {
    Case c = require(caseNumber);
    CaseState next = c.closureProposed();
    Problems p = new Problems();
    String text = p.text("closureProposal", proposal, true, 2000);
    p.throwIfAny();
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("state", next.name()), at);
    cases.event(caseNumber, CaseEvents.CLOSURE_PROPOSED, actor, c.policy().exitScope().label() + "：" + text, at);
  }

  /** The rights notice is served: the enterprise may state its case and, within five days, ask for a hearing. */
  @Transactional
  public LocalDate notifyRights(String caseNumber, String noticeNumber, String servedOn, String actor) {
    Case c = require(caseNumber);
    Problems p = new Problems();
    String number = p.text("rightsNoticeNumber", noticeNumber, true, 100);
    p.throwIfAny();
    LocalDate served = c.rightsNotified(servedOn, Deadlines.today(clock));
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("rights_served_on", served), at);
    cases.event(caseNumber, CaseEvents.RIGHTS_NOTIFIED, actor, "告知书" + number + "，送达日期" + served
        + "；可在" + served.plusDays(Case.HEARING_REQUEST_DAYS) + "前要求听证", at);
    return served;
  }

  /** The enterprise's statement, and whether it asked for a hearing; without a hearing the case moves on. */
  @Transactional
  public void hearStatement(String caseNumber, String statement, boolean hearingRequested, String actor) {
    Case c = require(caseNumber);
    CaseState next = c.heard();
    Problems p = new Problems();
    String text = p.text("statement", statement, true, 2000);
    p.throwIfAny();
    OffsetDateTime at = now();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("hearing_requested", hearingRequested);
    if (!hearingRequested) {
      columns.put("state", next.name());
    }
    cases.update(caseNumber, columns, at);
    cases.event(caseNumber, CaseEvents.STATEMENT_HEARD, actor, text + (hearingRequested ? "；企业要求听证" : "；企业未要求听证"), at);
  }

  /** The hearing the enterprise asked for, as the lead department arranges it (its notice is generated from it). */
  @Transactional
  public Hearing arrangeHearing(String caseNumber, String date, String time, String place, String host, Boolean publicHearing,
      String privateReason, String actor) {
    Case c = require(caseNumber);
    if (!Boolean.TRUE.equals(c.hearingRequested())) {
      throw new ConflictException("案件" + caseNumber + "的企业未要求听证");
    }
    Hearing h = Hearing.arrange(caseNumber, date, time, place, host, publicHearing, privateReason, Deadlines.today(clock));
    OffsetDateTime at = now();
    long id = cases.insertHearing(h, actor, at);
    return cases.latestHearing(caseNumber).filter(x -> x.id() == id).orElseThrow();
  }

  public void hearingNoticed(Hearing h, String noticeNumber) {
    cases.hearingNoticed(h.id(), noticeNumber);
  }

  /** The case's latest hearing, arranged before its notice. */
  public Hearing hearing(String caseNumber) {
    return cases.latestHearing(caseNumber).orElseThrow(() -> new ConflictException("案件" + caseNumber + "尚未安排听证"));
  }

  /**
   * The hearing as held: the notice served seven days before it, who attended, what the enterprise
   * said, the host's opinion; the decision then follows the record (行政处罚法第六十五条).
   */
  @Transactional
  public Hearing recordHearing(String caseNumber, String noticeServedOn, String heldOn, String attendees, String partyStatement,
      String conclusion, String actor) {
    Case c = require(caseNumber);
    CaseState next = c.heard();
    Hearing h = hearing(caseNumber);
    Problems p = new Problems();
    String who = p.text("hearingAttendees", attendees, true, 500);
    String said = p.text("partyStatement", partyStatement, true, 2000);
    String con = p.text("hearingConclusion", conclusion, true, 2000);
    p.throwIfAny();
    c.checkHearing(noticeServedOn, heldOn, Deadlines.today(clock));
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("state", next.name()), at);
    cases.event(caseNumber, CaseEvents.HEARING_HELD, actor, "听证日期" + heldOn.strip().substring(0, Math.min(10, heldOn.strip().length()))
        + "，主持人" + h.host() + "，出席：" + who + "；主持人意见：" + con, at);
    LocalDate held = Case.date("hearingDate", heldOn, "请填写举行听证的日期");
    return new Hearing(h.id(), h.caseNumber(), h.hearingOn(), h.hearingTime(), h.place(), h.host(), h.publicHearing(), h.privateReason(),
        h.noticeNumber(), held, null);
  }

  public void hearingRecorded(Hearing h, String recordNumber) {
    cases.hearingHeld(h.id(), h.heldOn(), recordNumber);
  }

  /** Whether the enterprise asked for a hearing (the case's record, not a process variable). */
  public boolean hearingRequested(String caseNumber) {
    return Boolean.TRUE.equals(require(caseNumber).hearingRequested());
  }

  /** The group of the people's government that decides the closure: the case's own level, or the city above a county. */
  public String approvingJurisdiction(String caseNumber) {
    Case c = require(caseNumber);
    return approvingJurisdiction(c.jurisdiction(), c.policy());
  }

  /** The government that approves a closure under the policy: the case's own, or its city's. */
  public String approvingJurisdiction(String jurisdiction, RectificationPolicy policy) {
    return policy.approvalLevel() == RectificationPolicy.ApprovalLevel.CITY ? organisation.cityOrSelf(jurisdiction).code() : jurisdiction;
  }

  /** After the exit deadline passed: a written reminder, then (after it) the enforcement decision, each with a new date. */
  @Transactional
  public LocalDate checkRemindOrEnforce(String caseNumber, String action, String newDeadline) {
    return require(caseNumber).remindedOrEnforced(action, cases.hasEvent(caseNumber, CaseEvents.ENFORCEMENT_REMINDED), newDeadline,
        Deadlines.today(clock));
  }

  /** Records the reminder or the enforcement decision (its document already issued) and the new date the exit timer waits for. */
  @Transactional
  public LocalDate remindOrEnforce(String caseNumber, String action, String number, LocalDate by, String actor) {
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("exit_deadline", by), at);
    boolean remind = "REMIND".equals(action);
    cases.event(caseNumber, remind ? CaseEvents.ENFORCEMENT_REMINDED : CaseEvents.ENFORCEMENT_DECIDED, actor,
        (remind ? "催告书" : "强制执行决定书") + number + "，履行期限" + by, at);
    return by;
  }

  /** The head's decision on a transfer to the police (《行政执法机关移送涉嫌犯罪案件的规定》第五条); a refusal keeps its reason. */
  @Transactional
  public void decideTransfer(String caseNumber, String decision, String comment, String actor) {
    require(caseNumber);
    Problems p = new Problems();
    String c = p.text("transferComment", comment, true, 2000);
    if (!"APPROVED".equals(decision) && !"REJECTED".equals(decision)) {
      p.add("transferDecision", "请选择批准移送或不批准移送");
    }
    p.throwIfAny();
    boolean approved = "APPROVED".equals(decision);
    cases.event(caseNumber, approved ? CaseEvents.POLICE_TRANSFER_APPROVED : CaseEvents.POLICE_TRANSFER_REFUSED, actor,
        (approved ? "负责人批准移送：" : "负责人不批准移送，理由：") + c, now());
  }

  /** What the transfer letter records: its number and date, the police organ, the facts, the materials and the receipt. */
  public record Transfer(String letterNumber, String date, String agency, String reason, boolean investigationReport,
      boolean itemList, boolean testReport, String receiptOn) {}

  /**
   * A transfer to the police of a suspected crime, recorded with its letter, the materials attached (第六条: the
   * investigation report at least) and the police organ's receipt (第八条); the case goes on.
   */
  @Transactional
  public void transferToPolice(String caseNumber, Transfer t, String actor) {
    require(caseNumber);
    Problems p = new Problems();
    String n = p.text("transferNumber", t.letterNumber(), true, 100);
    String a = p.text("policeAgency", t.agency(), true, 200);
    String r = p.text("transferReason", t.reason(), true, 2000);
    if (!t.investigationReport()) {
      p.add("materialsInvestigationReport", "移送涉嫌犯罪案件应当附涉嫌犯罪案件情况的调查报告");
    }
    p.throwIfAny();
    LocalDate d = parseDate("transferDate", t.date(), "请填写移送日期");
    LocalDate receipt = parseDate("policeReceiptOn", t.receiptOn(), "请填写公安机关在回执上签收的日期");
    LocalDate today = Deadlines.today(clock);
    if (d.isAfter(today)) {
      throw new InvalidInputException("transferDate", "移送日期不能晚于今天");
    }
    if (receipt.isBefore(d) || receipt.isAfter(today)) {
      throw new InvalidInputException("policeReceiptOn", "回执签收日期应在移送日期和今天之间");
    }
    String materials = "调查报告" + (t.itemList() ? "、涉案物品清单" : "") + (t.testReport() ? "、检验报告或鉴定结论" : "");
    cases.event(caseNumber, CaseEvents.POLICE_TRANSFER, actor, "移送书" + n + "，" + d + "移送" + a + "（附" + materials + "；"
        + receipt + "签收回执）：" + r, now());
  }

  /** The police organ's decision to open a criminal case or not (第九条), and what the department did about a refusal (第十一条). */
  @Transactional
  public void recordPoliceDecision(String caseNumber, String decision, String noticeNumber, String date, String followUp, String actor) {
    require(caseNumber);
    Problems p = new Problems();
    String n = p.text("policeNoticeNumber", noticeNumber, true, 100);
    boolean filed = "FILED".equals(decision);
    if (!filed && !"NOT_FILED".equals(decision)) {
      p.add("policeDecision", "请选择公安机关的决定");
    }
    String after = filed ? null : switch (followUp == null ? "" : followUp) {
      case "NONE" -> "不提请复议";
      case "RECONSIDERATION" -> "提请公安机关复议";
      case "SUPERVISION" -> "建议人民检察院立案监督";
      default -> {
        if ("NOT_FILED".equals(decision)) {
          p.add("policeFollowUp", "请选择不予立案的处理");
        }
        yield null;
      }
    };
    p.throwIfAny();
    LocalDate d = parseDate("policeDecisionOn", date, "请填写接到通知的日期");
    if (d.isAfter(Deadlines.today(clock))) {
      throw new InvalidInputException("policeDecisionOn", "接到通知的日期不能晚于今天");
    }
    cases.event(caseNumber, CaseEvents.POLICE_DECISION, actor, (filed ? "公安机关决定立案" : "公安机关决定不予立案，" + after)
        + "（" + n + "，" + d + "接到通知）", now());
  }

  /** The closure order: red list, and the date by which the enterprise must have exited. */
  @Transactional
  public LocalDate orderClosure(String caseNumber, String orderNumber, String exitDeadline, String actor) {
    Problems p = new Problems();
    String order = p.text("closureOrderNumber", orderNumber, true, 100);
    p.throwIfAny();
    Case c = require(caseNumber);
    LocalDate exitBy = c.closureOrdered(exitDeadline, Deadlines.today(clock));
    OffsetDateTime at = now();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("state", CaseState.CLOSING.name());
    columns.put("closure_order_number", order);
    columns.put("exit_deadline", exitBy);
    columns.put("red_listed_at", at);
    columns.put("red_list_name", c.enterpriseName());
    cases.update(caseNumber, columns, at);
    cases.event(caseNumber, CaseEvents.CLOSURE_ORDERED, actor, "关停决定书" + order + "；关停退出期限" + exitBy, at);
    progressed(c, CaseProgressed.Stage.CLOSURE_ORDERED, c.policy().exitScope() == RectificationPolicy.ExitScope.ENTERPRISE,
        Deadlines.today(clock));
    return exitBy;
  }

  @Transactional
  public void recordLicence(String caseNumber, String licenceAction, String outcome, String documentNumber, String actor) {
    LicenceAction action = LicenceAction.parseAll(licenceAction).get(0);
    String result = switch (outcome == null ? "" : outcome) {
      case "DONE" -> "已依法注销（吊销）";
      case "REQUESTED" -> "已报请（提请）发证机关注销（吊销）";
      case "NONE" -> "企业未取得该证照，无须办理";
      default -> throw new InvalidInputException("licenceOutcome", "请选择办理结果");
    };
    Problems p = new Problems();
    String number = p.text("licenceDocumentNumber", documentNumber, !"NONE".equals(outcome), 100);
    p.throwIfAny();
    cases.event(caseNumber, CaseEvents.LICENCE_REVOKED, actor, action.label() + "：" + result + (number == null ? "" : "（" + number + "）"), now());
    if ("DONE".equals(outcome)) {
      events.publishEvent(new LicenceActionDone(caseNumber, require(caseNumber).creditCode(), action.action(), number,
          Deadlines.today(clock)));
    }
  }

  /** Refuses an exit date in the future or before the closure order, while the officer confirms the exit. */
  public void checkExitDate(String caseNumber, String exitDate) {
    require(caseNumber).exitOn(exitDate, Deadlines.today(clock));
    jointMeasures.requireExitNotHeld(caseNumber);
  }

  /** The enterprise has exited: lines and enterprise closed, their capacity counted in the exit year. */
  @Transactional
  public void recordExit(String caseNumber, String exitDate, String actor) {
    Case c = require(caseNumber);
    jointMeasures.requireExitNotHeld(caseNumber);
    LocalDate day = c.exitOn(exitDate, Deadlines.today(clock));
    boolean enterprise = c.policy().exitScope() == RectificationPolicy.ExitScope.ENTERPRISE;
    OffsetDateTime at = now();
    events.publishEvent(new CaseExited(caseNumber, c.creditCode(), c.dimension().name(), cases.lineIds(caseNumber), day,
        enterprise, actor));
    cases.update(caseNumber, Map.of("state", CaseState.CLOSED.name(), "exited_at", at), at);
    // A line-level exit names the lines; an enterprise-level closure (停业、关闭) names the enterprise only.
    String lines = enterprise || c.lines().isEmpty() ? null
        : c.lines().stream().map(Case.CaseLine::name).collect(Collectors.joining("、"));
    String types = enterprise || c.lines().isEmpty() ? null
        : c.lines().stream().map(Case.CaseLine::equipmentType).filter(t -> t != null).distinct().collect(Collectors.joining("、"));
    announcements.publish(new Announcements.Draft(caseNumber, Announcement.Kind.CLOSED, caseNumber, c.jurisdiction(), null,
        c.enterpriseName(), c.creditCode(), lines, types, null, null, null, null, null, day,
        c.legalBasis() + "；关停决定书" + c.closureOrderNumber()));
    cases.event(caseNumber, CaseEvents.EXITED, actor, (enterprise ? "企业停业、关闭" : "生产线（设备）关停退出") + "，日期" + day, at);
    progressed(c, CaseProgressed.Stage.EXITED, enterprise, day);
  }

  /** Tells the features that attach measures to a case (joint measures) that it reached a stage. */
  private void progressed(Case c, CaseProgressed.Stage stage, boolean enterpriseClosed, LocalDate on) {
    events.publishEvent(new CaseProgressed(c.caseNumber(), c.creditCode(), c.enterpriseName(), c.jurisdiction(),
        c.dimension().name(), sectorOf(c), stage, enterpriseClosed, on));
  }

  /** The exit deadline passed: credit writes the record (once per key), the case notes it once. */
  @Transactional
  public void punishExitOverdue(CreditPunishmentDue due) {
    events.publishEvent(due);
    if (!cases.hasEvent(due.caseNumber(), CaseEvents.CREDIT_RECORDED)) {
      cases.event(due.caseNumber(), CaseEvents.CREDIT_RECORDED, SYSTEM, "期满未关停退出，纳入" + due.platform(), now());
    }
    progressed(require(due.caseNumber()), CaseProgressed.Stage.EXIT_OVERDUE, false, Deadlines.today(clock));
  }

  @Transactional
  public void recordEscalation(String caseNumber, String task, String actor) {
    cases.event(caseNumber, CaseEvents.ESCALATED, actor, task + "逾期，已报部门负责人和上级督办", now());
  }

  @Transactional
  public void recordElimination(String caseNumber, boolean done) {
    OffsetDateTime at = now();
    cases.update(caseNumber, Map.of("state", (done ? CaseState.ELIMINATED : CaseState.ELIMINATING).name()), at);
    cases.event(caseNumber, done ? CaseEvents.ELIMINATED : CaseEvents.ELIMINATION_ORDERED, SYSTEM, null, at);
  }

  /** The inspection the case was opened on (its evidence), or null when an officer registered the finding. */
  public String inspectionNumber(String caseNumber) {
    return cases.inspectionNumber(caseNumber).orElse(null);
  }

  public Case get(Caller caller, String caseNumber) {
    Case c = cases.find(caseNumber).orElseThrow(() -> new NotFoundException("没有编号为" + caseNumber + "的案件"));
    if (caller != null && !caller.mayAccess(c.jurisdiction())) {
      throw new ForbiddenException("案件" + caseNumber + "不在您的管辖范围内");
    }
    return c;
  }

  /**
   * The case a process instance works on, found in the product's own table (never from a process
   * variable) and refused unless it belongs to the instance's tenant.
   */
  public String numberOfInstance(String processInstanceId, String tenantId) {
    String[] found = cases.numberAndJurisdictionOfInstance(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程实例" + processInstanceId + "没有对应的案件"));
    if (tenantId == null || !tenantId.equals(found[1])) {
      throw new ForbiddenException("案件" + found[0] + "不属于本流程所在的辖区");
    }
    return found[0];
  }

  /** The case's own row (state, dates, policy) without its lines and history; 404 when there is none. */
  public Case requireRecord(String caseNumber) {
    return cases.findRecord(caseNumber).orElseThrow(() -> new NotFoundException("没有编号为" + caseNumber + "的案件"));
  }

  public Case require(String caseNumber) {
    return get(null, caseNumber);
  }

  public Page<Case> search(Caller caller, String jurisdiction, String dimension, String state, Boolean overdue, int page, int size) {
    Page.check(page, size);
    Problems p = new Problems();
    Dimension d = null;
    if (dimension != null && !dimension.isBlank()) {
      d = Dimension.parse(dimension).orElse(null);
      if (d == null) {
        p.add("dimension", "未知维度：" + dimension);
      }
    }
    CaseState s = null;
    if (state != null && !state.isBlank()) {
      try {
        s = CaseState.valueOf(state.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        p.add("state", "未知状态：" + state);
      }
    }
    Set<String> scope;
    if (jurisdiction != null && !jurisdiction.isBlank()) {
      if (organisation.jurisdiction(jurisdiction).isEmpty()) {
        p.add("jurisdiction", "未知行政区划代码：" + jurisdiction);
      }
      p.throwIfAny();
      if (!caller.mayAccess(jurisdiction)) {
        throw new ForbiddenException("行政区划" + jurisdiction + "不在您的管辖范围内");
      }
      scope = organisation.selfAndDescendants(jurisdiction).stream().map(j -> j.code()).filter(caller::mayAccess)
          .collect(Collectors.toSet());
    } else {
      p.throwIfAny();
      scope = organisation.jurisdictions().stream().map(j -> j.code()).filter(caller::mayAccess).collect(Collectors.toSet());
    }
    return cases.search(scope, d, s, overdue, Deadlines.today(clock), page, size);
  }

  /** The sector of the case's enterprise (the policy can depend on it: coal and power have the energy bureau lead). */
  public String sectorOf(Case c) {
    return registry.find(c.creditCode()).map(e -> e.sector().name()).orElseThrow();
  }

  /** The lines a closed case hands to dismantle-or-seal. */
  public List<Long> linesToEliminate(String caseNumber) {
    return cases.linesToEliminate(caseNumber);
  }

  private static LocalDate parseDate(String field, String value, String missing) {
    return Case.date(field, value, missing);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
