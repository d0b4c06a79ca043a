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
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: the measures each plan attaches to a case are raised to the departments that hold them when the case
 * reaches the stage, worked in the department's tenant, and lifted when the case ends.
 */
class JointMeasuresIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void at(String day) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(day).atTime(10, 0).atZone(Deadlines.CHINA).toInstant()));
  }

  private static String today() {
    return Deadlines.dayOf(ClockUtil.getCurrentTime().toInstant()).toString();
  }

  private String enterprise(String officer, String jurisdiction, String sector) {
    String first17 = "91" + jurisdiction + String.format("%09d", 880000000 + SEQUENCE.incrementAndGet() * 11);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http http = http().as(officer);
    assertThat(http.post("/api/enterprises", Map.of("creditCode", code, "name", "联合措施测试企业" + SEQUENCE.get(),
        "jurisdiction", jurisdiction, "sector", sector)).status()).isEqualTo(201);
    return code;
  }

  /** A case opened, its notice issued and served today: the finding is confirmed (the yellow list). */
  private String confirmedFinding(String officer, String jurisdiction, String sector) {
    String code = enterprise(officer, jurisdiction, sector);
    Http.Response opened = http().as(officer).post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
        "findingDate", today(), "description", "单位产品能耗超过限额标准"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String number = opened.json().get("caseNumber").asText();
    completeOk(officer, caseTask(number, "Task_IssueRectificationNotice"), Map.of("rectificationRequirements", "6个月内达到能耗限额标准"));
    completeOk(officer, caseTask(number, "Task_RecordNoticeService"), Map.of("serviceMethod", "DIRECT", "servedOn", today(), "seal", "INK"));
    startMeasures();
    return number;
  }

  private Task caseTask(String caseNumber, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
  }

  /** Runs the asynchronous starts of the raised measures (the job executor is off in these tests). */
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

  private Http.Response completeAs(String officer, Task task, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String")));
    return http().as(officer).post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", typed));
  }

  private void completeOk(String officer, Task task, Map<String, Object> variables) {
    assertThat(task).isNotNull();
    Http.Response r = completeAs(officer, task, variables);
    assertThat(r.status()).as(r.body()).isEqualTo(204);
  }

  private List<JsonNode> measures(String officer, String caseNumber) {
    List<JsonNode> list = new ArrayList<>();
    http().as(officer).get("/api/measures?caseNumber=" + caseNumber).json().forEach(list::add);
    return list;
  }

  private JsonNode dashboardMeasure(String group) {
    for (JsonNode m : http().as("weihai-manager").get("/api/dashboard?jurisdiction=371000").json().get("measures")) {
      if (m.get("departmentGroup").asText().equals(group)) {
        return m;
      }
    }
    throw new AssertionError("no open measure of " + group + " on the dashboard");
  }

  private List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
  }

  @Test
  void jiningPriceTiersAreAppliedByTheNdrcAndLiftedWhenTheCaseIsRectified() {
    at("2025-03-03");
    String number = confirmedFinding("jining-miit", "370800", "CEMENT");
    List<JsonNode> raised = measures("jining-miit", number);
    assertThat(raised).hasSize(1);
    JsonNode price = raised.get(0);
    assertThat(price.get("measure").asText()).isEqualTo("PRICE_TIERS");
    assertThat(price.get("departmentName").asText()).isEqualTo("济宁市发展和改革委员会");
    assertThat(price.get("legalBasis").asText()).contains("2020年济宁市", "三(三)");
    assertThat(price.get("statusName").asText()).isEqualTo("待落实");
    String measureNumber = price.get("measureNumber").asText();
    Task apply = measureTask(measureNumber, "Task_ApplyMeasure");
    assertThat(apply.getName()).isEqualTo("落实联合措施：执行差别化能源资源价格");
    assertThat(groups(apply)).containsExactly("ndrc-370800");
    assertThat(apply.getTenantId()).isEqualTo("370800");

    // Another city's department cannot work it; the form's fields are checked and named.
    assertThat(completeAs("weihai-ndrc", apply, Map.of("measureOutcome", "APPLIED", "measureDate", today(), "measureNote", "x")).status())
        .isIn(403, 404);
    Http.Response future = completeAs("jining-ndrc", apply, Map.of("measureOutcome", "APPLIED",
        "measureDate", LocalDate.parse(today()).plusDays(1).toString(), "measureNote", "已执行"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body()).contains("measureDate", "落实日期不能晚于今天");
    completeOk("jining-ndrc", apply, Map.of("measureOutcome", "APPLIED", "measureDocument", "济发改价格〔2025〕3号",
        "measureDate", today(), "measureNote", "自4月起对该企业执行惩罚性电价"));
    assertThat(measures("jining-miit", number).get(0).get("status").asText()).isEqualTo("APPLIED");

    // The enterprise reports, the re-inspection passes: the case ends rectified and the price tier is lifted.
    at("2025-06-02");
    assertThat(http().as("jining-miit").post("/api/cases/" + number + "/rectification-report", Map.of()).status()).isEqualTo(202);
    completeOk("jining-miit", caseTask(number, "Task_Reinspect"), Map.of("reinspectionResult", "PASSED", "reinspectionFindings", "达标"));
    Task lift = measureTask(measureNumber, "Task_LiftMeasure");
    assertThat(lift.getName()).isEqualTo("解除联合措施：执行差别化能源资源价格");
    assertThat(groups(lift)).containsExactly("ndrc-370800");
    completeOk("jining-ndrc", lift, Map.of("liftDate", today(), "liftNote", "整改销号，自6月起恢复执行正常电价"));
    JsonNode lifted = measures("jining-miit", number).get(0);
    assertThat(lifted.get("status").asText()).isEqualTo("LIFTED");
    assertThat(lifted.get("liftedBy").asText()).isEqualTo("jining-ndrc");
    assertThat(http().as("weihai-miit").get("/api/measures?caseNumber=" + number).status()).isEqualTo(403);
  }

  @Test
  void aWeihaiFindingRaisesShandongsPriceAndCreditMeasuresTheCreditOneAtTheProvincesPeoplesBank() {
    at("2025-04-01");
    String number = confirmedFinding("weihai-miit", "371000", "CEMENT");
    List<JsonNode> raised = measures("weihai-miit", number);
    assertThat(raised).extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText())
        .containsExactlyInAnyOrder("PRICE_TIERS@ndrc-371000", "CREDIT_CONTROL@pboc-370000");
    assertThat(raised).allSatisfy(m -> assertThat(m.get("legalBasis").asText()).contains("鲁工信产〔2022〕124号"));
    JsonNode credit = raised.stream().filter(m -> m.get("measure").asText().equals("CREDIT_CONTROL")).findFirst().orElseThrow();
    Task apply = measureTask(credit.get("measureNumber").asText(), "Task_ApplyMeasure");
    assertThat(apply.getTenantId()).as("the case's tenant, which the province supervises").isEqualTo("371000");
    completeOk("shandong-pboc", apply, Map.of("measureOutcome", "NOT_APPLICABLE", "measureDate", today(),
        "measureNote", "经查该企业无银行贷款和债券"));
    // The open measures of the jurisdiction: the price tier is still to be applied.
    List<String> open = new ArrayList<>();
    http().as("weihai-manager").get("/api/measures?jurisdiction=371000").json().forEach(m -> open.add(m.get("caseNumber").asText()
        + ":" + m.get("measure").asText()));
    assertThat(open).contains(number + ":PRICE_TIERS").doesNotContain(number + ":CREDIT_CONTROL");

    // The managers' dashboard counts the open measures per department, and those past their due date.
    long lateBefore = dashboardMeasure("ndrc-371000").get("overdue").asLong();
    assertThat(dashboardMeasure("ndrc-371000").get("open").asLong()).isPositive();
    assertThat(dashboardMeasure("ndrc-371000").get("departmentName").asText()).isEqualTo("威海市发展和改革委员会");
    at("2025-04-20");
    assertThat(dashboardMeasure("ndrc-371000").get("overdue").asLong()).as("15 days to apply (handling-periods.yaml)")
        .isGreaterThan(lateBefore);

    // The case is closed before the price tier was applied: the measure is withdrawn, nothing is left to lift.
    at("2025-06-02");
    http().as("weihai-miit").post("/api/cases/" + number + "/rectification-report", Map.of());
    completeOk("weihai-miit", caseTask(number, "Task_Reinspect"), Map.of("reinspectionResult", "PASSED", "reinspectionFindings", "达标"));
    assertThat(measures("weihai-miit", number)).extracting(m -> m.get("measure").asText() + ":" + m.get("status").asText())
        .containsExactlyInAnyOrder("PRICE_TIERS:WITHDRAWN", "CREDIT_CONTROL:NOT_APPLICABLE");
  }

  /**
   * Jining 三(五), 三(六), 三(一): a closed enterprise's exit is confirmed only once human resources has recorded the
   * resettlement plan and the risk plan; the exit raises the land disposal and the funds. In 2023: other tests count
   * the government's approvals of 2025 (the numbers of the documents).
   */
  @Test
  void aJiningEnterpriseClosureWaitsForTheResettlementPlanAndTheExitRaisesLandAndFunds() {
    at("2023-03-03");
    String code = enterprise("jining-eco", "370800", "CHEMICALS");
    Http.Response opened = http().as("jining-eco").post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENVIRONMENT",
        "findingDate", today(), "description", "废气排放超过排放标准"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String number = opened.json().get("caseNumber").asText();
    completeOk("jining-eco", caseTask(number, "Task_IssueRectificationNotice"), Map.of("rectificationRequirements", "限期治理",
        "reinspectionDate", "2023-04-30", "interimMeasure", "RESTRICT"));
    completeOk("jining-eco", caseTask(number, "Task_RecordNoticeService"), Map.of("serviceMethod", "DIRECT", "servedOn", today(), "seal", "INK"));
    startMeasures();
    assertThat(measures("jining-eco", number)).as("Jining's plan attaches no measure to an environmental finding").isEmpty();

    at("2023-04-30");
    http().as("jining-eco").post("/api/cases/" + number + "/rectification-report", Map.of());
    completeOk("jining-eco", caseTask(number, "Task_Reinspect"), Map.of("reinspectionResult", "FAILED", "reinspectionFindings", "仍超标"));
    completeOk("jining-eco", caseTask(number, "Task_ProposeClosure"), Map.of("closureProposal", "经复查仍超标排放，提出责令关闭的意见"));
    completeOk("jining-eco", caseTask(number, "Task_NotifyRights"), Map.of("serviceMethod", "DIRECT", "rightsServedOn", today()));
    completeOk("jining-eco", caseTask(number, "Task_HearStatement"), Map.of("statement", "未陈述申辩", "hearingRequested", false));
    completeOk("jining-gov", caseTask(number, "Task_ApproveClosure"), Map.of("approvalDecision", "APPROVED", "approvalComment", "同意"));
    completeOk("jining-eco", caseTask(number, "Task_IssueClosureOrder"), Map.of("exitDeadline", "2023-06-30"));
    completeOk("jining-eco", caseTask(number, "Task_RecordDecisionService"), Map.of("serviceMethod", "DIRECT", "servedOn", today(), "seal", "INK"));
    // The enterprise holds a registered production licence: market regulation cancels it, and the register ends it.
    Http.Response licence = http().as("jining-samr").post("/api/licences", Map.of("creditCode", code, "licenceType",
        "PRODUCTION_LICENCE", "licenceNumber", "XK13-" + code.substring(8, 17), "issuedOn", "2021-06-01"));
    assertThat(licence.status()).as(licence.body()).isEqualTo(201);
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_RevokeLicence").list()) {
      completeOk("jining-" + groups(task).get(0).split("-")[0], task, Map.of("licenceOutcome", "DONE",
          "licenceDocumentNumber", "济市监注〔2023〕4号"));
    }
    JsonNode cancelled = http().as("jining-eco").get("/api/licences?creditCode=" + code).json().get(0);
    assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.get("endedReference").asText()).isEqualTo(number);
    assertThat(cancelled.get("endedDocument").asText()).isEqualTo("济市监注〔2023〕4号");
    startMeasures();
    JsonNode resettlement = measures("jining-eco", number).get(0);
    assertThat(resettlement.get("measure").asText()).isEqualTo("RESETTLEMENT");
    assertThat(resettlement.get("departmentGroup").asText()).isEqualTo("hrss-370800");

    at("2023-06-20");
    Http.Response held = completeAs("jining-eco", caseTask(number, "Task_ConfirmExit"), Map.of("exitConfirmed", true, "exitDate", today(),
        "exitEvidence", "已停产，设备断电"));
    assertThat(held.status()).isEqualTo(409);
    assertThat(held.body()).contains("指导制定职工安置方案和风险处置预案", "济宁市人力资源和社会保障局", "三(五)");
    // The exit deadline passes: the credit record, and the joint punishment of Jining 三(八) and the credit control of
    // 三(四), each to its department.
    CreditPlatformDouble.get().answer(200);
    at("2023-07-01");
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("rectification-to-closure")
        .processInstanceBusinessKey(number).singleResult().getId();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId("Event_ExitDeadlinePassed").singleResult().getId());
    // Record the credit punishment, then push it (each an asynchronous step).
    for (List<Job> due = dueJobs(instance); !due.isEmpty(); due = dueJobs(instance)) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    startMeasures();
    assertThat(measures("jining-eco", number).stream().filter(m -> m.get("stage").asText().equals("EXIT_OVERDUE")))
        .extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText())
        .containsExactlyInAnyOrder("CREDIT_CONTROL@pboc-370800", "CREDIT_CONTROL@nfra-370800", "PUNISH_LAND@nr-370800",
            "PUNISH_FUNDS@finance-370800", "PUNISH_LICENCES@samr-370800", "PUNISH_SAFETY@emergency-370800", "PUNISH_BONDS@ndrc-370800");
    completeOk("jining-eco", caseTask(number, "Task_RemindOrEnforce"), Map.of("enforcementAction", "REMIND", "newExitDeadline", "2023-07-15"));
    at("2023-07-05");
    completeOk("jining-hrss", measureTask(resettlement.get("measureNumber").asText(), "Task_ApplyMeasure"), Map.of(
        "measureOutcome", "APPLIED", "measureDocument", "济人社函〔2023〕12号", "measureDate", today(),
        "measureNote", "职工安置方案经职代会通过，风险处置预案已备案"));
    completeOk("jining-eco", caseTask(number, "Task_ConfirmExit"), Map.of("exitConfirmed", true, "exitDate", today(),
        "exitEvidence", "已停产，设备断电"));
    startMeasures();
    assertThat(measures("jining-eco", number).stream().filter(m -> !m.get("stage").asText().equals("EXIT_OVERDUE")))
        .extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText() + ":" + m.get("status").asText())
        .containsExactlyInAnyOrder("RESETTLEMENT@hrss-370800:APPLIED", "LAND_DISPOSAL@nr-370800:RAISED", "FUNDS@finance-370800:RAISED");
    // The exit ends the credit control not yet applied; the joint punishment of the missed deadline stays to be applied.
    assertThat(measures("jining-eco", number).stream().filter(m -> m.get("stage").asText().equals("EXIT_OVERDUE")))
        .extracting(m -> m.get("measure").asText() + ":" + m.get("status").asText())
        .contains("CREDIT_CONTROL:WITHDRAWN", "PUNISH_LAND:RAISED", "PUNISH_BONDS:RAISED");
    JsonNode land = measures("jining-eco", number).stream().filter(m -> m.get("measure").asText().equals("LAND_DISPOSAL")).findFirst()
        .orElseThrow();
    assertThat(groups(measureTask(land.get("measureNumber").asText(), "Task_ApplyMeasure"))).containsExactly("nr-370800");
  }
}
