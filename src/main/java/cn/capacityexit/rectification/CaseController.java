package cn.capacityexit.rectification;

import cn.capacityexit.calendar.Deadlines;
import static cn.capacityexit.rectification.RectificationProcess.*;

import cn.capacityexit.process.AsSystem;
import cn.capacityexit.process.ProductCall;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.Page;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rectification-to-closure cases: {@code /api/cases}. */
@RestController
public class CaseController {

  private final RectificationCases cases;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final AsSystem asSystem;

  public CaseController(RectificationCases cases, RuntimeService runtime, HistoryService history, AsSystem asSystem) {
    this.cases = cases;
    this.runtime = runtime;
    this.history = history;
    this.asSystem = asSystem;
  }

  /** Registers a finding: validated here (HTTP 400), then the process records it and issues the tasks. */
  @PostMapping("/api/cases")
  @Transactional
  public ResponseEntity<Case> open(Caller caller, @RequestBody CaseInput body) {
    RectificationCases.NewCase c = cases.validate(caller, body);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(VariableNames.JURISDICTION_CODE, c.enterprise().jurisdiction());
    variables.put(VariableNames.ENTERPRISE_CREDIT_CODE, c.enterprise().creditCode());
    variables.put(DIMENSION, c.dimension().name());
    variables.put(SEVERITY, c.severity());
    variables.put(FINDING_DATE, c.findingDate().toString());
    variables.put(DESCRIPTION, c.description());
    variables.put(PRODUCTION_LINE_IDS, c.lineIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
    String number = ProductCall.run(() -> (String) runtime.createProcessInstanceByKey(KEY).setVariables(variables)
        .executeWithVariablesInReturn().getVariables().get(VariableNames.CASE_NUMBER));
    return ResponseEntity.created(URI.create("/api/cases/" + number)).body(cases.get(caller, number));
  }

  @GetMapping("/api/cases")
  public Page<Case> search(Caller caller,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) String dimension,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return cases.search(caller, jurisdiction, dimension, state, overdue, page, size);
  }

  /** The case with its lines and every step: the case's own record and the tasks officers completed. */
  @GetMapping("/api/cases/{caseNumber}")
  public Map<String, Object> get(Caller caller, @PathVariable String caseNumber) {
    Case c = cases.get(caller, caseNumber);
    List<Case.CaseEvent> steps = new ArrayList<>(c.history());
    if (c.processInstanceId() != null) {
      asSystem.run(() -> history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).finished().list()
          .forEach(t -> steps.add(new Case.CaseEvent("完成任务：" + t.getName(),
              t.getAssignee() == null ? "" : t.getAssignee(),
              t.getEndTime().toInstant().atOffset(ZoneOffset.UTC), null))));
      asSystem.run(() -> history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).unfinished().list()
          .forEach(t -> steps.add(new Case.CaseEvent("待办：" + t.getName(), "", t.getStartTime().toInstant().atOffset(ZoneOffset.UTC),
              t.getDueDate() == null ? null : "办理期限 " + t.getDueDate().toInstant().atZone(Deadlines.CHINA).toLocalDate()))));
    }
    steps.sort(Comparator.comparing(Case.CaseEvent::at));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("case", c.with(c.lines(), List.of()));
    body.put("history", steps);
    return body;
  }

  /** The enterprise reports the rectification done: the case goes to re-inspection. */
  @PostMapping("/api/cases/{caseNumber}/rectification-report")
  @Transactional
  public ResponseEntity<Case> report(Caller caller, @PathVariable String caseNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    cases.reportRectification(caller, caseNumber, body == null || body.get("description") == null ? null : body.get("description").toString());
    correlate(MESSAGE_RECTIFICATION_REPORTED, caseNumber, Map.of());
    return ResponseEntity.accepted().body(cases.get(caller, caseNumber));
  }

  /** The enterprise asks for an extension: at most one, within the policy's maximum. */
  @PostMapping("/api/cases/{caseNumber}/extension-request")
  @Transactional
  public ResponseEntity<Case> requestExtension(Caller caller, @PathVariable String caseNumber,
      @RequestBody ExtensionRequest body) {
    cases.requestExtension(caller, caseNumber, body.months(), body.reason());
    correlate(MESSAGE_EXTENSION_REQUESTED, caseNumber,
        Map.of(EXTENSION_MONTHS, body.months(), EXTENSION_REASON, body.reason().strip()));
    return ResponseEntity.accepted().body(cases.get(caller, caseNumber));
  }

  /** The body of an extension request. */
  public record ExtensionRequest(Integer months, String reason) {}

  private void correlate(String message, String caseNumber, Map<String, Object> variables) {
    try {
      asSystem.call(() -> runtime.createMessageCorrelation(message)
          .processInstanceBusinessKey(caseNumber).setVariables(variables).correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new CaseConflictException("案件" + caseNumber + "当前不在等待整改阶段");
    }
  }
}
