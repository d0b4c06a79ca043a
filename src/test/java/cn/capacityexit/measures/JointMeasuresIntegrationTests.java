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
    String first17 = "91" + jurisdiction + String.format("%09d", 810000000 + SEQUENCE.incrementAndGet() * 29);
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
        .containsExactlyInAnyOrder("PRICE_TIERS@ndrc-371000", "CREDIT_CONTROL@pboc-370000", "CREDIT_CONTROL@nfra-370000");
    assertThat(raised).allSatisfy(m -> assertThat(m.get("legalBasis").asText()).contains("鲁工信产〔2022〕124号"));
    JsonNode credit = raised.stream().filter(m -> m.get("departmentGroup").asText().equals("pboc-370000")).findFirst().orElseThrow();
    Task apply = measureTask(credit.get("measureNumber").asText(), "Task_ApplyMeasure");
    assertThat(apply.getTenantId()).as("the case's tenant, which the province supervises").isEqualTo("371000");
    completeOk("shandong-pboc", apply, Map.of("measureOutcome", "NOT_APPLICABLE", "measureDate", today(),
        "measureNote", "经查该企业无银行贷款和债券"));
    // The open measures of the jurisdiction: the price tier is still to be applied.
    List<String> open = new ArrayList<>();
    http().as("weihai-manager").get("/api/measures?jurisdiction=371000").json().forEach(m -> open.add(m.get("caseNumber").asText()
        + ":" + m.get("measure").asText()));
    assertThat(open).contains(number + ":PRICE_TIERS").containsOnlyOnce(number + ":CREDIT_CONTROL");

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
        .containsExactlyInAnyOrder("PRICE_TIERS:WITHDRAWN", "CREDIT_CONTROL:NOT_APPLICABLE", "CREDIT_CONTROL:WITHDRAWN");
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
            "PUNISH_FUNDS@finance-370800", "PUNISH_LICENCES@samr-370800", "PUNISH_SAFETY@emergency-370800", "PUNISH_BONDS@ndrc-370800",
            "CREDIT_REFERENCE@pboc-370800");
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
        .containsExactlyInAnyOrder("RESETTLEMENT@hrss-370800:APPLIED", "LAND_DISPOSAL@nr-370800:RAISED", "FUNDS@finance-370800:RAISED",
            "LAND_PROCEEDS@finance-370800:RAISED");
    // The exit ends the credit control not yet applied; the joint punishment of the missed deadline stays to be applied.
    assertThat(measures("jining-eco", number).stream().filter(m -> m.get("stage").asText().equals("EXIT_OVERDUE")))
        .extracting(m -> m.get("measure").asText() + ":" + m.get("status").asText())
        .contains("CREDIT_CONTROL:WITHDRAWN", "PUNISH_LAND:RAISED", "PUNISH_BONDS:RAISED");
    JsonNode land = measures("jining-eco", number).stream().filter(m -> m.get("measure").asText().equals("LAND_DISPOSAL")).findFirst()
        .orElseThrow();
    assertThat(measures("jining-eco", number)).filteredOn(m -> m.get("measure").asText().equals("CREDIT_REFERENCE"))
        .allSatisfy(m -> assertThat(m.get("legalBasis").asText()).contains("三(八)"));
    assertThat(groups(measureTask(land.get("measureNumber").asText(), "Task_ApplyMeasure"))).containsExactly("nr-370800");

    // Jining 三(八): the joint punishment in land supply is applied by natural resources and lasts until the credit
    // record is repaired (信用修复), which the lead department may do once the breach is corrected (the exit) and the
    // shortest publication period (three months) is over.
    JsonNode punishLand = measures("jining-eco", number).stream().filter(m -> m.get("measure").asText().equals("PUNISH_LAND"))
        .findFirst().orElseThrow();
    completeOk("jining-nr", measureTask(punishLand.get("measureNumber").asText(), "Task_ApplyMeasure"), Map.of(
        "measureOutcome", "APPLIED", "measureDocument", "济自然资函〔2023〕7号", "measureDate", today(),
        "measureNote", "暂停该企业新增用地供应"));
    JsonNode record = http().as("jining-miit").get("/api/credit-records?caseNumber=" + number).json().get(0);
    assertThat(record.get("correctedOn").asText()).isEqualTo("2023-07-05");
    String repairPath = "/api/credit-records/" + record.get("recordKey").asText() + "/repair";
    Map<String, Object> repair = Map.of("repairDate", today(), "document", "济工信信修〔2023〕1号", "reason", "企业已关停退出，提交信用承诺书");
    Http.Response early = http().as("jining-miit").post(repairPath, repair);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("最短公示期三个月未满");
    assertThat(http().as("jining-nr").post(repairPath, repair).status()).as("only the department that made the record").isEqualTo(403);
    Http.Response noDate = http().as("jining-miit").post(repairPath, Map.of("document", "济工信信修〔2023〕1号", "reason", "已退出"));
    assertThat(noDate.status()).isEqualTo(400);
    assertThat(noDate.body()).contains("repairDate");
    at("2023-10-09");
    Http.Response repaired = http().as("jining-miit").post(repairPath, Map.of("repairDate", today(), "document", "济工信信修〔2023〕1号",
        "reason", "企业已关停退出，提交信用承诺书"));
    assertThat(repaired.status()).as(repaired.body()).isEqualTo(200);
    assertThat(repaired.json().get("repairedOn").asText()).isEqualTo("2023-10-09");
    assertThat(http().as("jining-miit").post(repairPath, repair).status()).isEqualTo(409);
    assertThat(measures("jining-eco", number).stream().filter(m -> m.get("stage").asText().equals("EXIT_OVERDUE")))
        .extracting(m -> m.get("measure").asText() + ":" + m.get("status").asText())
        .contains("PUNISH_LAND:APPLIED", "PUNISH_BONDS:WITHDRAWN", "PUNISH_FUNDS:WITHDRAWN", "CREDIT_REFERENCE:WITHDRAWN");
    Task lift = measureTask(punishLand.get("measureNumber").asText(), "Task_LiftMeasure");
    assertThat(groups(lift)).containsExactly("nr-370800");
    assertThat(engine.getTaskService().getVariable(lift.getId(), "caseOutcome")).isEqualTo("信用修复（济工信信修〔2023〕1号）");
    completeOk("jining-nr", lift, Map.of("liftDate", today(), "liftNote", "信用已修复，恢复正常用地审批"));
    assertThat(measures("jining-eco", number).stream().filter(m -> m.get("measure").asText().equals("PUNISH_LAND")))
        .extracting(m -> m.get("status").asText()).containsExactly("LIFTED");

    // The annual exit table of the year counts the joint measures per department and kind.
    List<String> tally = new ArrayList<>();
    http().as("jining-miit").get("/api/reports/annual-exits?jurisdiction=370800&year=2023").json().get("measures")
        .forEach(m -> tally.add(m.get("departmentGroup").asText() + ":" + m.get("measure").asText() + ":" + m.get("lifted").asLong()
            + "/" + m.get("applied").asLong()));
    assertThat(tally).anySatisfy(t -> assertThat(t).startsWith("nr-370800:PUNISH_LAND:").isNotEqualTo("nr-370800:PUNISH_LAND:0/0"))
        .anySatisfy(t -> assertThat(t).startsWith("hrss-370800:RESETTLEMENT:"));
    assertThat(http().as("jining-miit").get("/api/reports/annual-exits?jurisdiction=370800&year=2023&format=csv").body())
        .contains("负责部门", "依法实施联合惩戒（土地供应）", "济宁市自然资源和规划局");
  }

  private Http.Response rate(String officer, String code, int year, String colour, String document) {
    return http().as(officer).post("/api/environmental-credit-ratings", Map.of("creditCode", code, "year", year, "colour", colour,
        "ratedOn", today(), "documentNumber", document, "basis", "评价年度内因超标排放受到行政处罚两次"));
  }

  /**
   * Liaocheng 二(二)3: the environment department rates an enterprise's environmental credit, the result is published
   * (page, JSON, Atom), a yellow rating raises the joint punishments, and a better rating later lifts them.
   */
  @Test
  void aLiaochengYellowRatingIsPublishedAndPunishedJointlyUntilABetterRating() {
    at("2025-03-10");
    String code = enterprise("liaocheng-eco", "371500", "CHEMICALS");
    Http.Response wrong = rate("liaocheng-eco", code, 2024, "PURPLE", "聊环信〔2025〕3号");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("colour", "评价结果应为");
    assertThat(rate("liaocheng-miit", code, 2024, "YELLOW", "聊环信〔2025〕3号").status()).as("only the environment department")
        .isEqualTo(403);
    Http.Response yellow = rate("liaocheng-eco", code, 2024, "YELLOW", "聊环信〔2025〕3号");
    assertThat(yellow.status()).as(yellow.body()).isEqualTo(201);
    String rating = yellow.json().get("ratingNumber").asText();
    assertThat(rating).startsWith("HX-371500-2025-");
    startMeasures();
    List<JsonNode> raised = measures("liaocheng-eco", rating);
    assertThat(raised).extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText())
        .containsExactlyInAnyOrder("PUNISH_ENV_INSPECTION@eco-371500", "PUNISH_CREDIT@pboc-370000");
    assertThat(raised).allSatisfy(m -> assertThat(m.get("legalBasis").asText()).contains("聊城市2025年", "二(二)3"));

    // Published without login: the list, the permanent page, the JSON and the feed.
    assertThat(http().get("/api/public/environmental-credit?jurisdiction=371500").body()).contains(rating, "YELLOW");
    assertThat(http().get("/public/environmental-credit").body()).contains("黄色（环保警示）", "聊环信〔2025〕3号");
    assertThat(http().get("/public/environmental-credit/" + rating).body()).contains("评价年度内因超标排放受到行政处罚两次");
    assertThat(http().get("/public/environmental-credit/feed.atom").body()).contains("<entry>", "/public/environmental-credit/" + rating);

    JsonNode inspection = raised.stream().filter(m -> m.get("measure").asText().equals("PUNISH_ENV_INSPECTION")).findFirst().orElseThrow();
    completeOk("liaocheng-eco", measureTask(inspection.get("measureNumber").asText(), "Task_ApplyMeasure"), Map.of(
        "measureOutcome", "APPLIED", "measureDocument", "", "measureDate", today(), "measureNote", "列入重点监管，每季度检查一次"));

    at("2025-09-01");
    Http.Response green = rate("liaocheng-eco", code, 2025, "GREEN", "聊环信〔2025〕19号");
    assertThat(green.status()).as(green.body()).isEqualTo(201);
    startMeasures();
    assertThat(measures("liaocheng-eco", rating)).extracting(m -> m.get("measure").asText() + ":" + m.get("status").asText())
        .containsExactlyInAnyOrder("PUNISH_ENV_INSPECTION:APPLIED", "PUNISH_CREDIT:WITHDRAWN");
    Task lift = measureTask(inspection.get("measureNumber").asText(), "Task_LiftMeasure");
    assertThat(groups(lift)).containsExactly("eco-371500");
    completeOk("liaocheng-eco", lift, Map.of("liftDate", today(), "liftNote", "评价结果好转，恢复正常检查频次"));
    assertThat(measures("liaocheng-eco", green.json().get("ratingNumber").asText())).as("a green rating raises nothing").isEmpty();
    assertThat(http().get("/public/environmental-credit/" + rating).body()).contains("已被新的评价结果取代");
    assertThat(http().get("/api/public/environmental-credit?jurisdiction=371500").body()).doesNotContain(rating);
  }

  /** Shandong 二(二)3 in a city under the provincial plan: a black rating raises the four departments' punishments. */
  @Test
  void aWeihaiBlackRatingRaisesTheJointPunishmentsOfTheProvincialPlan() {
    at("2024-05-06");
    String code = enterprise("weihai-eco", "371000", "CHEMICALS");
    Http.Response black = rate("weihai-eco", code, 2023, "BLACK", "威环信〔2024〕2号");
    assertThat(black.status()).as(black.body()).isEqualTo(201);
    startMeasures();
    assertThat(measures("weihai-eco", black.json().get("ratingNumber").asText()))
        .extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText())
        .containsExactlyInAnyOrder("PUNISH_ENV_INSPECTION@eco-371000", "PUNISH_CREDIT@pboc-370000", "PUNISH_FUNDS@finance-370000",
            "PUNISH_BONDS@ndrc-371000");
    assertThat(rate("weihai-eco", code, 2022, "GREEN", "威环信〔2024〕3号").status()).as("an earlier year after a later one")
        .isEqualTo(409);
  }

  /**
   * Shandong 二(四)2: a closure for want of safety conditions raises, at the emergency management department, the
   * decision on the serious-dishonesty list (joint punishment) and the industry ban of the principal (安全生产法第一百一十三条).
   */
  @Test
  void aShandongSafetyClosureRaisesTheDishonestyListAndTheIndustryBan() {
    at("2024-03-04");
    String code = enterprise("weihai-emergency", "371000", "CHEMICALS");
    Http.Response opened = http().as("weihai-emergency").post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "SAFETY",
        "findingDate", today(), "description", "重大事故隐患未排除，不具备安全生产条件"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String number = opened.json().get("caseNumber").asText();
    completeOk("weihai-emergency", caseTask(number, "Task_OrderSuspension"), Map.of("rectificationRequirements", "停产停业整顿",
        "reinspectionDate", "2024-04-30"));
    completeOk("weihai-emergency", caseTask(number, "Task_RecordNoticeService"), Map.of("serviceMethod", "DIRECT", "servedOn", today(),
        "seal", "INK"));
    at("2024-04-30");
    http().as("weihai-emergency").post("/api/cases/" + number + "/rectification-report", Map.of());
    completeOk("weihai-emergency", caseTask(number, "Task_Reinspect"), Map.of("reinspectionResult", "FAILED",
        "reinspectionFindings", "仍不具备安全生产条件"));
    completeOk("weihai-emergency", caseTask(number, "Task_ProposeClosure"), Map.of("closureProposal", "经停产停业整顿仍不具备安全生产条件，提请予以关闭"));
    completeOk("weihai-emergency", caseTask(number, "Task_NotifyRights"), Map.of("serviceMethod", "DIRECT", "rightsServedOn", today()));
    completeOk("weihai-emergency", caseTask(number, "Task_HearStatement"), Map.of("statement", "未陈述申辩", "hearingRequested", false));
    completeOk("weihai-gov", caseTask(number, "Task_ApproveClosure"), Map.of("approvalDecision", "APPROVED", "approvalComment", "同意关闭"));
    completeOk("weihai-emergency", caseTask(number, "Task_IssueClosureOrder"), Map.of("exitDeadline", "2024-06-30"));
    completeOk("weihai-emergency", caseTask(number, "Task_RecordDecisionService"), Map.of("serviceMethod", "DIRECT", "servedOn", today(),
        "seal", "INK"));
    startMeasures();
    List<JsonNode> closure = measures("weihai-emergency", number).stream().filter(m -> m.get("stage").asText().equals("CLOSURE_ORDERED"))
        .toList();
    assertThat(closure).extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText())
        .contains("SAFETY_DISHONESTY@emergency-371000", "INDUSTRY_BAN@emergency-371000", "RESETTLEMENT@hrss-370000");
    JsonNode ban = closure.stream().filter(m -> m.get("measure").asText().equals("INDUSTRY_BAN")).findFirst().orElseThrow();
    assertThat(ban.get("legalBasis").asText()).contains("二(四)2", "第一百一十三条");
    completeOk("weihai-emergency", measureTask(ban.get("measureNumber").asText(), "Task_ApplyMeasure"), Map.of(
        "measureOutcome", "APPLIED", "measureDocument", "威应急禁〔2024〕1号", "measureDate", today(),
        "measureNote", "主要负责人张某某五年内不得担任任何生产经营单位的主要负责人"));
    assertThat(measures("weihai-emergency", number).stream().filter(m -> m.get("measure").asText().equals("INDUSTRY_BAN")))
        .extracting(m -> m.get("status").asText() + ":" + m.get("outcomeDocument").asText()).containsExactly("APPLIED:威应急禁〔2024〕1号");
  }

  private Http.Response evaluate(String officer, String code, int year, String grade) {
    return http().as(officer).post("/api/per-mu-evaluations", Map.of("creditCode", code, "year", year, "grade", grade,
        "taxPerMu", "3.2", "valuePerEnergy", "0.8", "evaluatedOn", today(), "documentNumber", "亩产效益评价结果" + year));
  }

  /**
   * Shandong 三1 and Liaocheng 三(一): the industry department's per-mu performance grade; a D grade raises the
   * differentiated price, credit and land policies, a better grade the next year lifts them.
   */
  @Test
  void aPerMuGradeDRaisesTheDifferentiatedPoliciesUntilTheGradeImproves() {
    at("2024-04-08");
    String code = enterprise("weihai-miit", "371000", "CHEMICALS");
    Http.Response wrong = evaluate("weihai-miit", code, 2023, "E");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("grade", "评价类别应为A、B、C或D");
    assertThat(evaluate("weihai-eco", code, 2023, "D").status()).as("only the industry department").isEqualTo(403);
    Http.Response d = evaluate("weihai-miit", code, 2023, "D");
    assertThat(d.status()).as(d.body()).isEqualTo(201);
    String evaluation = d.json().get("evaluationNumber").asText();
    assertThat(evaluation).startsWith("MJ-371000-2024-");
    startMeasures();
    List<JsonNode> raised = measures("weihai-miit", evaluation);
    assertThat(raised).extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText())
        .containsExactlyInAnyOrder("PRICE_TIERS@ndrc-371000", "CREDIT_CONTROL@pboc-370000", "LAND_RESTRICTION@nr-370000");
    assertThat(raised).allSatisfy(m -> assertThat(m.get("legalBasis").asText()).contains("鲁工信产〔2022〕124号 三1", "亩产效益"));
    JsonNode price = raised.stream().filter(m -> m.get("measure").asText().equals("PRICE_TIERS")).findFirst().orElseThrow();
    completeOk("weihai-ndrc", measureTask(price.get("measureNumber").asText(), "Task_ApplyMeasure"), Map.of("measureOutcome", "APPLIED",
        "measureDocument", "威发改价格〔2024〕2号", "measureDate", today(), "measureNote", "自5月起执行差别电价"));

    at("2025-04-07");
    Http.Response b = evaluate("weihai-miit", code, 2024, "B");
    assertThat(b.status()).as(b.body()).isEqualTo(201);
    startMeasures();
    assertThat(measures("weihai-miit", evaluation)).extracting(m -> m.get("measure").asText() + ":" + m.get("status").asText())
        .containsExactlyInAnyOrder("PRICE_TIERS:APPLIED", "CREDIT_CONTROL:WITHDRAWN", "LAND_RESTRICTION:WITHDRAWN");
    Task lift = measureTask(price.get("measureNumber").asText(), "Task_LiftMeasure");
    assertThat(engine.getTaskService().getVariable(lift.getId(), "caseOutcome")).isEqualTo("亩产效益评价结果提升为B类");
    completeOk("weihai-ndrc", lift, Map.of("liftDate", today(), "liftNote", "评价提升为B类，停止执行差别电价"));
    assertThat(measures("weihai-miit", b.json().get("evaluationNumber").asText())).isEmpty();
    assertThat(http().as("weihai-miit").get("/api/per-mu-evaluations?creditCode=" + code).json()).hasSize(2);

    at("2025-04-08");
    String liaocheng = enterprise("liaocheng-miit", "371500", "CHEMICALS");
    Http.Response c = evaluate("liaocheng-miit", liaocheng, 2024, "C");
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    startMeasures();
    assertThat(measures("liaocheng-miit", c.json().get("evaluationNumber").asText()))
        .extracting(m -> m.get("measure").asText() + "@" + m.get("departmentGroup").asText() + ":" + m.get("legalBasis").asText().contains("聊城"))
        .containsExactly("PRICE_TIERS@ndrc-371500:true");
  }

  private Http.Response startForm(String officer, String key, Map<String, Object> fields) {
    Map<String, Object> typed = new LinkedHashMap<>();
    fields.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Long ? "Long" : "String")));
    return http().as(officer).post("/engine-rest/process-definition/key/" + key + "/submit-form", Map.of("variables", typed));
  }

  /**
   * The same acts from Tasklist's start forms: the environment department rates, the industry department grades, and
   * the lead department repairs a record, each refused with the field or the reason, in the enterprise's tenant.
   */
  @Test
  void officersRateGradeAndRepairFromTasklistStartForms() {
    at("2025-05-06");
    String code = enterprise("liaocheng-eco", "371500", "CHEMICALS");
    Map<String, Object> rating = new LinkedHashMap<>(Map.of("enterpriseCreditCode", code, "ratingYear", 2024L, "colour", "BLACK",
        "ratedOn", today(), "documentNumber", "聊环信〔2025〕21号", "basis", "年内三次超标排放"));
    Http.Response foreign = startForm("liaocheng-eco", "environmental-credit-rating", Map.of("enterpriseCreditCode", code,
        "ratingYear", 2024L, "colour", "BLACK", "ratedOn", today(), "documentNumber", "x", "basis", "x", "jurisdictionCode", "371000"));
    assertThat(foreign.status()).as("a field the form does not declare").isEqualTo(400);
    assertThat(startForm("liaocheng-miit", "environmental-credit-rating", rating).status()).as("not the environment department")
        .isEqualTo(403);
    Http.Response rated = startForm("liaocheng-eco", "environmental-credit-rating", rating);
    assertThat(rated.status()).as(rated.body()).isEqualTo(200);
    String ratingNumber = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(rated.json().get("id").asText()).variableName("ratingNumber").singleResult().getValue();
    startMeasures();
    assertThat(measures("liaocheng-eco", ratingNumber)).extracting(m -> m.get("departmentGroup").asText())
        .contains("eco-371500", "pboc-370000", "finance-370000", "ndrc-371500");

    Http.Response graded = startForm("liaocheng-miit", "per-mu-evaluation", Map.of("enterpriseCreditCode", code, "evaluationYear", 2024L,
        "grade", "D", "taxPerMu", "1.5", "evaluatedOn", today(), "documentNumber", "聊工信〔2025〕9号"));
    assertThat(graded.status()).as(graded.body()).isEqualTo(200);
    Http.Response badGrade = startForm("liaocheng-miit", "per-mu-evaluation", Map.of("enterpriseCreditCode", code,
        "evaluationYear", 2025L, "grade", "Z", "evaluatedOn", today(), "documentNumber", "聊工信〔2025〕10号"));
    assertThat(badGrade.status()).isEqualTo(400);
    assertThat(badGrade.body()).contains("grade");
    assertThat(http().as("liaocheng-miit").get("/api/per-mu-evaluations?creditCode=" + code).json().get(0).get("grade").asText())
        .isEqualTo("D");

    Http.Response noRecord = startForm("liaocheng-miit", "repair-credit-record", Map.of("enterpriseCreditCode", code,
        "caseNumber", "ZG-371500-2025-9999", "repairDate", today(), "repairDocument", "聊工信修〔2025〕1号", "repairReason", "已纠正"));
    assertThat(noRecord.status()).isEqualTo(404);
    assertThat(noRecord.body()).contains("没有编号为ZG-371500-2025-9999的未修复信用记录");
  }
}
