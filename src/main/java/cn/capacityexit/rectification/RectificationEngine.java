package cn.capacityexit.rectification;

import static cn.capacityexit.rectification.RectificationProcess.*;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.process.AsSystem;
import cn.capacityexit.process.ProductCall;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.web.FieldProblem;
import cn.capacityexit.web.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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

  private final TaskService tasks;
  private final Organisation organisation;

  public RectificationEngine(RuntimeService runtime, HistoryService history, AsSystem asSystem, TaskService tasks,
      Organisation organisation) {
    this.tasks = tasks;
    this.organisation = organisation;
    this.runtime = runtime;
    this.history = history;
    this.asSystem = asSystem;
  }

  /** Opens the case of a validated finding for the caller; returns the case number the process gave it. */
  public String open(RectificationCases.NewCase c) {
    // The finding is input to the registration step, which validates it again and keeps what the case needs as variables.
    // Passed as one transient value, it is never written: no variable rows and no history of values the step replaces
    // (issue 17). Only the product can pass it: the engine REST API cannot send a Java object, and a user's start is
    // refused any field its start form does not declare (ProcessIntegrityGuard).
    CaseInput input = new CaseInput(c.enterprise().creditCode(), c.dimension().name(), c.findingDate().toString(), c.description(),
        c.lineIds(), c.severity(), c.violation() == null ? null : c.violation().name());
    VariableMap variables = Variables.createVariables()
        .putValue(VariableNames.JURISDICTION_CODE, c.enterprise().jurisdiction())
        .putValueTyped(FINDING_INPUT, Variables.stringValue(writeInput(input), true));
    return ProductCall.run(() -> (String) runtime.createProcessInstanceByKey(KEY).setVariables(variables)
        .executeWithVariablesInReturn().getVariables().get(VariableNames.CASE_NUMBER));
  }

  /** The transient finding of a case opened through the API (RectificationSteps.registerCase), as JSON. */
  static final String FINDING_INPUT = "findingInput";
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private static String writeInput(CaseInput input) {
    try {
      return JSON.writeValueAsString(input);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The API's finding, or null when the case was started otherwise (its start form's variables). */
  static CaseInput readInput(Object value) {
    if (!(value instanceof String json)) {
      return null;
    }
    try {
      return JSON.readValue(json, CaseInput.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A revived line: a serious technology finding that goes straight to closure (the engine acts, not a user). */
  public void openRevival(String jurisdiction, String creditCode, LocalDate confirmedOn, String description, long lineId) {
    runtime.startProcessInstanceByMessage(MESSAGE_REVIVAL_CONFIRMED,
        finding(jurisdiction, creditCode, Dimension.TECHNOLOGY, "SERIOUS", confirmedOn, description, List.of(lineId)));
  }

  /**
   * The enterprise's report, recorded through the API: the officer's step of the period is completed
   * as the caller, as if recorded in Tasklist (the step's listener validates and records it).
   */
  public void rectificationReported(String caseNumber, String description, String receivedOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SUBMISSION, SUBMISSION_REPORT);
    variables.put(RECEIVED_ON, receivedOn);
    variables.put(RECTIFICATION_REPORT, description);
    submit(caseNumber, variables);
  }

  /** The enterprise's extension request, recorded through the API like the report. */
  public void extensionRequested(String caseNumber, Integer months, String reason, String receivedOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SUBMISSION, SUBMISSION_EXTENSION);
    variables.put(RECEIVED_ON, receivedOn);
    variables.put(EXTENSION_MONTHS, months);
    variables.put(EXTENSION_REASON, reason);
    submit(caseNumber, variables);
  }

  private void submit(String caseNumber, Map<String, Object> variables) {
    String taskId = asSystem.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(TASK_AWAIT_RECTIFICATION)
        .list().stream().findFirst().map(Task::getId).orElse(null));
    if (taskId == null) {
      throw new CaseConflictException("案件" + caseNumber + "当前不在整改期，不能登记整改报告或延期申请");
    }
    try {
      ProductCall.run(() -> {
        tasks.complete(taskId, variables);
        return null;
      });
    } catch (RuntimeException e) {
      // The API's body names its own fields (description, months, reason, receivedOn), not the form's.
      for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (c instanceof InvalidInputException invalid) {
          throw new InvalidInputException(invalid.problems().stream().map(p -> new FieldProblem(p.row(), API_FIELDS.getOrDefault(p.field(),
              p.field()), p.reason())).toList());
        }
      }
      throw e;
    }
  }

  private static final Map<String, String> API_FIELDS = Map.of(RECTIFICATION_REPORT, "description", EXTENSION_MONTHS, "months",
      EXTENSION_REASON, "reason");

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
    // Who holds the case now: the open tasks with the departments they are addressed to.
    asSystem.run(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list()
        .forEach(t -> steps.add(new Case.CaseEvent("待办：" + t.getName(), t.getAssignee() == null ? "" : t.getAssignee(),
            t.getCreateTime().toInstant().atOffset(ZoneOffset.UTC), holders(t.getId())
                + (t.getDueDate() == null ? "" : "；办理期限 " + t.getDueDate().toInstant().atZone(Deadlines.CHINA).toLocalDate())))));
    return steps;
  }

  /** The departments a task is addressed to, by name: 由济宁市人民政府办理. */
  private String holders(String taskId) {
    List<String> groups = tasks.getIdentityLinksForTask(taskId).stream().filter(l -> l.getGroupId() != null)
        .map(l -> organisation.groupName(l.getGroupId())).distinct().toList();
    return groups.isEmpty() ? "待分派" : "由" + String.join("、", groups) + "办理";
  }

  /** The business key of the instance a task belongs to (the case number), or null for an unknown task. */
  public String businessKeyOfTask(String taskId) {
    return asSystem.call(() -> {
      Task t = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (t == null || t.getProcessInstanceId() == null) {
        return null;
      }
      var instance = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
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


}
