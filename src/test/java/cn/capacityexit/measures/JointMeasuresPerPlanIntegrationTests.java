package cn.capacityexit.measures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.CreditPlatformDouble;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, "Done when": an energy case of each plan's jurisdiction walks from the confirmed finding through the
 * closure, the missed exit deadline and the exit to the credit repair; at every stage the measures the plan names are
 * raised to its departments (joint-measures.dmn), each is worked by the addressed department in the case's tenant, and
 * each lasting one is lifted when its reason ends (the case, or the credit record). Jining's walk is in
 * {@link JointMeasuresIntegrationTests}.
 */
class JointMeasuresPerPlanIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Map<String, String> SLUGS = Map.of("370000", "shandong", "370800", "jining", "371000", "weihai",
      "371500", "liaocheng", "440000", "guangdong", "440100", "guangzhou", "440600", "foshan");

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("371500", "2025-02-03", "聊城市2025年", Map.of(
            "FINDING_CONFIRMED", Set.of("PRICE_TIERS@ndrc-371500", "CREDIT_CONTROL@pboc-370000", "CREDIT_CONTROL@nfra-370000"),
            "CLOSURE_ORDERED", Set.of("RESETTLEMENT@gov-371500"),
            "EXIT_OVERDUE", Set.of("PUNISH_LAND@nr-370000", "PUNISH_FUNDS@finance-370000", "PUNISH_LICENCES@samr-371500",
                "PUNISH_SAFETY@emergency-371500", "PUNISH_BONDS@ndrc-371500", "PUNISH_CREDIT@pboc-370000"),
            "EXITED", Set.of("FUNDS@gov-371500", "LAND_DISPOSAL@gov-371500"))),
        Arguments.of("371000", "2024-02-05", "鲁工信产〔2022〕124号", Map.of(
            "FINDING_CONFIRMED", Set.of("PRICE_TIERS@ndrc-371000", "CREDIT_CONTROL@pboc-370000", "CREDIT_CONTROL@nfra-370000"),
            "CLOSURE_ORDERED", Set.of("RESETTLEMENT@hrss-370000"),
            "EXIT_OVERDUE", Set.of("PUNISH_LAND@nr-370000", "PUNISH_FUNDS@finance-370000", "PUNISH_LICENCES@samr-371000",
                "PUNISH_SAFETY@emergency-371000", "PUNISH_BONDS@ndrc-371000", "PUNISH_CREDIT@pboc-370000"),
            "EXITED", Set.of("FUNDS@finance-370000", "LAND_DISPOSAL@nr-370000"))),
        Arguments.of("440600", "2024-02-05", "广东省2023年", Map.of(
            "FINDING_CONFIRMED", Set.of("PRICE_TIERS@ndrc-440600", "DIFF_CREDIT@gov-440600"),
            "CLOSURE_ORDERED", Set.of("RESETTLEMENT@gov-440600"),
            "EXIT_OVERDUE", Set.of("PUNISH_LAND@nr-440000", "PUNISH_FUNDS@gov-440600", "PUNISH_LICENCES@samr-440600",
                "PUNISH_SAFETY@emergency-440600", "PUNISH_BONDS@ndrc-440600", "PUNISH_CREDIT@gov-440600"),
            "EXITED", Set.of("FUNDS@gov-440600", "LAND_DISPOSAL@gov-440600"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void anEnergyCaseRaisesWorksAndLiftsEveryMeasureOfItsPlan(String jurisdiction, String start, String plan,
      Map<String, Set<String>> expected) {
    at(start);
    String officer = SLUGS.get(jurisdiction) + "-miit";
    String first17 = "91" + jurisdiction + String.format("%09d", 520000000 + SEQUENCE.incrementAndGet() * 41);
    String code = first17 + CreditCode.checkCharacter(first17);
    assertThat(http().as(officer).post("/api/enterprises", Map.of("creditCode", code, "name", "各地联合措施测试水泥" + SEQUENCE.get(),
        "jurisdiction", jurisdiction, "sector", "CEMENT")).status()).isEqualTo(201);
    Http.Response opened = http().as(officer).post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
        "findingDate", today(), "description", "水泥熟料单位产品综合能耗超过GB 16780限额"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String number = opened.json().get("caseNumber").asText();
    work(number, Map.of("Task_IssueRectificationNotice", Map.of("rectificationRequirements", "6个月内达到能耗限额标准"),
        "Task_RecordNoticeService", Map.of("serviceMethod", "DIRECT", "servedOn", today(), "seal", "INK")));
    raisedAndApplied(number, "FINDING_CONFIRMED", expected, plan);

    // The period ends, the re-inspection fails: the closure procedure up to the served closure decision.
    at(http().as(officer).get("/api/cases/" + number).json().get("case").get("deadline").asText());
    String lead = SLUGS.get(jurisdiction) + "-" + http().as(officer).get("/api/cases/" + number).json().get("case")
        .get("leadDepartment").asText();
    Http.Response reported = http().as(lead).post("/api/cases/" + number + "/rectification-report", Map.of());
    assertThat(reported.status()).as(reported.body()).isLessThan(300);
    String exitDeadline = LocalDate.parse(today()).plusDays(30).toString();
    work(number, Map.of(
        "Task_Reinspect", Map.of("reinspectionResult", "FAILED", "reinspectionFindings", "复测能耗仍超过限额"),
        "Task_ProposeClosure", Map.of("closureProposal", "整改期满复查仍超过能耗限额，提出关停意见"),
        "Task_NotifyRights", Map.of("serviceMethod", "DIRECT", "rightsServedOn", today()),
        "Task_HearStatement", Map.of("statement", "未陈述申辩", "hearingRequested", false),
        "Task_ApproveClosure", Map.of("approvalDecision", "APPROVED", "approvalComment", "同意关停"),
        "Task_IssueClosureOrder", Map.of("exitDeadline", exitDeadline),
        "Task_RecordDecisionService", Map.of("serviceMethod", "DIRECT", "servedOn", today(), "seal", "INK"),
        "Task_RevokeLicence", Map.of("licenceOutcome", "DONE", "licenceDocumentNumber", "注销决定" + number)));
    assertThat(http().as(officer).get("/api/cases/" + number).json().get("case").get("state").asText())
        .as("open tasks: " + engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).list().stream()
            .map(Task::getTaskDefinitionKey).toList()).isEqualTo("CLOSING");
    raisedAndApplied(number, "CLOSURE_ORDERED", expected, plan);

    // The exit deadline passes: the credit record and the joint punishment of the plan's nine domains.
    CreditPlatformDouble.get().answer(200);
    at(LocalDate.parse(exitDeadline).plusDays(1).toString());
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("rectification-to-closure")
        .processInstanceBusinessKey(number).singleResult().getId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId("Event_ExitDeadlinePassed").singleResult().getId());
    for (List<Job> due = dueJobs(instance); !due.isEmpty(); due = dueJobs(instance)) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    raisedAndApplied(number, "EXIT_OVERDUE", expected, plan);

    // The enterprise exits: the lasting measures of the case go to be lifted, the exit's own are raised.
    work(number, Map.of("Task_RemindOrEnforce", Map.of("enforcementAction", "REMIND",
        "newExitDeadline", LocalDate.parse(today()).plusDays(10).toString())));
    work(number, Map.of("Task_ConfirmExit", Map.of("exitConfirmed", true, "exitDate", today(), "exitEvidence", "生产线已停产断电")));
    raisedAndApplied(number, "EXITED", expected, plan);
    liftAll(number, "FINDING_CONFIRMED", expected.get("FINDING_CONFIRMED").stream().filter(m -> !m.startsWith("RESETTLEMENT")).count());

    // Three months on, the lead department repairs the credit record: the joint punishments lift.
    at(LocalDate.parse(today()).plusMonths(3).plusDays(1).toString());
    String key = http().as(officer).get("/api/credit-records?caseNumber=" + number).json().get(0).get("recordKey").asText();
    Http.Response repaired = http().as(officer).post("/api/credit-records/" + key + "/repair", Map.of("repairDate", today(),
        "document", "信用修复决定" + number, "reason", "企业已关停退出，提交信用承诺书"));
    assertThat(repaired.status()).as(repaired.body()).isEqualTo(200);
    liftAll(number, "EXIT_OVERDUE", expected.get("EXIT_OVERDUE").size());

    // Every measure ends worked: applied once, or applied and lifted; none left open, none withdrawn.
    assertThat(measures(officer, number)).allSatisfy(m -> assertThat(m.get("status").asText()).as(m.get("measure").asText())
        .isIn("APPLIED", "LIFTED"));
    assertThat(measures(officer, number)).filteredOn(m -> m.get("stage").asText().equals("EXIT_OVERDUE"))
        .allSatisfy(m -> assertThat(m.get("status").asText()).isEqualTo("LIFTED"));
  }

  /** The stage's measures are exactly the plan's, each in the case's tenant, applied by the department it names. */
  private void raisedAndApplied(String number, String stage, Map<String, Set<String>> expected, String plan) {
    startMeasures();
    List<JsonNode> raised = measures("admin", number).stream().filter(m -> m.get("stage").asText().equals(stage)).toList();
    assertThat(raised).as(stage).extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText())
        .containsExactlyInAnyOrderElementsOf(expected.get(stage));
    assertThat(raised).allSatisfy(m -> assertThat(m.get("legalBasis").asText()).contains(plan));
    for (JsonNode m : raised) {
      Task task = measureTask(m.get("measureNumber").asText(), "Task_ApplyMeasure");
      assertThat(task.getTenantId()).isEqualTo(m.get("jurisdiction").asText());
      String group = m.get("departmentGroup").asText();
      assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId()).containsExactly(group);
      complete(login(group), task, Map.of("measureOutcome", "APPLIED", "measureDocument", "文书" + m.get("measureNumber").asText(),
          "measureDate", today(), "measureNote", "已按方案落实"));
    }
  }

  private void liftAll(String number, String stage, long expected) {
    List<JsonNode> lasting = measures("admin", number).stream().filter(m -> m.get("stage").asText().equals(stage))
        .filter(m -> measureTask(m.get("measureNumber").asText(), "Task_LiftMeasure") != null).toList();
    assertThat(lasting).as("lift tasks of " + stage).hasSize((int) expected);
    for (JsonNode m : lasting) {
      complete(login(m.get("departmentGroup").asText()), measureTask(m.get("measureNumber").asText(), "Task_LiftMeasure"),
          Map.of("liftDate", today(), "liftNote", "依法解除"));
    }
  }

  /** Completes the case's open tasks of these keys, each as its addressee, until none of them is open. */
  private void work(String number, Map<String, Map<String, Object>> answers) {
    for (int round = 0; round < 20; round++) {
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).list().stream()
          .filter(t -> answers.containsKey(t.getTaskDefinitionKey())).toList();
      if (open.isEmpty()) {
        return;
      }
      for (Task t : open) {
        String group = engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId();
        complete(login(group), t, answers.get(t.getTaskDefinitionKey()));
      }
    }
    throw new AssertionError("the case's tasks do not end");
  }

  private static String login(String group) {
    String[] parts = group.split("-");
    return SLUGS.get(parts[1]) + "-" + parts[0] + (parts.length > 2 ? "-" + parts[2] : "");
  }

  private void complete(String officer, Task task, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String")));
    Http.Response r = http().as(officer).post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", typed));
    assertThat(r.status()).as(task.getTaskDefinitionKey() + " by " + officer + ": " + r.body()).isEqualTo(204);
  }

  private void startMeasures() {
    for (Job job : engine.getManagementService().createJobQuery().processDefinitionKey(MeasureProcess.KEY).executable().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private List<Job> dueJobs(String processInstanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable().list();
  }

  private Task measureTask(String measureNumber, String key) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(MeasureProcess.KEY).processInstanceBusinessKey(measureNumber)
        .taskDefinitionKey(key).singleResult();
  }

  private List<JsonNode> measures(String user, String caseNumber) {
    List<JsonNode> list = new ArrayList<>();
    http().as(user).get("/api/measures?caseNumber=" + caseNumber).json().forEach(list::add);
    return list;
  }

  private static void at(String day) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(day.substring(0, 10)).atTime(10, 0).atZone(Deadlines.CHINA).toInstant()));
  }

  private static String today() {
    return Deadlines.dayOf(ClockUtil.getCurrentTime().toInstant()).toString();
  }
}
