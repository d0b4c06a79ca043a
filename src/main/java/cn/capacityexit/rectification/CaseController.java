package cn.capacityexit.rectification;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.process.UserNames;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Page;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final RectificationEngine engine;
  private final Clock clock;
  private final UserNames names;

  public CaseController(RectificationCases cases, RectificationEngine engine, Clock clock, UserNames names) {
    this.clock = clock;
    this.names = names;
    this.cases = cases;
    this.engine = engine;
  }

  /** Registers a finding: validated here (HTTP 400), then the process records it and issues the tasks. */
  @PostMapping("/api/cases")
  @Transactional
  public ResponseEntity<Case> open(Caller caller, @RequestBody CaseInput body) {
    String number = engine.open(cases.validate(caller, body));
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
      steps.addAll(engine.taskSteps(caseNumber));
    }
    steps.sort(Comparator.comparing(Case.CaseEvent::at));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("case", c.with(c.lines(), List.of()));
    body.put("history", steps);
    body.put("inspectionNumber", cases.inspectionNumber(caseNumber));
    return body;
  }

  /**
   * The history of the case a task belongs to, for the 案件记录 tab of every task in Tasklist: who did
   * what and when, and who holds the case now. Within the caller's jurisdictions; a task of no case is 404.
   */
  @GetMapping("/api/tasks/{taskId}/case-history")
  public Map<String, Object> taskHistory(Caller caller, @PathVariable String taskId) {
    String number = engine.businessKeyOfTask(taskId);
    if (number == null || !number.startsWith("ZG-")) {
      throw new NotFoundException("该任务不属于整改到关停案件");
    }
    Map<String, Object> body = get(caller, number);
    // The officers by name, not by login (曹嘉欣（济宁市能源局）); the engine's own steps as 系统.
    Map<String, String> people = new LinkedHashMap<>();
    for (Object e : (List<?>) body.get("history")) {
      String actor = ((Case.CaseEvent) e).actor();
      if (actor != null && !actor.isBlank()) {
        people.computeIfAbsent(actor, a -> a.equals("system") ? "系统" : names.name(a));
      }
    }
    body.put("names", people);
    return body;
  }

  /** The enterprise reports the rectification done: the case goes to re-inspection. */
  @PostMapping("/api/cases/{caseNumber}/rectification-report")
  @Transactional
  public ResponseEntity<Case> report(Caller caller, @PathVariable String caseNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    cases.get(caller, caseNumber);
    engine.rectificationReported(caseNumber, text(body, "description"), receivedOn(body));
    return ResponseEntity.accepted().body(cases.get(caller, caseNumber));
  }

  /** The enterprise asks for an extension: at most one, within the policy's maximum. */
  @PostMapping("/api/cases/{caseNumber}/extension-request")
  @Transactional
  public ResponseEntity<Case> requestExtension(Caller caller, @PathVariable String caseNumber,
      @RequestBody ExtensionRequest body) {
    cases.get(caller, caseNumber);
    engine.extensionRequested(caseNumber, body.months(), body.reason(),
        body.receivedOn() == null || body.receivedOn().isBlank() ? Deadlines.today(clock).toString() : body.receivedOn());
    return ResponseEntity.accepted().body(cases.get(caller, caseNumber));
  }

  private static String text(Map<String, Object> body, String key) {
    return body == null || body.get(key) == null ? null : body.get(key).toString();
  }

  /** The day the submission was received: today unless the body says when ({@code receivedOn}). */
  private String receivedOn(Map<String, Object> body) {
    String on = text(body, "receivedOn");
    return on == null || on.isBlank() ? Deadlines.today(clock).toString() : on;
  }

  /**
   * An officer of the case's jurisdiction starts the transfer of a suspected crime to the police
   * (构成犯罪的，移送公安机关): the lead department gets the task to send the transfer letter.
   */
  @PostMapping("/api/cases/{caseNumber}/police-transfer")
  @Transactional
  public ResponseEntity<Case> policeTransfer(Caller caller, @PathVariable String caseNumber) {
    Case c = cases.get(caller, caseNumber);
    if (c.state().isEnded()) {
      throw new CaseConflictException("案件" + caseNumber + "已办结（" + c.stateName() + "），不能在本案中发起移送");
    }
    engine.policeTransferRequested(caseNumber);
    return ResponseEntity.accepted().body(cases.get(caller, caseNumber));
  }

  /** The body of an extension request. */
  public record ExtensionRequest(Integer months, String reason, String receivedOn) {}
}
