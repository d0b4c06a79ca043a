package cn.capacityexit.rectification;

import cn.capacityexit.calendar.Deadlines;
import static cn.capacityexit.rectification.RectificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.CreditPlatformDouble;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rectification-to-closure with the real rules, tables and decision: started through /api/cases
 * or the Tasklist start form, worked by the officers of each jurisdiction through the engine REST
 * API, time moved with the engine clock.
 */
class RectificationIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void creditPlatformAnswers() {
    CreditPlatformDouble.get().answer(200);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A fresh enterprise with one line, registered by an officer of the jurisdiction. */
  private String enterprise(String officer, String jurisdiction, String sector) {
    String first17 = "91" + jurisdiction + String.format("%09d", 770000000 + SEQUENCE.incrementAndGet() * 13);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http http = http().as(officer);
    assertThat(http.post("/api/enterprises", Map.of("creditCode", code, "name", "测试" + sector + "企业" + SEQUENCE.get(),
        "jurisdiction", jurisdiction, "sector", sector)).status()).isEqualTo(201);
    assertThat(http.post("/api/enterprises/" + code + "/production-lines", Map.of("name", "1号生产线", "equipmentType", "测试装置",
        "capacity", 30, "capacityUnit", "万吨/年")).status()).isEqualTo(201);
    return code;
  }

  private JsonNode open(String officer, String code, String dimension, String severity, LocalDate findingDate) {
    Map<String, Object> body = new HashMap<>();
    body.put("enterpriseCreditCode", code);
    body.put("dimension", dimension);
    body.put("severity", severity);
    body.put("findingDate", findingDate.toString());
    body.put("description", dimension + "检查发现不达标");
    Http.Response r = http().as(officer).post("/api/cases", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private Task task(String caseNumber, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
  }

  /** Completes a task as the officer would in Tasklist, through the engine REST API. */
  private Http.Response completeAs(String officer, Task task, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String")));
    return http().as(officer).post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", typed));
  }

  private void completeOk(String officer, Task task, Map<String, Object> variables) {
    Http.Response r = completeAs(officer, task, variables);
    assertThat(r.status()).as(r.body()).isEqualTo(204);
  }

  private Job timer(String caseNumber, String activity) {
    String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(KEY).singleResult().getId();
    return engine.getManagementService().createJobQuery().processInstanceId(pi).activityId(activity).singleResult();
  }

  private JsonNode caseOf(String officer, String caseNumber) {
    return http().as(officer).get("/api/cases/" + caseNumber).json().get("case");
  }

  private List<String> listed(String colour, String jurisdiction) {
    List<String> codes = new ArrayList<>();
    http().get("/api/public/lists/" + colour + "?jurisdiction=" + jurisdiction).json().forEach(e -> codes.add(e.get("creditCode").asText()));
    return codes;
  }

  /** The notice's fields, served today (by the engine clock). */
  /** The notice's contents as the officer writes them (the system numbers and generates the document). */
  private static Map<String, Object> notice() {
    return Map.of("rectificationRequirements", "6个月内达到能耗限额标准");
  }

  /**
   * Issue 18: the notice is generated from the record when its contents are completed, then served: the officer
   * records the method, the date (not before the document's date, not after today) and the seal.
   */
  private void serve(String officer, String number, String servedOn) {
    completeOk(officer, task(number, TASK_RECORD_NOTICE_SERVICE), Map.of(SERVICE_METHOD, "DIRECT", SERVED_ON, servedOn, SEAL, "INK"));
  }

  private void issueAndServe(String officer, String number) {
    completeOk(officer, task(number, TASK_ISSUE_NOTICE), notice());
    serve(officer, number, today());
  }

  private static String today() {
    return Deadlines.dayOf(ClockUtil.getCurrentTime().toInstant()).toString();
  }

  /** Sets the engine clock (and the product's) to 10:00 China time of a day. */
  private static void at(String day) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(day).atTime(10, 0).atZone(Deadlines.CHINA).toInstant()));
  }

  /**
   * The procedure before a closure or revocation (行政处罚法第四十四条、第四十五条、第六十三条、第六十四条): the lead
   * department's proposal, the rights notice served today, the enterprise's statement, and the hearing when asked for.
   */
  private void penaltyProcedure(String officer, String number, boolean hearing) {
    assertThat(caseOf(officer, number).get("state").asText()).isEqualTo("CLOSURE_PROPOSED");
    completeOk(officer, task(number, TASK_PROPOSE_CLOSURE), Map.of(CLOSURE_PROPOSAL, "经复查仍未达标，依法提出关停意见"));
    completeOk(officer, task(number, TASK_NOTIFY_RIGHTS), Map.of(SERVICE_METHOD, "DIRECT", RIGHTS_SERVED_ON, today()));
    Map<String, Object> statement = new HashMap<>(Map.of(STATEMENT, "企业称正在改造", HEARING_REQUESTED, hearing));
    if (hearing) {
      statement.put(HEARING_REQUESTED_ON, today());
    }
    completeOk(officer, task(number, TASK_HEAR_STATEMENT), statement);
    if (hearing) {
      LocalDate notified = LocalDate.parse(today());
      completeOk(officer, task(number, TASK_NOTIFY_HEARING), Map.of(HEARING_DATE, notified.plusDays(7).toString(), HEARING_TIME, "9:30",
          HEARING_PLACE, "三楼听证室", HEARING_HOST, "法制科科长", HEARING_PUBLIC, true));
      at(notified.plusDays(8).toString());
      completeOk(officer, task(number, TASK_HOLD_HEARING), Map.of(SERVICE_METHOD, "DIRECT", HEARING_NOTICE_DATE, notified.toString(),
          HEARING_DATE, notified.plusDays(7).toString(), HEARING_ATTENDEES, "企业法定代表人、调查人员", PARTY_STATEMENT, "企业称正在改造",
          HEARING_CONCLUSION, "事实清楚，证据充分"));
    }
  }

  /** The closure decision served today (issue 18: it binds the enterprise from service). */
  private void serveDecision(String officer, String number) {
    completeOk(officer, task(number, TASK_RECORD_DECISION_SERVICE), Map.of(SERVICE_METHOD, "DIRECT", SERVED_ON, today(), SEAL, "INK"));
  }

  @Test
  void shandongEnergyFindingIsDueSixMonthsLaterAtEndOfDayChinaTimeAndTheOneExtensionMovesIt() {
    at("2022-03-15");
    String code = enterprise("weihai-miit", "371000", "CEMENT");
    JsonNode c = open("weihai-miit", code, "ENERGY", "NORMAL", LocalDate.parse("2022-03-15"));
    String number = c.get("caseNumber").asText();
    assertThat(number).matches("ZG-371000-2022-\\d{4}");
    assertThat(c.get("rectificationPeriod").asText()).isEqualTo("P6M");
    assertThat(c.get("legalBasis").asText()).contains("威工信字〔2021〕63号");

    Task notice = task(number, TASK_ISSUE_NOTICE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(notice.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("miit-371000"));
    assertThat(notice.getDueDate()).isNotNull();
    completeOk("weihai-miit", notice, notice());
    serve("weihai-miit", number, "2022-03-15");

    assertThat(timer(number, TIMER_DEADLINE).getDuedate().toInstant()).isEqualTo(Instant.parse("2022-09-15T15:59:59Z"));
    assertThat(caseOf("weihai-miit", number).get("deadline").asText()).isEqualTo("2022-09-15");
    assertThat(listed("yellow", "371000")).contains(code);
    assertThat(http().get("/api/public/lists/yellow?jurisdiction=371000").json()).anySatisfy(e -> {
      assertThat(e.get("creditCode").asText()).isEqualTo(code);
      assertThat(e.get("deadline").asText()).isEqualTo("2022-09-15");
    });

    Http weihai = http().as("weihai-miit");
    Http.Response tooLong = weihai.post("/api/cases/" + number + "/extension-request", Map.of("months", 4, "reason", "设备改造周期长"));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("months");
    assertThat(tooLong.json().get("errors").get(0).get("reason").asText()).contains("不得超过3个月");
    assertThat(caseOf("weihai-miit", number).get("extensionMonths").isNull()).as("nothing recorded").isTrue();
    assertThat(task(number, TASK_DECIDE_EXTENSION)).isNull();

    assertThat(weihai.post("/api/cases/" + number + "/extension-request", Map.of("months", 3, "reason", "设备改造周期长")).status()).isEqualTo(202);
    Task decide = task(number, TASK_DECIDE_EXTENSION);
    completeOk("weihai-miit", decide, Map.of(EXTENSION_GRANTED, true, EXTENSION_COMMENT, "同意延期3个月"));
    assertThat(timer(number, TIMER_DEADLINE).getDuedate().toInstant()).isEqualTo(Instant.parse("2022-12-15T15:59:59Z"));
    assertThat(caseOf("weihai-miit", number).get("deadline").asText()).isEqualTo("2022-12-15");

    Http.Response second = weihai.post("/api/cases/" + number + "/extension-request", Map.of("months", 1, "reason", "再次申请"));
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.json().get("errors").get(0).get("reason").asText()).contains("只能延期一次");
    assertThat(timer(number, TIMER_DEADLINE).getDuedate().toInstant()).isEqualTo(Instant.parse("2022-12-15T15:59:59Z"));
  }

  /**
   * 鲁工信产〔2022〕124号 二(一)2 and 济宁方案 二(一) (逾期未整改或经整改仍未达标的，依法关停退出); 节约能源法第七十二条
   * (the department proposes, the government of the same level decides): issue 13, items 1 and 2. An energy
   * closure exits the lines of the case; the enterprise stays open and may have other cases.
   */
  @Test
  void anOverdueEnergyCaseIsClosedByTheGovernmentAfterTheRightsNoticeAndExitsTheLineNotTheEnterprise() {
    at("2025-01-10");
    String code = enterprise("jining-miit", "370800", "COKING");
    LocalDate found = LocalDate.parse("2025-01-10");
    String number = open("jining-miit", code, "ENERGY", "NORMAL", found).get("caseNumber").asText();
    issueAndServe("jining-miit", number);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-07-11T00:00:00Z")));
    engine.getManagementService().executeJob(timer(number, TIMER_DEADLINE).getId());
    JsonNode c = caseOf("jining-miit", number);
    assertThat(c.get("overdue").asBoolean()).isTrue();
    assertThat(c.get("state").asText()).isEqualTo("REINSPECTION");
    assertThat(http().as("jining-miit").get("/api/cases?overdue=true&size=200").json().get("items"))
        .anySatisfy(i -> assertThat(i.get("caseNumber").asText()).isEqualTo(number));

    completeOk("jining-miit", task(number, TASK_REINSPECT), Map.of(REINSPECTION_RESULT, "FAILED", REINSPECTION_FINDINGS, "仍超过能耗限额"));
    assertThat(task(number, TASK_ISSUE_CLOSURE_ORDER)).as("no closure order before the procedure").isNull();
    penaltyProcedure("jining-miit", number, false);
    Task approve = task(number, TASK_APPROVE_CLOSURE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(approve.getId())).as("the government of the same level decides")
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("gov-370800"));
    JsonNode onTheTask = http().as("jining-gov").get("/api/tasks/" + approve.getId() + "/case-history").json();
    assertThat(onTheTask.get("history")).as("issue 14: the case's history on every task, and who holds it now")
        .anySatisfy(h -> assertThat(h.get("what").asText()).isEqualTo("完成任务：提出关停意见"))
        .anySatisfy(h -> assertThat(h.get("detail").asText()).contains("由济宁市人民政府办理"));
    assertThat(onTheTask.get("names").get("jining-miit").asText()).contains("济宁市工业和信息化局");
    assertThat(http().as("weihai-miit").get("/api/tasks/" + approve.getId() + "/case-history").status()).isEqualTo(403);
    assertThat(http().as("jining-gov").get("/api/tasks/no-such-task/case-history").status()).isEqualTo(404);
    completeOk("jining-gov", approve, Map.of(APPROVAL_DECISION, APPROVED, APPROVAL_COMMENT, "同意关停"));
    Http.Response pastDeadline = completeAs("jining-miit", task(number, TASK_ISSUE_CLOSURE_ORDER),
        Map.of(EXIT_DEADLINE, "2020-12-31"));
    assertThat(pastDeadline.status()).as("issue 13, item 5: no exit deadline in the past").isEqualTo(400);
    assertThat(pastDeadline.body()).contains("exitDeadline");
    completeOk("jining-miit", task(number, TASK_ISSUE_CLOSURE_ORDER), Map.of(EXIT_DEADLINE, "2025-08-31"));
    serveDecision("jining-miit", number);
    assertThat(listed("red", "370800")).contains(code);
    assertThat(listed("yellow", "370800")).doesNotContain(code);

    Task licence = task(number, TASK_REVOKE_LICENCE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(licence.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("samr-370800"));
    // Another department of Jining may read the task (README, "Who may read and work a task"), never work it.
    assertThat(completeAs("jining-energy", licence, Map.of(LICENCE_OUTCOME, "REQUESTED")).status()).isEqualTo(403);
    assertThat(completeAs("jining-samr", licence, Map.of(LICENCE_OUTCOME, "REQUESTED")).status())
        .as("a request to the issuer names its letter").isEqualTo(400);
    assertThat(engine.getTaskService().getVariableLocal(licence.getId(), "licenceRequestNumber"))
        .as("issue 18: the lead department's letter to the issuing authority is on the licence task").isEqualTo("济工信函〔2025〕1号");
    JsonNode documents = http().as("jining-miit").get("/api/documents?reference=" + number).json();
    assertThat(documents).as("issue 18: the proposal to the government, its approval, the decision and the letter")
        .anySatisfy(d -> assertThat(d.get("kind").asText() + " " + d.get("issuer").asText()).isEqualTo("CLOSURE_PROPOSAL miit-370800"))
        .anySatisfy(d -> assertThat(d.get("kind").asText() + " " + d.get("number").asText()).isEqualTo("CLOSURE_APPROVAL 济政批〔2025〕1号"))
        .anySatisfy(d -> assertThat(d.get("kind").asText() + " " + d.get("recipient").asText()).isEqualTo("LICENCE_REQUEST 济宁市市场监督管理局"))
        .anySatisfy(d -> assertThat(d.get("kind").asText() + " " + d.get("servedMethod").asText() + " " + d.get("seal").asText())
            .as("the decision served in its own step").isEqualTo("CLOSURE_DECISION DIRECT INK"));
    completeOk("jining-samr", licence, Map.of(LICENCE_OUTCOME, "REQUESTED", LICENCE_DOCUMENT_NUMBER, "济市监函〔2025〕8号"));
    Http.Response future = completeAs("jining-miit", task(number, TASK_CONFIRM_EXIT),
        Map.of(EXIT_CONFIRMED, true, EXIT_DATE, "2025-08-20", "exitEvidence", "现场断电拆除"));
    assertThat(future.status()).as("issue 13, item 5: no exit confirmed in the future").isEqualTo(400);
    at("2025-08-21");
    completeOk("jining-miit", task(number, TASK_CONFIRM_EXIT), Map.of(EXIT_CONFIRMED, true, EXIT_DATE, "2025-08-20", "exitEvidence", "现场断电拆除"));

    c = caseOf("jining-miit", number);
    assertThat(c.get("state").asText()).isEqualTo("CLOSED");
    assertThat(c.get("exitScope").asText()).isEqualTo("LINE");
    assertThat(c.get("lines").get(0).get("status").asText()).isEqualTo("CLOSED");
    assertThat(http().as("jining-miit").get("/api/enterprises/" + code).json().get("closedAt").isNull())
        .as("an energy closure exits the line; the enterprise stays registered and open").isTrue();
    Map<String, Object> exit = jdbc.sql("SELECT method, exit_year, dimension, sector, enterprise_closed FROM ex_capacity_exit WHERE case_number = ?")
        .param(number).query().singleRow();
    assertThat(exit).containsEntry("method", "CLOSED").containsEntry("dimension", "ENERGY").containsEntry("sector", "COKING")
        .containsEntry("enterprise_closed", false);
    assertThat(http().get("/api/public/announcements/" + number).json().get("lineName").asText()).isEqualTo("1号生产线");
    assertThat(http().get("/public/announcements/" + number).body()).contains("1号生产线依法关停退出公告");
    assertThat(((Number) exit.get("exit_year")).intValue()).isEqualTo(2025);
    JsonNode history = http().as("jining-miit").get("/api/cases/" + number).json().get("history");
    assertThat(history).anySatisfy(h -> assertThat(h.get("what").asText()).isEqualTo("完成任务：签发关停决定书"));
    assertThat(history).anySatisfy(h -> assertThat(h.get("actor").asText()).isEqualTo("jining-samr"));
  }

  @Test
  void safetyStopsProductionAtOnceAndAllowsNoExtension() {
    String code = enterprise("yanggu-emergency", "371521", "CHEMICALS");
    String number = open("yanggu-emergency", code, "SAFETY", "NORMAL", LocalDate.now()).get("caseNumber").asText();
    Task order = task(number, TASK_ORDER_SUSPENSION);
    assertThat(engine.getTaskService().getIdentityLinksForTask(order.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("emergency-371521"));
    String reinspection = LocalDate.now().plusDays(40).toString();
    completeOk("yanggu-emergency", order, Map.of("rectificationRequirements", "停产整顿", REINSPECTION_DATE, reinspection));
    serve("yanggu-emergency", number, today());
    JsonNode c = caseOf("yanggu-emergency", number);
    assertThat(c.get("state").asText()).isEqualTo("SUSPENDED");
    assertThat(c.get("deadline").asText()).isEqualTo(reinspection);
    assertThat(c.get("lines").get(0).get("status").asText()).isEqualTo("SUSPENDED");
    Http.Response extension = http().as("yanggu-emergency").post("/api/cases/" + number + "/extension-request", Map.of("months", 1, "reason", "申请"));
    assertThat(extension.status()).isEqualTo(400);
    assertThat(extension.json().get("errors").get(0).get("reason").asText()).contains("不允许延期");
  }

  /**
   * 环境保护法第六十条 and 威工信字〔2021〕63号 三(二) (责令采取限制生产、停产整治等措施): the officer chooses the
   * measure in the notice, 停产整治 stops the lines, and the re-inspection date is the officer's where no period exists.
   */
  @Test
  void anEnvironmentalNoticeChoosesRestrictionOrSuspensionAndSuspensionStopsTheLines() {
    String code = enterprise("weihai-eco", "371000", "CHEMICALS");
    String number = open("weihai-eco", code, "ENVIRONMENT", "NORMAL", LocalDate.now()).get("caseNumber").asText();
    Task notice = task(number, TASK_ISSUE_NOTICE);
    Http.Response withoutDate = completeAs("weihai-eco", notice, notice());
    assertThat(withoutDate.status()).as("no statutory period: the officer must set the re-inspection date").isEqualTo(400);
    Http.Response withoutMeasure = completeAs("weihai-eco", notice, Map.of(
        "rectificationRequirements", "停产整治", REINSPECTION_DATE, LocalDate.now().plusDays(30).toString()));
    assertThat(withoutMeasure.status()).isEqualTo(400);
    assertThat(withoutMeasure.body()).contains("interimMeasure");
    assertThat(task(number, TASK_ISSUE_NOTICE)).isNotNull();
    completeOk("weihai-eco", notice, Map.of("rectificationRequirements", "停产整治",
        REINSPECTION_DATE, LocalDate.now().plusDays(30).toString(), INTERIM_MEASURE, "SUSPEND"));
    serve("weihai-eco", number, today());
    JsonNode c = caseOf("weihai-eco", number);
    assertThat(c.get("state").asText()).isEqualTo("SUSPENDED");
    assertThat(c.get("interimMeasure").asText()).isEqualTo("SUSPEND");
    assertThat(c.get("lines").get(0).get("status").asText()).isEqualTo("SUSPENDED");
  }

  /**
   * Issue 13, item 4: 环境保护法第六十条 and 威工信字〔2021〕63号 三(二) (情节严重的，报经有批准权的地方政府批准，责令停业、
   * 关闭): a serious case goes to the closure procedure at once, the government may send it back, and the
   * closure closes the enterprise (停业、关闭).
   */
  @Test
  void aSeriousEnvironmentalViolationGoesStraightToTheApprovingGovernmentWhichMaySendItBack() {
    String code = enterprise("weihai-eco", "371000", "CHEMICALS");
    String number = open("weihai-eco", code, "ENVIRONMENT", "SERIOUS", LocalDate.now()).get("caseNumber").asText();
    assertThat(task(number, TASK_ISSUE_NOTICE)).as("no rectification first").isNull();
    assertThat(caseOf("weihai-eco", number).get("state").asText()).isEqualTo("REGISTERED");
    completeOk("weihai-eco", task(number, TASK_PROPOSE_CLOSURE), Map.of(CLOSURE_PROPOSAL, "超标排放，情节严重"));
    completeOk("weihai-eco", task(number, TASK_NOTIFY_RIGHTS), Map.of(SERVICE_METHOD, "DIRECT", RIGHTS_SERVED_ON, today()));
    Http.Response late = completeAs("weihai-eco", task(number, TASK_HEAR_STATEMENT), Map.of(STATEMENT, "要求听证", HEARING_REQUESTED, true,
        HEARING_REQUESTED_ON, LocalDate.parse(today()).plusDays(6).toString()));
    assertThat(late.status()).as("行政处罚法第六十四条: a hearing is asked for within five days").isEqualTo(400);
    completeOk("weihai-eco", task(number, TASK_HEAR_STATEMENT), Map.of(STATEMENT, "企业无异议", HEARING_REQUESTED, false));

    Task approve = task(number, TASK_APPROVE_CLOSURE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(approve.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("gov-371000"));
    assertThat(caseOf("weihai-eco", number).get("state").asText()).isEqualTo("AWAITING_APPROVAL");
    completeOk("weihai-gov", approve, Map.of(APPROVAL_DECISION, REFUSED, APPROVAL_COMMENT, "请补充监测报告"));
    assertThat(task(number, TASK_REINSPECT)).isNotNull();
    completeOk("weihai-eco", task(number, TASK_REINSPECT), Map.of(REINSPECTION_RESULT, "FAILED", REINSPECTION_FINDINGS, "监测报告附后，仍超标"));
    penaltyProcedure("weihai-eco", number, false);
    completeOk("weihai-gov", task(number, TASK_APPROVE_CLOSURE), Map.of(APPROVAL_DECISION, APPROVED, APPROVAL_COMMENT, "同意责令关闭"));
    completeOk("weihai-eco", task(number, TASK_ISSUE_CLOSURE_ORDER), Map.of(EXIT_DEADLINE, LocalDate.parse(today()).plusDays(30).toString()));
    serveDecision("weihai-eco", number);
    engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(TASK_REVOKE_LICENCE).list()
        .forEach(t -> completeOk("weihai-samr", t, Map.of(LICENCE_OUTCOME, "NONE")));
    completeOk("weihai-eco", task(number, TASK_CONFIRM_EXIT), Map.of(EXIT_CONFIRMED, true, EXIT_DATE, today(), "exitEvidence", "已停业"));
    assertThat(caseOf("weihai-eco", number).get("exitScope").asText()).isEqualTo("ENTERPRISE");
    assertThat(http().as("weihai-eco").get("/api/enterprises/" + code).json().get("closedAt").isNull())
        .as("停业、关闭 closes the enterprise").isFalse();
    assertThat(http().as("weihai-eco").get("/api/cases/" + number).json().get("history"))
        .anySatisfy(h -> assertThat(h.get("detail").asText()).isEqualTo("请补充监测报告"))
        .anySatisfy(h -> assertThat(h.get("what").asText()).isEqualTo("告知陈述申辩和听证权利"));
  }

  /**
   * Issue 13, items 1 and 6: 济宁方案 二(三) (依法查处并责令停产整改…报有批准权的人民政府依法关停退出) stops production,
   * a county's case is decided by the city's government (the policy's approval level), and a quality closure
   * asks no licence cancellation (济宁 三(七), 威海 三(三) limit it to equipment, environment and energy closures).
   */
  @Test
  void aQualityCaseStopsProductionAndACountysClosureIsDecidedByTheCityWithoutLicenceCancellation() {
    String code = enterprise("yanggu-samr", "371521", "CEMENT");
    String number = open("yanggu-samr", code, "QUALITY", "NORMAL", LocalDate.now()).get("caseNumber").asText();
    issueAndServe("yanggu-samr", number);
    JsonNode c = caseOf("yanggu-samr", number);
    assertThat(c.get("state").asText()).isEqualTo("SUSPENDED");
    assertThat(c.get("lines").get(0).get("status").asText()).isEqualTo("SUSPENDED");
    http().as("yanggu-samr").post("/api/cases/" + number + "/rectification-report", Map.of());
    completeOk("yanggu-samr", task(number, TASK_REINSPECT), Map.of(REINSPECTION_RESULT, "FAILED", REINSPECTION_FINDINGS, "抽检仍不合格"));
    penaltyProcedure("yanggu-samr", number, true);
    Task approve = task(number, TASK_APPROVE_CLOSURE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(approve.getId())).as("有批准权的人民政府: the city for a county's case")
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("gov-371500"));
    completeOk("liaocheng-gov", approve, Map.of(APPROVAL_DECISION, APPROVED, APPROVAL_COMMENT, "同意"));
    completeOk("yanggu-samr", task(number, TASK_ISSUE_CLOSURE_ORDER), Map.of(EXIT_DEADLINE, LocalDate.parse(today()).plusDays(30).toString()));
    serveDecision("yanggu-samr", number);
    assertThat(task(number, TASK_REVOKE_LICENCE)).as("no licence cancellation for a quality closure").isNull();
    assertThat(http().as("yanggu-samr").get("/api/cases/" + number).json().get("history"))
        .anySatisfy(h -> assertThat(h.get("what").asText()).isEqualTo("举行听证"));
    JsonNode documents = http().as("yanggu-samr").get("/api/documents?reference=" + number).json();
    assertThat(documents).as("issue 18: the hearing notice, served; the record; the city government's approval")
        .anySatisfy(d -> assertThat(d.get("kind").asText() + " " + d.get("servedMethod").asText()).isEqualTo("HEARING_NOTICE DIRECT"))
        .anySatisfy(d -> assertThat(d.get("kind").asText() + " " + d.get("title").asText()).isEqualTo("HEARING_RECORD 听证笔录"))
        .anySatisfy(d -> assertThat(d.get("kind").asText() + " " + d.get("issuer").asText()).isEqualTo("CLOSURE_APPROVAL gov-371500"));
  }

  /**
   * Issue 13, item 4 (济宁方案 二(二): 造成固体废物严重污染环境的，采取限期治理；逾期未完成治理任务的，报经有批准权的人民政府
   * 批准，责令停业、关闭): the order sets the treatment deadline, no six months and no extension.
   */
  @Test
  void jiningSolidWasteIsTreatedWithinTheDeadlineTheOrderSetsWithoutExtension() {
    String code = enterprise("jining-eco", "370800", "CHEMICALS");
    Map<String, Object> body = new HashMap<>(Map.of("enterpriseCreditCode", code, "dimension", "ENVIRONMENT",
        "description", "危险废物露天堆放，严重污染环境", "violation", "SOLID_WASTE"));
    Http.Response opened = http().as("jining-eco").post("/api/cases", body);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonNode c = opened.json();
    String number = c.get("caseNumber").asText();
    assertThat(c.get("firstMeasure").asText()).isEqualTo("TREAT_WITHIN_DEADLINE");
    assertThat(c.get("rectificationPeriod").isNull()).isTrue();
    assertThat(c.get("legalBasis").asText()).contains("固体废物污染环境防治法").contains("二(二)");
    String treatedBy = LocalDate.parse(today()).plusDays(45).toString();
    completeOk("jining-eco", task(number, TASK_ISSUE_NOTICE), Map.of(
        "rectificationRequirements", "45日内完成固体废物清理处置", REINSPECTION_DATE, treatedBy));
    serve("jining-eco", number, today());
    assertThat(caseOf("jining-eco", number).get("deadline").asText()).isEqualTo(treatedBy);
    Http.Response extension = http().as("jining-eco").post("/api/cases/" + number + "/extension-request", Map.of("months", 1, "reason", "申请"));
    assertThat(extension.status()).isEqualTo(400);
    body.put("dimension", "ENERGY");
    assertThat(http().as("jining-eco").post("/api/cases", body).status()).as("solid waste is an environmental violation").isEqualTo(400);
  }

  /**
   * Guangdong 二(三)3 (构成犯罪的，移送公安机关), issue 15: a Foshan quality case transferred by the State Council's
   * transfer rules, the head approving, the letter with its materials and receipt, the police decision; the case goes on.
   */
  @Test
  void anOfficerTransfersASuspectedCrimeToThePoliceAndTheCaseGoesOn() {
    String code = enterprise("foshan-samr", "440600", "CEMENT");
    String number = open("foshan-samr", code, "QUALITY", "NORMAL", LocalDate.now()).get("caseNumber").asText();
    assertThat(http().as("jining-samr").post("/api/cases/" + number + "/police-transfer", Map.of()).status()).isEqualTo(403);
    assertThat(http().as("foshan-samr").post("/api/cases/" + number + "/police-transfer", Map.of()).status()).isEqualTo(202);
    // 《行政执法机关移送涉嫌犯罪案件的规定》第五条: the head of the department decides within three days.
    Task approval = task(number, TASK_APPROVE_TRANSFER);
    assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId())).extracting(l -> l.getGroupId())
        .containsExactly("samr-440600-head");
    assertThat(completeAs("foshan-samr", approval, Map.of(TRANSFER_DECISION, "APPROVED", TRANSFER_COMMENT, "同意")).status())
        .as("only the head decides").isEqualTo(403);
    completeOk("foshan-samr-head", approval, Map.of(TRANSFER_DECISION, "APPROVED", TRANSFER_COMMENT, "同意移送"));
    Task transfer = task(number, TASK_TRANSFER_TO_POLICE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(transfer.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("samr-440600"));
    Map<String, Object> letter = new java.util.HashMap<>(Map.of(TRANSFER_NUMBER, "佛市监移〔2025〕1号", TRANSFER_DATE, today(),
        POLICE_AGENCY, "佛山市公安局", TRANSFER_REASON, "生产不合格产品，货值金额较大，涉嫌犯罪", MATERIALS_INVESTIGATION_REPORT, false,
        MATERIALS_TEST_REPORT, true, POLICE_RECEIPT_ON, today()));
    Http.Response withoutReport = completeAs("foshan-samr", transfer, letter);
    assertThat(withoutReport.status()).isEqualTo(400);
    assertThat(withoutReport.body()).contains(MATERIALS_INVESTIGATION_REPORT, "调查报告");
    letter.put(MATERIALS_INVESTIGATION_REPORT, true);
    completeOk("foshan-samr", transfer, letter);
    completeOk("foshan-samr", task(number, TASK_RECORD_POLICE_DECISION), Map.of(POLICE_DECISION, "NOT_FILED",
        POLICE_NOTICE_NUMBER, "佛公（经）不立字〔2025〕3号", POLICE_DECISION_ON, today(), POLICE_FOLLOW_UP, "RECONSIDERATION"));
    assertThat(task(number, TASK_ISSUE_NOTICE)).as("the case goes on").isNotNull();
    assertThat(http().as("foshan-samr").get("/api/cases/" + number).json().get("history"))
        .anySatisfy(h -> assertThat(h.get("what").asText()).isEqualTo("批准移送涉嫌犯罪案件"))
        .anySatisfy(h -> assertThat(h.get("what").asText()).isEqualTo("移送公安机关"))
        .anySatisfy(h -> assertThat(h.get("detail").asText()).contains("公安机关决定不予立案，提请公安机关复议"));
  }

  @Test
  void theEnergyBureauLeadsEnergyCasesOfCoalAndPowerEnterprisesInJining() {
    String power = enterprise("jining-energy", "370800", "POWER");
    String number = open("jining-energy", power, "ENERGY", "NORMAL", LocalDate.now()).get("caseNumber").asText();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(number, TASK_ISSUE_NOTICE).getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("energy-370800"));
    String cement = enterprise("jining-miit", "370800", "CEMENT");
    String other = open("jining-miit", cement, "ENERGY", "NORMAL", LocalDate.now()).get("caseNumber").asText();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(other, TASK_ISSUE_NOTICE).getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("miit-370800"));
  }

  @Test
  void messagesForUnknownCasesGet404AndForCasesNotWaitingGet409() {
    Http jining = http().as("jining-miit");
    assertThat(jining.post("/api/cases/ZG-370800-2099-9999/rectification-report", Map.of()).status()).isEqualTo(404);
    assertThat(jining.post("/api/cases/ZG-370800-2099-9999/extension-request", Map.of("months", 1, "reason", "x")).status()).isEqualTo(404);
    String code = enterprise("jining-miit", "370800", "STEEL");
    String number = open("jining-miit", code, "ENERGY", "NORMAL", LocalDate.now()).get("caseNumber").asText();
    assertThat(jining.post("/api/cases/" + number + "/rectification-report", Map.of()).status()).as("notice not issued yet").isEqualTo(409);
    assertThat(http().as("weihai-miit").post("/api/cases/" + number + "/rectification-report", Map.of()).status()).isEqualTo(403);
    assertThat(http().as("weihai-miit").get("/api/cases/" + number).status()).isEqualTo(403);
  }

  @Test
  void badFindingsAreRefusedWithTheFieldAndNoCaseIsOpened() {
    Http jining = http().as("jining-miit");
    long before = jdbc.sql("SELECT COUNT(*) FROM rc_case").query(Long.class).single();
    Http.Response r = jining.post("/api/cases", Map.of("enterpriseCreditCode", "91370800000000000X", "dimension", "NOISE",
        "findingDate", "2099-01-01", "description", ""));
    assertThat(r.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("enterpriseCreditCode", "dimension", "findingDate", "description");
    String weihai = enterprise("weihai-miit", "371000", "STEEL");
    assertThat(jining.post("/api/cases", Map.of("enterpriseCreditCode", weihai, "dimension", "ENERGY", "description", "x")).status()).isEqualTo(403);
    String tech = enterprise("jining-miit", "370800", "STEEL");
    assertThat(jining.post("/api/cases", Map.of("enterpriseCreditCode", tech, "dimension", "ENERGY", "description", "x",
        "productionLineIds", List.of(999999))).status()).isEqualTo(400);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM rc_case").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void anOfficerRegistersAFindingWithTheTasklistStartFormInTheEnterprisesJurisdiction() {
    String code = enterprise("jining-energy", "370800", "POWER");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("enterpriseCreditCode", Map.of("value", code.toLowerCase(), "type", "String"));
    variables.put("dimension", Map.of("value", "ENERGY", "type", "String"));
    variables.put("severity", Map.of("value", "NORMAL", "type", "String"));
    variables.put("findingDate", Map.of("value", LocalDate.now().toString(), "type", "String"));
    variables.put("description", Map.of("value", "供电煤耗超标", "type", "String"));
    Http.Response started = http().as("jining-energy").post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
        Map.of("variables", variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().get("tenantId").asText()).isEqualTo("370800");
    String number = started.json().get("businessKey").asText();
    assertThat(number).startsWith("ZG-370800-");
    assertThat(caseOf("jining-energy", number).get("createdBy").asText()).isEqualTo("jining-energy");

    String weihai = enterprise("weihai-miit", "371000", "POWER");
    variables.put("enterpriseCreditCode", Map.of("value", weihai, "type", "String"));
    Http.Response refused = http().as("jining-energy").post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
        Map.of("variables", variables));
    assertThat(refused.status()).isGreaterThanOrEqualTo(400);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM rc_case WHERE credit_code = ?").param(weihai).query(Long.class).single()).isZero();
  }

  @Test
  void aCreditRecordIsWrittenOnceEvenWhenItsJobRunsAgainAndAFailedPushBecomesAnIncident() {
    String code = enterprise("jining-miit", "370800", "STEEL");
    String number = open("jining-miit", code, "ENERGY", "NORMAL", LocalDate.now()).get("caseNumber").asText();
    issueAndServe("jining-miit", number);
    http().as("jining-miit").post("/api/cases/" + number + "/rectification-report", Map.of());
    completeOk("jining-miit", task(number, TASK_REINSPECT), Map.of(REINSPECTION_RESULT, "FAILED", REINSPECTION_FINDINGS, "仍不达标"));
    penaltyProcedure("jining-miit", number, false);
    completeOk("jining-gov", task(number, TASK_APPROVE_CLOSURE), Map.of(APPROVAL_DECISION, APPROVED, APPROVAL_COMMENT, "同意"));
    LocalDate exitBy = LocalDate.now().plusDays(20);
    completeOk("jining-miit", task(number, TASK_ISSUE_CLOSURE_ORDER), Map.of(EXIT_DEADLINE, exitBy.toString()));
    serveDecision("jining-miit", number);
    assertThat(timer(number, TIMER_EXIT_DEADLINE).getDuedate().toInstant()).isEqualTo(Deadlines.endOfDay(exitBy));

    CreditPlatformDouble.get().answer(503);
    ClockUtil.setCurrentTime(Date.from(Deadlines.endOfDay(exitBy).plusSeconds(60)));
    engine.getManagementService().executeJob(timer(number, TIMER_EXIT_DEADLINE).getId());
    engine.getManagementService().executeJob(timer(number, TASK_RECORD_CREDIT).getId());
    String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).processDefinitionKey(KEY)
        .singleResult().getId();
    // The step runs again, as a retried job would: still one record.
    engine.getRuntimeService().createProcessInstanceModification(pi).startBeforeActivity(TASK_RECORD_CREDIT).execute();
    engine.getManagementService().createJobQuery().processInstanceId(pi).activityId(TASK_RECORD_CREDIT).list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM cr_credit_record WHERE case_number = ?").param(number).query(Long.class).single()).isEqualTo(1);

    for (Job push : engine.getManagementService().createJobQuery().processInstanceId(pi).activityId(TASK_PUSH_CREDIT).list()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        try {
          engine.getManagementService().executeJob(push.getId());
        } catch (RuntimeException expected) {
          // the platform answers 503: the job keeps its retries until none are left
        }
      }
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).activityId(TASK_PUSH_CREDIT).count()).isPositive();
    JsonNode records = http().as("jining-miit").get("/api/credit-records?size=200").json().get("items");
    assertThat(records).anySatisfy(r -> {
      assertThat(r.get("caseNumber").asText()).isEqualTo(number);
      assertThat(r.get("platform").asText()).contains("信用中国（山东济宁）");
      assertThat(r.get("domains").asText()).contains("政府采购");
      assertThat(r.get("pushedAt").isNull()).isTrue();
    });
    assertThat(http().as("weihai-miit").get("/api/credit-records?size=200").json().get("items"))
        .noneSatisfy(r -> assertThat(r.get("caseNumber").asText()).isEqualTo(number));

    CreditPlatformDouble.get().answer(200);
    for (var incident : engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).activityId(TASK_PUSH_CREDIT).list()) {
      engine.getManagementService().setJobRetries(incident.getConfiguration(), 1);
      engine.getManagementService().executeJob(incident.getConfiguration());
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertThat(CreditPlatformDouble.get().received().stream().filter(body -> body.contains(number)).count())
        .as("pushed once: the second run finds it pushed").isEqualTo(1);
    assertThat(CreditPlatformDouble.get().received()).anySatisfy(body -> assertThat(body).contains(number));
    assertThat(jdbc.sql("SELECT pushed_at FROM cr_credit_record WHERE case_number = ?").param(number).query().singleValue()).isNotNull();
  }

  @Test
  void anAnalystWhoChangesAPeriodAndRedeploysChangesItForNewCasesAndOfficersCannotDeploy() throws IOException {
    String original;
    try (InputStream in = getClass().getResourceAsStream("/processes/rectification-policy.dmn")) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The Jining energy row for sectors other than coal and power (the third rule): six months become four.
    String jiningRow = "<rule id=\"Rule_rectification_policy_03\">";
    int row = original.indexOf(jiningRow);
    int period = original.indexOf("\"P6M\"", row);
    String changed = original.substring(0, period) + "\"P4M\"" + original.substring(period + 5);
    at("2025-01-10");
    try {
      assertThat(deploy("jining-miit", changed).status()).isEqualTo(403);
      assertThat(deploy("analyst", changed).status()).isEqualTo(200);
      String code = enterprise("jining-miit", "370800", "CEMENT");
      JsonNode c = open("jining-miit", code, "ENERGY", "NORMAL", LocalDate.parse("2025-01-10"));
      assertThat(c.get("rectificationPeriod").asText()).isEqualTo("P4M");
      issueAndServe("jining-miit", c.get("caseNumber").asText());
      assertThat(caseOf("jining-miit", c.get("caseNumber").asText()).get("deadline").asText()).isEqualTo("2025-05-10");
    } finally {
      assertThat(deploy("analyst", original).status()).isEqualTo(200);
    }
    String code = enterprise("jining-miit", "370800", "CEMENT");
    assertThat(open("jining-miit", code, "ENERGY", "NORMAL", LocalDate.parse("2025-01-10")).get("rectificationPeriod").asText()).isEqualTo("P6M");
  }

  private Http.Response deploy(String user, String dmn) {
    String boundary = "----capacityexit" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nrectification-policy\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"rectification-policy.dmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + dmn + "\r\n--" + boundary + "--\r\n";
    return http().as(user).send("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary, body);
  }
}
