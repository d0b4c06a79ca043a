package cn.capacityexit.sealing;

import static cn.capacityexit.sealing.EliminationProcess.*;

import cn.capacityexit.events.CreditPunishmentDue;
import cn.capacityexit.security.Actors;
import cn.capacityexit.organisation.Escalation;
import cn.capacityexit.calendar.HandlingPeriods;
import cn.capacityexit.credit.CreditDecisions;
import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.web.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of dismantle-or-seal.bpmn, called as {@code ${elimination.step(execution)}} or from
 * task listeners. Files uploaded in a task's form (inputs named {@code evidence_<STEP>}) are moved
 * into the evidence store before the task's rule is checked, so a missing photo stops completion.
 */
@Component("elimination")
public class EliminationSteps {

  private final EliminationService eliminations;
  private final EvidenceStore evidence;
  private final DismantleDecisions decisions;
  private final CreditDecisions creditRules;
  private final HandlingPeriods periods;
  private final Escalation escalation;
  private final Actors actors;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final EliminationDocuments documents;

  public EliminationSteps(EliminationService eliminations, EvidenceStore evidence, DismantleDecisions decisions, CreditDecisions creditRules,
      HandlingPeriods periods, Escalation escalation, Actors actors, Clock clock,
      ApplicationEventPublisher events, EliminationDocuments documents) {
    this.documents = documents;
    this.eliminations = eliminations;
    this.evidence = evidence;
    this.decisions = decisions;
    this.creditRules = creditRules;
    this.periods = periods;
    this.escalation = escalation;
    this.actors = actors;
    this.clock = clock;
    this.events = events;
  }

  /** Records the elimination; started by the API or called by a rectification case for one line. */
  public void register(DelegateExecution execution) {
    Object lineId = execution.getVariable(PRODUCTION_LINE_ID);
    String caseNumber = string(execution, VariableNames.CASE_NUMBER);
    Object year = execution.getVariable(PLAN_YEAR);
    EliminationService.Target target = eliminations.validate(caseNumber == null ? actors.caller() : null,
        new EliminationService.Input(lineId == null ? null : Long.valueOf(lineId.toString()), string(execution, CATALOGUE_ITEM),
            year == null ? Deadlines.today(clock).getYear() : Integer.valueOf(year.toString()), string(execution, DISMANTLE_DEADLINE)),
        caseNumber == null);
    if (!target.enterprise().jurisdiction().equals(execution.getTenantId())) {
      throw new ForbiddenException("生产线" + target.line().id() + "不属于本流程所在的辖区");
    }
    int planYear = year == null ? Deadlines.today(clock).getYear() : Integer.parseInt(year.toString());
    String number = eliminations.register(target, caseNumber, string(execution, CATALOGUE_ITEM), planYear,
        string(execution, DISMANTLE_DEADLINE), actors.actor(null), execution.getProcessInstanceId());
    if (caseNumber == null) {
      execution.setProcessBusinessKey(number);
    }
    execution.setVariable(ELIMINATION_NUMBER, number);
    execution.setVariable(PRODUCTION_LINE_ID, target.line().id());
    execution.setVariable(VariableNames.JURISDICTION_CODE, target.enterprise().jurisdiction());
    execution.setVariable(VariableNames.ENTERPRISE_NAME, target.enterprise().name());
    execution.setVariable(VariableNames.ENTERPRISE_CREDIT_CODE, target.enterprise().creditCode());
    execution.setVariable(LINE_NAME, target.line().name() + "（" + target.line().equipmentType() + "）");
    execution.setVariable(CAPACITY_TEXT, target.line().capacity().toPlainString() + target.line().capacityUnit());
    execution.setVariable(CATALOGUE_ITEM, eliminations.require(number).catalogueItem());
  }

  /** Evaluates dismantle-policy.dmn: may the line be sealed first, kept as reserve, where it is announced. */
  public void determinePolicy(DelegateExecution execution) {
    Elimination e = eliminations.require(number(execution));
    EliminationService.Rule rule = decisions.dismantle(e.sector(), e.equipmentType(), e.jurisdiction(), e.planYear());
    eliminations.applyRule(e.eliminationNumber(), rule);
    execution.setVariable(VariableNames.LEAD_DEPARTMENT, rule.leadDepartment());
    execution.setVariable(SEAL_ALLOWED, rule.sealAllowed());
    execution.setVariable(RESERVE_ALLOWED, rule.reserveAllowed());
    execution.setVariable(ANNOUNCEMENT_SITE, rule.announcementSite());
    execution.setVariable(LEGAL_BASIS, rule.legalBasis());
  }

  public void assessed(DelegateTask task) {
    LocalDate deadline = eliminations.assess(number(task), string(task, ELIMINATION_METHOD), string(task, DISMANTLE_DEADLINE),
        string(task, ASSESSMENT_NOTE), actors.actor(task));
    if (deadline != null) {
      task.getExecution().setVariable(DISMANTLE_DEADLINE, deadline.toString());
      task.getExecution().setVariable(DISMANTLE_DEADLINE_AT, Date.from(Deadlines.endOfDay(deadline)));
      task.getExecution().setVariable(VariableNames.DEADLINE, Date.from(Deadlines.endOfDay(deadline)));
      task.getExecution().setVariable(DISMANTLE_REMINDER_AT, Date.from(periods.reminderBefore(deadline)));
    }
  }

  public void stepOpened(DelegateTask task, String step) {
    task.setVariableLocal(STEP_NAME, EvidenceStep.valueOf(step).label());
  }

  public void stepConfirmed(DelegateTask task, String step) {
    storeUploads(task);
    eliminations.stepDone(number(task), EvidenceStep.valueOf(step), string(task, STEP_DATE), actors.actor(task));
  }

  /** Sealed: the pledge (承诺书) is generated from the record for the enterprise to sign; the upload step links it. */
  public void recordSeal(DelegateExecution execution) {
    String number = number(execution);
    eliminations.recordSeal(number, actors.actor(null));
    var pledge = documents.pledge(number, actors.actor(null));
    execution.setVariable("pledgeDocumentNumber", pledge.number());
    execution.setVariable("pledgePdfUrl", pledge.pdfUrl());
    execution.setVariable("pledgeDocxUrl", pledge.docxUrl());
  }

  public void pledgeUploaded(DelegateTask task) {
    storeUploads(task);
    eliminations.pledgeUploaded(number(task), actors.actor(task));
  }

  public void publishAnnouncement(DelegateExecution execution) {
    String number = number(execution);
    String url = eliminations.publishSealed(number).url();
    documents.announcement(number, url, actors.actor(null));
    execution.setVariable("announcementUrl", url);
  }

  public void reminded(DelegateTask task) {
    eliminations.reminded(number(task));
  }

  /** The deadline passed with the equipment still standing: escalation and a credit record. */
  public void dismantleOverdue(DelegateExecution execution) {
    String number = number(execution);
    eliminations.overdue(number);
    Elimination e = eliminations.require(number);
    CreditDecisions.CreditRule rule = creditRules.credit(e.jurisdiction(), Deadlines.today(clock).getYear());
    events.publishEvent(new CreditPunishmentDue(number + ":DISMANTLE_OVERDUE", e.caseNumber() == null ? number : e.caseNumber(),
        e.creditCode(), e.enterpriseName(), e.jurisdiction(), "未按期拆除已封存的落后设备",
        e.lineName() + "于" + e.sealedOn() + "封存，承诺于" + e.dismantleDeadline() + "前拆除主体设备，期满未拆除",
        rule.legalBasis() + "；" + e.legalBasis(), rule.platform(), rule.domains(), null));
  }

  public List<String> escalationGroups(DelegateExecution execution) {
    return escalation.groups(string(execution, VariableNames.LEAD_DEPARTMENT), string(execution, VariableNames.JURISDICTION_CODE));
  }

  /** The equipment was dismantled (at once, after sealing, or again after a failed acceptance). */
  public void dismantled(DelegateTask task) {
    storeUploads(task);
    String number = number(task);
    eliminations.dismantled(number, string(task, DISMANTLED_ON), actors.actor(task));
    task.getExecution().setVariable(EVIDENCE_LINKS, evidenceLinks(number, EvidenceStep.BEFORE, EvidenceStep.DURING, EvidenceStep.AFTER));
  }

  /** The photos of the steps as links for the next form (a Markdown list; file names cannot break out of their link). */
  private String evidenceLinks(String number, EvidenceStep... steps) {
    Set<EvidenceStep> wanted = EnumSet.copyOf(Arrays.asList(steps));
    StringBuilder links = new StringBuilder();
    for (Evidence e : evidence.list(number)) {
      if (wanted.contains(e.step())) {
        links.append("- [").append(e.stepName()).append("：").append(e.fileName().replaceAll("[\\[\\]()<>*_`#|]", "＿")).append("](")
            .append(e.url()).append(")\n");
      }
    }
    return links.length() == 0 ? "（尚无）" : links.toString();
  }

  public void accepted(DelegateTask task) {
    storeUploads(task);
    String result = string(task, ACCEPTANCE_RESULT);
    if (result == null || !(result.equals("PASSED") || result.equals("FAILED"))) {
      throw new InvalidInputException(ACCEPTANCE_RESULT, "请选择验收结论");
    }
    eliminations.accepted(number(task), result.equals("PASSED"), string(task, ACCEPTANCE_FINDINGS), actors.actor(task));
  }

  public void recordDismantled(DelegateExecution execution) {
    eliminations.recordDismantled(number(execution), actors.actor(null));
  }

  /** The re-inspection dates after the exit (6 and 12 months by default). */
  public List<Date> reinspectionDates(DelegateExecution execution) {
    return periods.reinspectionsAfter(Deadlines.today(clock));
  }

  public void reinspected(DelegateTask task) {
    storeUploads(task);
    eliminations.reinspected(number(task), Boolean.TRUE.equals(task.getVariable(REVIVED)), string(task, REINSPECTION_FINDINGS),
        actors.actor(task));
  }

  public void recordReserve(DelegateExecution execution) {
    eliminations.recordReserve(number(execution), actors.actor(null));
    execution.setVariable(RESERVE_REVIEW_AT, periods.nextReserveReview());
  }

  public void reserveReviewed(DelegateTask task) {
    boolean keep = Boolean.TRUE.equals(task.getVariable(KEEP_AS_RESERVE));
    eliminations.reserveReviewed(number(task), keep, string(task, REVIEW_NOTE), actors.actor(task));
    task.getExecution().setVariable(KEEP_AS_RESERVE, keep);
    task.getExecution().setVariable(RESERVE_REVIEW_AT, periods.nextReserveReview());
  }

  /**
   * Each report opens its own inspection. The correlated report's id arrives on the process
   * instance (where the next report will overwrite it), so the task and its scope keep their own copy.
   */
  public void inspectionOpened(DelegateTask task) {
    Object id = task.getVariable(COMPLAINT_ID);
    task.getExecution().setVariableLocal(COMPLAINT_ID, id);
    task.setVariableLocal(COMPLAINT_CONTENT, eliminations.complaintContent(Long.parseLong(id.toString())));
  }

  public void inspected(DelegateTask task) {
    storeUploads(task);
    boolean confirmed = Boolean.TRUE.equals(task.getVariable(REVIVAL_CONFIRMED));
    String findings = string(task, INSPECTION_FINDINGS);
    if (findings == null || findings.isBlank()) {
      throw new InvalidInputException(INSPECTION_FINDINGS, "请填写核查情况");
    }
    Object id = task.getVariable(COMPLAINT_ID);
    eliminations.complaintHandled(Long.parseLong(id.toString()), confirmed, findings, actors.actor(task));
    task.getExecution().setVariableLocal(REVIVAL_CONFIRMED, confirmed);
  }

  /** Revived production confirmed: a credit record, and (through RevivalConfirmed) a case that closes the enterprise. */
  public void revivalConfirmed(DelegateExecution execution) {
    String number = number(execution);
    Elimination e = eliminations.require(number);
    CreditDecisions.CreditRule rule = creditRules.credit(e.jurisdiction(), Deadlines.today(clock).getYear());
    String complaint = string(execution, COMPLAINT_ID);
    events.publishEvent(new CreditPunishmentDue(number + ":REVIVAL:" + complaint, e.caseNumber() == null ? number : e.caseNumber(),
        e.creditCode(), e.enterpriseName(), e.jurisdiction(), "已封存（淘汰）设备恢复生产，违反公开承诺",
        e.lineName() + "经核查恢复生产（举报" + complaint + "）", rule.legalBasis() + "；" + e.legalBasis(), rule.platform(), rule.domains(), null));
    if (eliminations.enterpriseClosed(e)) {
      return;
    }
    events.publishEvent(new RevivalConfirmed(number, e.jurisdiction(), e.creditCode(), e.lineId(), e.lineName(), complaint,
        Deadlines.today(clock)));
  }

  /**
   * Moves files uploaded in the task form into the evidence store and out of the process variables.
   * An empty file is no upload: Tasklist submits every file input of the form, also those the step
   * hides, and files uploaded earlier (task form or API) already count.
   */
  private void storeUploads(DelegateTask task) {
    for (String name : task.getVariableNames()) {
      if (!name.startsWith(EVIDENCE_PREFIX)) {
        continue;
      }
      TypedValue value = task.getVariableTyped(name);
      if (value instanceof FileValue file && file.getValue() != null) {
        EvidenceStep step = EvidenceStep.parse(name.substring(EVIDENCE_PREFIX.length()))
            .orElseThrow(() -> new InvalidInputException(name, "未知的材料类别"));
        try (InputStream in = file.getValue()) {
          byte[] content = in.readAllBytes();
          if (content.length > 0) {
            evidence.store(number(task), step, file.getFilename(), content, actors.actor(task), name);
          }
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }
      task.getExecution().removeVariable(name);
    }
  }

  private String number(DelegateExecution execution) {
    return eliminations.numberOfInstance(execution.getProcessInstanceId(), execution.getTenantId());
  }

  private String number(DelegateTask task) {
    return eliminations.numberOfInstance(task.getProcessInstanceId(), task.getTenantId());
  }

  private static String string(VariableScope scope, String name) {
    return ProcessVariables.string(scope, name);
  }
}
