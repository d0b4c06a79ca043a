package cn.capacityexit.rectification;

import cn.capacityexit.calendar.Deadlines;
import static cn.capacityexit.rectification.RectificationProcess.*;

import cn.capacityexit.credit.CreditService;
import cn.capacityexit.documents.DocumentKind;
import cn.capacityexit.documents.Documents;
import cn.capacityexit.documents.IssuedDocument;
import cn.capacityexit.events.CreditPunishmentDue;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.security.Actors;
import cn.capacityexit.organisation.Escalation;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.calendar.HandlingPeriods;
import cn.capacityexit.credit.CreditDecisions;
import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.FieldProblem;
import cn.capacityexit.web.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * The steps of rectification-to-closure.bpmn, called as {@code ${rectification.step(execution)}}
 * or from task listeners: each maps process variables in, calls {@link RectificationCases}, and maps the
 * result out. The rules live in the service; this class only knows the variable names.
 */
@Component("rectification")
public class RectificationSteps {

  private final RectificationCases cases;
  private final RectificationDecisions decisions;
  private final CreditDecisions creditRules;
  private final CreditService credit;
  private final HandlingPeriods periods;
  private final Escalation escalation;
  private final Actors actors;
  private final Organisation organisation;
  private final Clock clock;
  private final CaseDocuments documents;
  private final Documents documentService;

  public RectificationSteps(RectificationCases cases, RectificationDecisions decisions, CreditDecisions creditRules, CreditService credit, HandlingPeriods periods,
      Escalation escalation, Actors actors, Organisation organisation, Clock clock, CaseDocuments documents, Documents documentService) {
    this.cases = cases;
    this.decisions = decisions;
    this.creditRules = creditRules;
    this.credit = credit;
    this.periods = periods;
    this.escalation = escalation;
    this.actors = actors;
    this.organisation = organisation;
    this.clock = clock;
    this.documents = documents;
    this.documentService = documentService;
  }

  /** Validates the finding (start form or API), records the case and makes its number the business key. */
  public void registerCase(DelegateExecution execution) {
    Caller caller = caller();
    CaseInput fromApi = RectificationEngine.readInput(execution.getVariable(RectificationEngine.FINDING_INPUT));
    CaseInput input = fromApi != null ? fromApi : new CaseInput(string(execution, VariableNames.ENTERPRISE_CREDIT_CODE), string(execution, DIMENSION),
            string(execution, FINDING_DATE), string(execution, DESCRIPTION), parseLineIds(string(execution, PRODUCTION_LINE_IDS)),
            string(execution, SEVERITY), string(execution, VIOLATION));
    RectificationCases.NewCase c = cases.validate(caller, input);
    if (!c.enterprise().jurisdiction().equals(execution.getTenantId())) {
      throw new ForbiddenException("企业" + c.enterprise().creditCode() + "不属于本流程所在的辖区");
    }
    String number = cases.register(c, caller == null ? RectificationCases.SYSTEM : caller.userId(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    keep(execution, VariableNames.CASE_NUMBER, number);
    keep(execution, VariableNames.JURISDICTION_CODE, c.enterprise().jurisdiction());
    keep(execution, VariableNames.ENTERPRISE_CREDIT_CODE, c.enterprise().creditCode());
    keep(execution, VariableNames.ENTERPRISE_NAME, c.enterprise().name());
    keep(execution, DIMENSION, c.dimension().name());
    keep(execution, DIMENSION_NAME, c.dimension().label());
    keep(execution, SEVERITY, c.severity());
    keep(execution, FINDING_DATE, c.findingDate().toString());
    keep(execution, DESCRIPTION, c.description());
    execution.removeVariable(PRODUCTION_LINE_IDS);
  }

  /** Keeps a value of the case as a process variable; an equal one is left alone (no update, no history of an unchanged value). */
  private static void keep(DelegateExecution execution, String name, Object value) {
    if (!java.util.Objects.equals(execution.getVariable(name), value)) {
      execution.setVariable(name, value);
    }
  }

  /** Evaluates rectification-policy.dmn for the case and keeps the decision in the case record. */
  public void determinePolicy(DelegateExecution execution) {
    String number = caseNumber(execution);
    Case c = cases.requireRecord(number);
    RectificationPolicy policy = decisions.rectification(c.dimension(), cases.sectorOf(c), c.jurisdiction(), c.severity(),
        c.violation(), c.findingDate().getYear());
    cases.applyPolicy(number, policy);
    execution.setVariable(LEAD_DEPARTMENT, policy.leadDepartment());
    execution.setVariable(FIRST_MEASURE, policy.firstMeasure().name());
    execution.setVariable(FIRST_MEASURE_NAME, policy.firstMeasure().label());
    execution.setVariable(NEEDS_GOVERNMENT_APPROVAL, policy.needsGovernmentApproval());
    execution.setVariable(LEGAL_BASIS, policy.legalBasis());
    execution.setVariable(HAS_STATUTORY_PERIOD, policy.period() != null);
    execution.setVariable(MAX_EXTENSION_MONTHS, policy.maxExtensionMonths());
    // The period runs from the service of the notice: the form shows its length, the deadline follows the service date.
    execution.setVariable(PERIOD_TEXT, policy.period() == null ? "" : periodText(policy.period()));
    execution.setVariable(PROPOSED_DECISION, policy.exitScope().label()
        + (policy.licenceActions().isEmpty() ? "" : "；" + policy.licenceActions().stream().map(LicenceAction::label)
            .reduce((a, b) -> a + "、" + b).orElse("")));
    execution.setVariable(APPROVING_GOVERNMENT, policy.needsGovernmentApproval()
        ? organisationName(cases.approvingJurisdiction(c.jurisdiction(), policy)) + "人民政府" : "无须报政府批准（由牵头部门依法决定）");
  }

  /** P6M → 6个月, P15D → 15日. */
  static String periodText(Period period) {
    return period.toTotalMonths() > 0 && period.getDays() == 0 ? period.toTotalMonths() + "个月" : period.getDays() + "日";
  }

  private String organisationName(String jurisdiction) {
    return organisation.jurisdiction(jurisdiction).map(j -> j.name()).orElse(jurisdiction);
  }

  /** Completing the notice or the suspension order: a date must be set where the law sets none. */
  public void noticeIssued(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(HAS_STATUTORY_PERIOD))) {
      String date = string(task, REINSPECTION_DATE);
      if (date == null || date.isBlank()) {
        throw new InvalidInputException(REINSPECTION_DATE, "无法定整改期限，须确定复查日期");
      }
    }
    if ("RESTRICT_OR_SUSPEND".equals(string(task, FIRST_MEASURE))) {
      String interim = string(task, INTERIM_MEASURE);
      if (!Case.RESTRICT.equals(interim) && !Case.SUSPEND.equals(interim)) {
        throw new InvalidInputException(INTERIM_MEASURE, "请选择限制生产（RESTRICT）或停产整治（SUSPEND）");
      }
    }
    draftNotice(task);
  }

  /**
   * Puts the enterprise on the yellow list; the period runs from the notice's service. The deadline
   * timer reads the variables set here.
   */
  public void startRectification(DelegateExecution execution) {
    String number = caseNumber(execution);
    LocalDate served = documents.latest(number, DocumentKind.RECTIFICATION_NOTICE, DocumentKind.SUSPENSION_ORDER).servedOn();
    LocalDate deadline = cases.startRectification(number, served == null ? null : served.toString(),
        string(execution, REINSPECTION_DATE), string(execution, INTERIM_MEASURE), actor(null));
    setDeadline(execution, deadline);
    execution.setVariable(EXTENSION_OFFERED, cases.extensionOffered(number));
  }

  /**
   * What the enterprise submitted during the period, recorded by the officer who received it (or
   * through the API): the report of the rectification done, or the one extension request. The form's
   * fields are read here; the case's record says what may be asked.
   */
  public void submissionRecorded(DelegateTask task) {
    String number = caseNumber(task);
    String kind = string(task, SUBMISSION);
    boolean offered = cases.extensionOffered(number);
    if (kind == null || kind.isBlank()) {
      if (offered) {
        throw new InvalidInputException(SUBMISSION, "请选择企业报送的材料：整改完成报告或延期申请");
      }
      kind = SUBMISSION_REPORT;
    }
    LocalDate received = cases.receivedOn(number, string(task, RECEIVED_ON));
    switch (kind) {
      case SUBMISSION_REPORT -> cases.reportRectification(number, string(task, RECTIFICATION_REPORT), received, actor(task));
      case SUBMISSION_EXTENSION -> {
        Object months = task.getVariable(EXTENSION_MONTHS);
        Integer m = months instanceof Number n ? Integer.valueOf(n.intValue())
            : months == null || months.toString().isBlank() ? null : parseMonths(months.toString());
        try {
          cases.requestExtension(number, m, string(task, EXTENSION_REASON), received, actor(task));
        } catch (InvalidInputException e) {
          // The case names the API's fields (months, reason); the form names its own.
          throw new InvalidInputException(e.problems().stream().map(p -> new FieldProblem(p.row(),
              "months".equals(p.field()) ? EXTENSION_MONTHS : "reason".equals(p.field()) ? EXTENSION_REASON : p.field(), p.reason())).toList());
        }
      }
      default -> throw new InvalidInputException(SUBMISSION, "请选择企业报送的材料：整改完成报告或延期申请");
    }
  }

  private static Integer parseMonths(String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(EXTENSION_MONTHS, "申请延期月数应为整数");
    }
  }

  /** Whether the submission just recorded asks for the extension (the case's state). */
  public boolean extensionRequested(DelegateExecution execution) {
    return cases.extensionRequested(caseNumber(execution));
  }

  /** The lead department's proposal to close or revoke, with the facts, grounds and basis. */
  public void closureProposed(DelegateTask task) {
    cases.proposeClosure(caseNumber(task), string(task, CLOSURE_PROPOSAL), actor(task));
  }

  /** The rights notice (行政处罚事先告知书) is generated from the record when its task opens, for the officer to serve. */
  public void rightsNoticeDrafted(DelegateTask task) {
    String number = caseNumber(task);
    IssuedDocument d = documents.rightsNotice(number, latestProposal(number), actor(task));
    showDocument(task, "rights", d);
  }

  /** The rights notice was served: its service is recorded; the hearing-request window (five days) is shown to the officer. */
  public void rightsNotified(DelegateTask task) {
    String number = caseNumber(task);
    IssuedDocument d = documents.latest(number, DocumentKind.RIGHTS_NOTICE);
    LocalDate served = cases.notifyRights(number, d.number(), string(task, RIGHTS_SERVED_ON), actor(task));
    documentService.recordService(null, d.id(), string(task, SERVICE_METHOD), served.toString(), null, actor(task));
    task.getExecution().setVariable(HEARING_REQUEST_ENDS, served.plusDays(Case.HEARING_REQUEST_DAYS).toString());
  }

  /** The statement task is due a few days after the hearing-request window closes (handling period hear-statement). */
  public Date hearingRequestWindowEnds(DelegateExecution execution) {
    LocalDate ends = cases.require(caseNumber(execution)).hearingRequestWindowEnds();
    return Date.from(Deadlines.endOfDay(ends.plus(periods.period("hear-statement"))));
  }

  /** The enterprise's statement; a hearing request counts only when made within five days of the rights notice. */
  public void statementHeard(DelegateTask task) {
    String number = caseNumber(task);
    boolean requested = Boolean.TRUE.equals(task.getVariable(HEARING_REQUESTED));
    if (requested) {
      LocalDate ends = cases.require(number).hearingRequestWindowEnds();
      LocalDate on = Case.date(HEARING_REQUESTED_ON, string(task, HEARING_REQUESTED_ON), "请填写企业提出听证要求的日期");
      if (ends != null && on.isAfter(ends)) {
        throw new InvalidInputException(HEARING_REQUESTED_ON, "听证要求应在告知书送达后五日内（" + ends + "前）提出（《行政处罚法》第六十四条）；逾期提出的，请不勾选要求听证");
      }
    }
    cases.hearStatement(number, string(task, STATEMENT), requested, actor(task));
  }

  /** The hearing is arranged: time, place, host; its notice (听证通知书) is generated for the officer to serve. */
  public void hearingNotified(DelegateTask task) {
    String number = caseNumber(task);
    Object open = task.getVariable(HEARING_PUBLIC);
    Hearing h = cases.arrangeHearing(number, string(task, HEARING_DATE), string(task, HEARING_TIME), string(task, HEARING_PLACE),
        string(task, HEARING_HOST), open == null ? null : Boolean.TRUE.equals(open), string(task, HEARING_PRIVATE_REASON), actor(task));
    IssuedDocument d = documents.hearingNotice(number, h, actor(task));
    cases.hearingNoticed(h, d.number());
    showDocument(task, "hearingNotice", d);
  }

  /**
   * The hearing was held: the notice's service is recorded on it (seven days before the hearing), and
   * the record (听证笔录) is generated from what the officer wrote down, for the enterprise to sign.
   */
  public void hearingHeld(DelegateTask task) {
    String number = caseNumber(task);
    IssuedDocument notice = documents.latest(number, DocumentKind.HEARING_NOTICE);
    String attendees = string(task, HEARING_ATTENDEES);
    String statement = string(task, PARTY_STATEMENT);
    String conclusion = string(task, HEARING_CONCLUSION);
    Hearing h = cases.recordHearing(number, string(task, HEARING_NOTICE_DATE), string(task, HEARING_DATE), attendees, statement, conclusion,
        actor(task));
    documentService.recordService(null, notice.id(), string(task, SERVICE_METHOD), string(task, HEARING_NOTICE_DATE), null, actor(task));
    IssuedDocument record = documents.hearingRecord(number, h, attendees, statement, conclusion, latestProposal(number), actor(task));
    cases.hearingRecorded(h, record.number());
    showDocument(task, "hearingRecord", record);
  }

  /** The proposal to the people's government (请示) is generated when its approval task opens, for the government to read. */
  public void closureProposalDrafted(DelegateTask task) {
    String number = caseNumber(task);
    showDocument(task, "proposal", documents.closureProposal(number, latestProposal(number), actor(task)));
  }

  /** Whether the enterprise asked for a hearing in time (the case's record). */
  public boolean hearingRequested(DelegateExecution execution) {
    return cases.hearingRequested(caseNumber(execution));
  }

  /** Whether a people's government decides the closure (the case's policy, never a variable). */
  public boolean needsApproval(DelegateExecution execution) {
    return Boolean.TRUE.equals(cases.require(caseNumber(execution)).needsGovernmentApproval());
  }

  /** The group of the government that decides: the case's own level, or the city above a county where the policy says so. */
  public String approvalGroup(DelegateExecution execution) {
    return GroupIds.department("gov", cases.approvingJurisdiction(caseNumber(execution)));
  }

  /** After the exit deadline: the written reminder or the enforcement decision, with the date the exit timer waits for next. */
  public void remindedOrEnforced(DelegateTask task) {
    String number = caseNumber(task);
    String action = string(task, ENFORCEMENT_ACTION);
    LocalDate by = cases.checkRemindOrEnforce(number, action, string(task, NEW_EXIT_DEADLINE));
    IssuedDocument d = documents.enforcement(number, "REMIND".equals(action), by, actor(task));
    cases.remindOrEnforce(number, action, d.number(), by, actor(task));
    task.getExecution().setVariable(EXIT_DEADLINE_AT, Date.from(Deadlines.endOfDay(by)));
    task.getExecution().setVariable(EXIT_DEADLINE, by.toString());
    task.getExecution().setVariable(VariableNames.DEADLINE, Date.from(Deadlines.endOfDay(by)));
  }

  /** 批准移送涉嫌犯罪案件 completed: approve-transfer.form's fields. */
  public void transferDecided(DelegateTask task) {
    cases.decideTransfer(caseNumber(task), string(task, TRANSFER_DECISION), string(task, TRANSFER_COMMENT), actor(task));
  }

  /** 移送涉嫌犯罪案件 completed: transfer-to-police.form's fields. */
  public void transferredToPolice(DelegateTask task) {
    cases.transferToPolice(caseNumber(task), new RectificationCases.Transfer(string(task, TRANSFER_NUMBER), string(task, TRANSFER_DATE),
        string(task, POLICE_AGENCY), string(task, TRANSFER_REASON), Boolean.TRUE.equals(task.getVariable(MATERIALS_INVESTIGATION_REPORT)),
        Boolean.TRUE.equals(task.getVariable(MATERIALS_ITEM_LIST)), Boolean.TRUE.equals(task.getVariable(MATERIALS_TEST_REPORT)),
        string(task, POLICE_RECEIPT_ON)), actor(task));
  }

  /** 记录公安机关立案决定 completed: record-police-decision.form's fields. */
  public void policeDecided(DelegateTask task) {
    cases.recordPoliceDecision(caseNumber(task), string(task, POLICE_DECISION), string(task, POLICE_NOTICE_NUMBER),
        string(task, POLICE_DECISION_ON), string(task, POLICE_FOLLOW_UP), actor(task));
  }

  /** The officer's decision on the extension request; a granted one moves the deadline and its timer. */
  public void extensionDecided(DelegateTask task) {
    boolean granted = Boolean.TRUE.equals(task.getVariable(EXTENSION_GRANTED));
    LocalDate deadline = cases.decideExtension(caseNumber(task), granted, string(task, EXTENSION_COMMENT), actor(task));
    setDeadline(task.getExecution(), deadline);
    task.getExecution().setVariable(EXTENSION_OFFERED, false);
  }

  public void reminded(DelegateTask task) {
    cases.recordReminder(caseNumber(task));
  }

  public void markOverdue(DelegateExecution execution) {
    cases.markOverdue(caseNumber(execution));
  }

  public void reinspected(DelegateTask task) {
    String result = string(task, REINSPECTION_RESULT);
    if (result == null || !(result.equals(PASSED) || result.equals("FAILED"))) {
      throw new InvalidInputException(REINSPECTION_RESULT, "请选择复查结论");
    }
    cases.recordReinspection(caseNumber(task), result.equals(PASSED), string(task, REINSPECTION_FINDINGS), actor(task));
  }

  public void closureDecided(DelegateTask task) {
    String decision = string(task, APPROVAL_DECISION);
    if (decision == null || !(decision.equals(APPROVED) || decision.equals(REFUSED))) {
      throw new InvalidInputException(APPROVAL_DECISION, "请选择审批意见");
    }
    String comment = string(task, APPROVAL_COMMENT);
    if (decision.equals(REFUSED) && (comment == null || comment.isBlank())) {
      throw new InvalidInputException(APPROVAL_COMMENT, "退回须说明理由");
    }
    cases.recordApproval(caseNumber(task), decision.equals(APPROVED), comment, actor(task));
    if (decision.equals(APPROVED)) {
      showDocument(task, "approval", documents.closureApproval(caseNumber(task), comment, actor(task)));
    }
  }

  public void closeRectified(DelegateExecution execution) {
    cases.closeRectified(caseNumber(execution), actor(null));
  }

  /** The closure order: red list, and the exit deadline that the credit timer waits for. */
  public void closureOrdered(DelegateTask task) {
    String number = caseNumber(task);
    LocalDate exitBy = cases.require(number).closureOrdered(string(task, EXIT_DEADLINE), Deadlines.today(clock));
    IssuedDocument d = documents.closureDecision(number, exitBy, actor(task));
    cases.orderClosure(number, d.number(), exitBy.toString(), actor(task));
    task.getExecution().setVariable(CLOSURE_ORDER_NUMBER, d.number());
    task.getExecution().setVariable(EXIT_DEADLINE_AT, Date.from(Deadlines.endOfDay(exitBy)));
    // The task list's 法定期限 is now the exit deadline (the rectification period is over).
    task.getExecution().setVariable(VariableNames.DEADLINE, Date.from(Deadlines.endOfDay(exitBy)));
    showDocument(task, "closure", d);
  }

  /** The notice (or order) is generated when the officer completes its contents, numbered, for the officer to serve. */
  private void draftNotice(DelegateTask task) {
    IssuedDocument d = documents.notice(caseNumber(task), string(task, "rectificationRequirements"), string(task, INTERIM_MEASURE),
        string(task, REINSPECTION_DATE), actor(task));
    showDocument(task, "notice", d);
  }

  /** The notice was served: method, date and seal recorded on the document; the period starts from that day. */
  /**
   * The service step shows the document it serves (the notice or order, or the closure decision) and
   * what runs from service; one form for both (record-service.html), the document found in the store.
   */
  public void serviceOpened(DelegateTask task) {
    String number = caseNumber(task);
    boolean decision = TASK_RECORD_DECISION_SERVICE.equals(task.getTaskDefinitionKey());
    IssuedDocument d = decision ? documents.latest(number, DocumentKind.CLOSURE_DECISION)
        : documents.latest(number, DocumentKind.RECTIFICATION_NOTICE, DocumentKind.SUSPENSION_ORDER);
    task.setVariableLocal("serviceDocumentTitle", d.title());
    task.setVariableLocal("serviceDocumentNumber", d.number());
    task.setVariableLocal("servicePdfUrl", d.pdfUrl());
    task.setVariableLocal("serviceDocxUrl", d.docxUrl());
    task.setVariableLocal("serviceReceiptUrl", d.receiptUrl());
    task.setVariableLocal("serviceNote", decision
        ? "决定书自送达之日起发生效力；企业申请行政复议（六十日）和提起行政诉讼（六个月）的期限自收到之日起计算。"
        : "整改期限自送达之日起计算（北京时间当日24时前届满）。");
  }

  public void noticeServed(DelegateTask task) {
    served(task, documents.latest(caseNumber(task), DocumentKind.RECTIFICATION_NOTICE, DocumentKind.SUSPENSION_ORDER),
        "请填写送达日期：整改期限自送达之日起计算");
  }

  /** The closure decision was served: it binds the enterprise, and review and suit run, from that day. */
  public void decisionServed(DelegateTask task) {
    served(task, documents.latest(caseNumber(task), DocumentKind.CLOSURE_DECISION), "请填写送达日期：决定书自送达之日起发生效力");
  }

  /** Method, date and seal recorded on the document; the signed proof kept with it when uploaded in the same step. */
  private void served(DelegateTask task, IssuedDocument d, String missingDate) {
    String served = string(task, SERVED_ON);
    if (served == null || served.isBlank()) {
      throw new InvalidInputException(SERVED_ON, missingDate);
    }
    documentService.recordService(null, d.id(), string(task, SERVICE_METHOD), served, string(task, SEAL), actor(task));
    // The signed proof, when the officer uploads it with the service (Tasklist submits an empty file when none is chosen).
    if (task.getVariableNames().contains(SERVICE_PROOF)) {
      if (task.getVariableTyped(SERVICE_PROOF) instanceof FileValue file && file.getValue() != null) {
        try (InputStream in = file.getValue()) {
          byte[] content = in.readAllBytes();
          if (content.length > 0) {
            documentService.attachProof(null, d.id(), content, actor(task));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      task.getExecution().removeVariable(SERVICE_PROOF);
    }
  }

  /** The document's number and addresses for the forms that follow (display only: steps find the document in the store). */
  private static void showDocument(DelegateTask task, String prefix, IssuedDocument d) {
    task.getExecution().setVariable(prefix + "DocumentId", String.valueOf(d.id()));
    task.getExecution().setVariable(prefix + "DocumentNumber", d.number());
    task.getExecution().setVariable(prefix + "PdfUrl", d.pdfUrl());
    task.getExecution().setVariable(prefix + "DocxUrl", d.docxUrl());
    task.getExecution().setVariable(prefix + "ReceiptUrl", d.receiptUrl());
  }

  private String latestProposal(String number) {
    return cases.require(number).history().stream().filter(h -> h.what().equals(CaseEvents.label(CaseEvents.CLOSURE_PROPOSED)))
        .reduce((a, b) -> b).map(h -> h.detail()).orElse(null);
  }

  public List<String> licenceActions(DelegateExecution execution) {
    return cases.require(caseNumber(execution)).policy().licenceActions().stream().map(LicenceAction::code).toList();
  }

  public String licenceGroup(String licenceAction, String jurisdiction) {
    return GroupIds.department(LicenceAction.parseAll(licenceAction).get(0).department(), jurisdiction);
  }

  /** Shows the officer which licence this instance of the multi-instance task is about. */
  public void licenceTaskCreated(DelegateTask task) {
    LicenceAction action = LicenceAction.parseAll(string(task, LICENCE_ACTION)).get(0);
    task.setVariableLocal("licenceActionName", action.label());
    // The lead department's letter to the department that issued the licence (none where it is its own licence).
    String number = caseNumber(task);
    documents.licenceRequest(number, action, GroupIds.department(action.department(), cases.require(number).jurisdiction()), actor(task))
        .ifPresent(d -> {
          task.setVariableLocal("licenceRequestNumber", d.number());
          task.setVariableLocal("licenceRequestPdfUrl", d.pdfUrl());
        });
  }

  public void licenceRevoked(DelegateTask task) {
    cases.recordLicence(caseNumber(task), string(task, LICENCE_ACTION), string(task, LICENCE_OUTCOME), string(task, LICENCE_DOCUMENT_NUMBER),
        actor(task));
  }

  public void exitConfirmed(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(EXIT_CONFIRMED))) {
      throw new InvalidInputException(EXIT_CONFIRMED, "须经现场核实企业已关停退出");
    }
    cases.checkExitDate(caseNumber(task), string(task, EXIT_DATE));
  }

  /** Lines closed, enterprise closed, capacity counted as exited in the year of the exit. */
  public void recordExit(DelegateExecution execution) {
    cases.recordExit(caseNumber(execution), string(execution, EXIT_DATE), actor(null));
  }

  public boolean hasLines(DelegateExecution execution) {
    return !lineIds(execution).isEmpty();
  }

  /** The lines to hand to dismantle-or-seal: those not dismantled and not already being eliminated. */
  public List<Long> lineIds(DelegateExecution execution) {
    return cases.linesToEliminate(caseNumber(execution));
  }

  /** The enterprise has not exited by the deadline of the closure order: one credit record. */
  public void recordCreditPunishment(DelegateExecution execution) {
    String number = caseNumber(execution);
    Case c = cases.require(number);
    CreditDecisions.CreditRule rule = creditRules.credit(c.jurisdiction(), Deadlines.today(clock).getYear());
    String key = number + ":EXIT_OVERDUE";
    cases.punishExitOverdue(new CreditPunishmentDue(key, number, c.creditCode(), c.enterpriseName(), c.jurisdiction(),
        "未按期关停退出落后产能",
        c.dimensionName() + "方面：" + c.description() + "；关停决定书" + c.closureOrderNumber() + "要求于" + c.exitDeadline()
            + "前关停退出，期满未关停退出",
        rule.legalBasis() + "；" + c.legalBasis(), rule.platform(), rule.domains(),
        GroupIds.department(c.leadDepartment(), c.jurisdiction())));
    execution.setVariable(CREDIT_RECORD_KEY, key);
  }

  public void pushCreditRecord(DelegateExecution execution) {
    credit.push(string(execution, CREDIT_RECORD_KEY));
  }

  /** Who is told when a task is overdue: the department head, and the same department one level up. */
  public List<String> escalationGroups(DelegateExecution execution) {
    return escalation.groups(string(execution, LEAD_DEPARTMENT), string(execution, VariableNames.JURISDICTION_CODE));
  }

  public void escalated(DelegateTask task, String overdueTaskName) {
    task.setVariableLocal(OVERDUE_TASK_NAME, overdueTaskName);
    cases.recordEscalation(caseNumber(task), overdueTaskName, RectificationCases.SYSTEM);
  }

  public void eliminationOrdered(DelegateTask task) {
    cases.recordElimination(caseNumber(task), false);
  }

  public void recordElimination(DelegateExecution execution) {
    cases.recordElimination(caseNumber(execution), true);
  }

  private void setDeadline(VariableScope scope, LocalDate deadline) {
    scope.setVariable(VariableNames.DEADLINE, Date.from(Deadlines.endOfDay(deadline)));
    scope.setVariable(DEADLINE_DATE, deadline.toString());
    scope.setVariable(REMINDER_DATE, Date.from(periods.reminderBefore(deadline)));
  }

  private Caller caller() {
    return actors.caller();
  }

  private String actor(DelegateTask task) {
    return actors.actor(task);
  }

  /** The case of this process instance, from the product's table; a variable can never name another. */
  private String caseNumber(DelegateExecution execution) {
    return cases.numberOfInstance(execution.getProcessInstanceId(), execution.getTenantId());
  }

  private String caseNumber(DelegateTask task) {
    return cases.numberOfInstance(task.getProcessInstanceId(), task.getTenantId());
  }

  private static String string(VariableScope scope, String name) {
    return ProcessVariables.string(scope, name);
  }

  static List<Long> parseLineIds(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return Arrays.stream(text.replace('，', ',').split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .map(Long::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new InvalidInputException(PRODUCTION_LINE_IDS, "应为以逗号分隔的生产线编号");
    }
  }
}
