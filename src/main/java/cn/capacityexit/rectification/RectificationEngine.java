package cn.capacityexit.rectification;

import static cn.capacityexit.rectification.RectificationProcess.*;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.process.AsSystem;
import cn.capacityexit.process.ProductCall;
import cn.capacityexit.process.VariableNames;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The port to rectification-to-closure.bpmn: the only class of the product that starts its
 * instances, sends its messages or reads its task history. The variables each call passes are the
 * ones the diagram's start event and message events expect, built here from validated values only.
 */
@Component
public class RectificationEngine {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final AsSystem asSystem;

  public RectificationEngine(RuntimeService runtime, HistoryService history, AsSystem asSystem) {
    this.runtime = runtime;
    this.history = history;
    this.asSystem = asSystem;
  }

  /** Opens the case of a validated finding for the caller; returns the case number the process gave it. */
  public String open(RectificationCases.NewCase c) {
    Map<String, Object> variables = finding(c.enterprise().jurisdiction(), c.enterprise().creditCode(), c.dimension(),
        c.severity(), c.findingDate(), c.description(), c.lineIds());
    if (c.violation() != null) {
      variables.put(VIOLATION, c.violation().name());
    }
    return ProductCall.run(() -> (String) runtime.createProcessInstanceByKey(KEY).setVariables(variables)
        .executeWithVariablesInReturn().getVariables().get(VariableNames.CASE_NUMBER));
  }

  /** A revived line: a serious technology finding that goes straight to closure (the engine acts, not a user). */
  public void openRevival(String jurisdiction, String creditCode, LocalDate confirmedOn, String description, long lineId) {
    runtime.startProcessInstanceByMessage(MESSAGE_REVIVAL_CONFIRMED,
        finding(jurisdiction, creditCode, Dimension.TECHNOLOGY, "SERIOUS", confirmedOn, description, List.of(lineId)));
  }

  /** The enterprise's report that the rectification is done. */
  public void rectificationReported(String caseNumber) {
    correlate(MESSAGE_RECTIFICATION_REPORTED, caseNumber, Map.of());
  }

  /** The enterprise's extension request, already checked by {@link Case#requestExtension}. */
  public void extensionRequested(String caseNumber, int months, String reason) {
    correlate(MESSAGE_EXTENSION_REQUESTED, caseNumber, Map.of(EXTENSION_MONTHS, months, EXTENSION_REASON, reason));
  }

  /**
   * An officer asks to transfer a suspected crime to the police: the event subprocess of the case
   * creates the transfer task for the lead department; the case itself goes on.
   */
  public void policeTransferRequested(String caseNumber) {
    try {
      asSystem.call(() -> runtime.createMessageCorrelation(MESSAGE_POLICE_TRANSFER_REQUESTED)
          .processInstanceBusinessKey(caseNumber).correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new CaseConflictException("案件" + caseNumber + "已办结，请以新的案件移送");
    }
  }

  /** The officers' tasks of the case, finished and open, as steps of its history. */
  public List<Case.CaseEvent> taskSteps(String caseNumber) {
    List<Case.CaseEvent> steps = new ArrayList<>();
    asSystem.run(() -> history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).finished().list()
        .forEach(t -> steps.add(new Case.CaseEvent("完成任务：" + t.getName(), t.getAssignee() == null ? "" : t.getAssignee(),
            t.getEndTime().toInstant().atOffset(ZoneOffset.UTC), null))));
    asSystem.run(() -> history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).unfinished().list()
        .forEach(t -> steps.add(new Case.CaseEvent("待办：" + t.getName(), "", t.getStartTime().toInstant().atOffset(ZoneOffset.UTC),
            t.getDueDate() == null ? null : "办理期限 " + t.getDueDate().toInstant().atZone(Deadlines.CHINA).toLocalDate()))));
    return steps;
  }

  private static Map<String, Object> finding(String jurisdiction, String creditCode, Dimension dimension, String severity,
      LocalDate findingDate, String description, List<Long> lineIds) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(VariableNames.JURISDICTION_CODE, jurisdiction);
    variables.put(VariableNames.ENTERPRISE_CREDIT_CODE, creditCode);
    variables.put(DIMENSION, dimension.name());
    variables.put(SEVERITY, severity);
    variables.put(FINDING_DATE, findingDate.toString());
    variables.put(DESCRIPTION, description);
    // The start form's field is text (line ids separated by commas), so the API passes the same.
    variables.put(PRODUCTION_LINE_IDS, lineIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
    return variables;
  }

  private void correlate(String message, String caseNumber, Map<String, Object> variables) {
    try {
      asSystem.call(() -> runtime.createMessageCorrelation(message)
          .processInstanceBusinessKey(caseNumber).setVariables(variables).correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new CaseConflictException("案件" + caseNumber + "当前不在等待整改阶段");
    }
  }
}
