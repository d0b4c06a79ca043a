package cn.capacityexit.licences;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 (Weihai 三(三), Jining 三(七): 严厉打击无证生产): unlicensed production found at a licence-holder inspection is
 * investigated under 《工业产品生产许可证管理条例》第四十五条: stop order and seizure, the penalty notice, the decision only
 * after the five days for a hearing request, a fine of one to three times the goods value, and the transfer of a
 * suspected crime; no closure.
 */
class UnlicensedProductionIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  TaskService tasks;

  @Autowired
  ManagementService management;

  @Autowired
  Clock clock;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Http.Response submit(String officer, Task task, Map<String, Object> fields) {
    Map<String, Object> typed = new LinkedHashMap<>();
    fields.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Double ? "Double" : "String")));
    return http().as(officer).post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed));
  }

  private Task task(String instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }

  @Test
  void unlicensedProductionIsStoppedFinedWithinTheRangeAfterTheHearingWindowAndTransferred() {
    String first17 = "91370800" + String.format("%09d", 570000000 + SEQUENCE.incrementAndGet() * 59);
    String code = first17 + CreditCode.checkCharacter(first17);
    assertThat(http().as("jining-samr").post("/api/enterprises", Map.of("creditCode", code, "name", "无证印刷" + SEQUENCE.get(),
        "jurisdiction", "370800", "sector", "PRINTING")).status()).isEqualTo(201);
    LocalDate today = Deadlines.today(clock);
    JsonNode plan = http().as("jining-samr").post("/api/inspection-plans", Map.of("jurisdiction", "370800", "department", "samr",
        "kind", "PRODUCT_LICENCE", "year", today.getYear(), "sectors", List.of("PRINTING"))).json();
    JsonNode draw = http().as("jining-samr").post("/api/inspection-plans/" + plan.get("planNumber").asText() + "/draws",
        Map.of("count", plan.get("coverage").size())).json();
    JsonNode drawn = null;
    for (JsonNode d : draw.get("drawn")) {
      if (d.get("creditCode").asText().equals(code)) {
        drawn = d;
      }
    }
    String inspection = drawn.get("inspectionNumber").asText();
    Task record = tasks.createTaskQuery().processInstanceBusinessKey(inspection).singleResult();
    Http.Response recorded = submit(drawn.get("firstInspector").asText(), record, Map.of("inspectedOn", today.toString(),
        "licenceHeld", "NO", "testResult", "PASS", "testReportNumber", "JN-2026-0815", "observations", "现场生产列入目录的印刷品，未取得生产许可证"));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
    management.createJobQuery().processInstanceId(record.getProcessInstanceId()).executable().list()
        .forEach(j -> management.executeJob(j.getId()));
    JsonNode found = http().as("jining-samr").get("/api/inspections/" + inspection).json();
    assertThat(found.get("route").asText()).isEqualTo("UNLICENSED");
    assertThat(found.get("legalBasis").asText()).contains("工业产品生产许可证管理条例》第四十五条");
    String number = found.get("referredTo").asText();
    assertThat(number).startsWith("WZ-370800-");

    JsonNode opened = http().as("jining-samr").get("/api/unlicensed-cases/" + number).json();
    String instance = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getProcessInstanceId();
    assertThat(opened.get("finding").asText()).contains(inspection, "未取得有效的生产许可证");
    Task stop = task(instance, "Task_OrderStopProduction");
    assertThat(stop.getName()).isEqualTo("责令停止生产");
    assertThat(tasks.getIdentityLinksForTask(stop.getId())).anyMatch(l -> "samr-370800".equals(l.getGroupId()));
    assertThat(submit("jining-samr", stop, Map.of("stopOrderNumber", "济市监责停〔2026〕3号", "stopServedOn", today.toString(),
        "seizedProducts", "印刷品2000件", "goodsValue", 100000.0)).status()).isEqualTo(204);
    Task notice = task(instance, "Task_NotifyPenalty");
    assertThat(submit("jining-samr", notice, Map.of("noticeNumber", "济市监罚告〔2026〕3号", "noticeServedOn", today.toString()))
        .status()).isEqualTo(204);
    assertThat(task(instance, "Task_DecidePenalty")).as("not before the hearing window ends").isNull();
    assertThat(management.createJobQuery().processInstanceId(instance).executable().count()).as("the window is open").isZero();
    // Ten days on (five working days, weekends and holidays not counted, have passed): the window has closed.
    LocalDate noticeDay = today;
    today = today.plusDays(10);
    ClockUtil.setCurrentTime(Date.from(today.atTime(10, 0).atZone(Deadlines.CHINA).toInstant()));
    management.createJobQuery().processInstanceId(instance).executable().list().forEach(j -> management.executeJob(j.getId()));
    Task decide = task(instance, "Task_DecidePenalty");
    Map<String, Object> decision = new LinkedHashMap<>(Map.of("statement", "企业承认未取得许可证生产", "hearingRequested", "NO",
        "penaltyNumber", "济市监罚〔2026〕3号", "penaltyOn", today.toString(), "fine", 400000.0, "suspectedCrime", "YES"));
    Http.Response tooHigh = submit("jining-samr", decide, decision);
    assertThat(tooHigh.status()).isEqualTo(400);
    assertThat(tooHigh.body()).contains("fine", "不得超过违法生产产品货值金额的3倍");
    decision.put("fine", 50000.0);
    assertThat(submit("jining-samr", decide, decision).body()).contains("不得低于违法生产产品货值金额");
    decision.put("fine", 200000.0);
    decision.put("penaltyOn", noticeDay.plusDays(3).toString());
    assertThat(submit("jining-samr", decide, decision).body()).contains("penaltyOn", "第六十四条");
    decision.put("penaltyOn", today.toString());
    decision.put("hearingRequested", "YES");
    assertThat(submit("jining-samr", decide, decision).body()).as("a hearing asked for is held first").contains("hearingOn", "hearingRecord");
    decision.put("hearingRequested", "NO");
    decision.put("penaltyOn", today.toString());
    Http.Response decided = submit("jining-samr", decide, decision);
    assertThat(decided.status()).as(decided.body()).isEqualTo(204);
    Task transfer = task(instance, "Task_TransferUnlicensed");
    assertThat(submit("jining-samr", transfer, Map.of("transferLetter", "济市监移〔2026〕1号", "transferOn", today.toString(),
        "policeReceiptOn", today.toString())).status()).isEqualTo(204);

    JsonNode closed = http().as("jining-samr").get("/api/unlicensed-cases/" + number).json();
    assertThat(closed.get("state").asText()).isEqualTo("TRANSFERRED");
    assertThat(closed.get("fine").decimalValue()).isEqualByComparingTo("200000");
    assertThat(closed.get("goodsValue").decimalValue()).isEqualByComparingTo("100000");
    assertThat(http().get("/api/public/inspections?jurisdiction=370800").body()).contains("无证生产已立案查处（" + number + "）");
    assertThat(http().as("weihai-samr").get("/api/unlicensed-cases/" + number).status()).isEqualTo(403);
  }

  /**
   * Weihai 三(三): an enterprise closed for backward equipment (a serious technology case) has its production licence
   * cancelled at the market regulator's request, as the energy and environment closures do.
   */
  @Test
  void aWeihaiClosureForBackwardEquipmentAsksTheMarketRegulatorToCancelTheProductionLicence() {
    String first17 = "91371000" + String.format("%09d", 570000000 + SEQUENCE.incrementAndGet() * 59);
    String code = first17 + CreditCode.checkCharacter(first17);
    assertThat(http().as("weihai-miit").post("/api/enterprises", Map.of("creditCode", code, "name", "落后装备铸造" + SEQUENCE.get(),
        "jurisdiction", "371000", "sector", "STEEL")).status()).isEqualTo(201);
    Http.Response line = http().as("weihai-miit").post("/api/enterprises/" + code + "/production-lines", Map.of("name", "1号中频炉",
        "equipmentType", "中频感应炉", "specification", "公称容量3吨", "capacity", 2, "capacityUnit", "万吨/年"));
    assertThat(line.status()).as(line.body()).isEqualTo(201);
    String today = Deadlines.today(clock).toString();
    Http.Response opened = http().as("weihai-miit").post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "TECHNOLOGY",
        "severity", "SERIOUS", "findingDate", today, "description", "已封存的中频炉恢复生产地条钢，查实",
        "productionLineIds", List.of(line.json().get("id").asLong())));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String number = opened.json().get("caseNumber").asText();
    String exitDeadline = Deadlines.today(clock).plusDays(30).toString();
    Map<String, Map<String, Object>> answers = Map.of(
        "Task_ProposeClosure", Map.of("closureProposal", "使用明令淘汰设备恢复生产，情节严重，提出关闭意见"),
        "Task_NotifyRights", Map.of("serviceMethod", "DIRECT", "rightsServedOn", today),
        "Task_HearStatement", Map.of("statement", "未陈述申辩", "hearingRequested", false),
        "Task_ApproveClosure", Map.of("approvalDecision", "APPROVED", "approvalComment", "同意关闭"),
        "Task_IssueClosureOrder", Map.of("exitDeadline", exitDeadline),
        "Task_RecordDecisionService", Map.of("serviceMethod", "DIRECT", "servedOn", today, "seal", "INK"));
    for (int round = 0; round < 20; round++) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(number).list().stream()
          .filter(t -> answers.containsKey(t.getTaskDefinitionKey())).toList();
      if (open.isEmpty()) {
        break;
      }
      for (Task t : open) {
        String group = tasks.getIdentityLinksForTask(t.getId()).get(0).getGroupId();
        Map<String, Object> typed = new LinkedHashMap<>();
        answers.get(t.getTaskDefinitionKey()).forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String")));
        Http.Response r = http().as(login(group)).post("/engine-rest/task/" + t.getId() + "/complete", Map.of("variables", typed));
        assertThat(r.status()).as(t.getTaskDefinitionKey() + ": " + r.body()).isEqualTo(204);
      }
    }
    Task licence = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_RevokeLicence").singleResult();
    assertThat(licence).as("open: " + tasks.createTaskQuery().processInstanceBusinessKey(number).list().stream()
        .map(Task::getTaskDefinitionKey).toList()).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(licence.getId())).anyMatch(l -> "samr-371000".equals(l.getGroupId()));
  }

  private static String login(String group) {
    Map<String, String> slugs = Map.of("370000", "shandong", "371000", "weihai");
    String[] parts = group.split("-");
    return slugs.get(parts[1]) + "-" + parts[0] + (parts.length > 2 ? "-" + parts[2] : "");
  }
}
