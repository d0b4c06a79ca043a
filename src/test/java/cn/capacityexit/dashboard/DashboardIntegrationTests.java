package cn.capacityexit.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CapacityExits;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.rectification.RectificationProcess;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The managers' dashboard as the Cockpit plugin reads it: figures computed from cases, eliminations,
 * exits and campaigns made through the product's own API, on a day fixed by the engine clock.
 */
class DashboardIntegrationTests extends IntegrationTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  ProcessEngine engine;
  @Autowired
  CapacityExits exits;

  @BeforeEach
  void fixTheDay() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2025-06-10T10:00:00+08:00").toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A fresh Liaocheng enterprise with one line; returns {credit code, line id}. */
  private String[] enterprise(String sector, double capacity, String unit) {
    String first17 = "91371500" + String.format("%09d", 670000000 + SEQUENCE.incrementAndGet() * 17);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http http = http().as("liaocheng-miit");
    assertThat(http.post("/api/enterprises", Map.of("creditCode", code, "name", "看板测试企业" + SEQUENCE.get(),
        "jurisdiction", "371500", "sector", sector)).status()).isEqualTo(201);
    Http.Response line = http.post("/api/enterprises/" + code + "/production-lines", Map.of("name", "1号线", "equipmentType", "测试装置",
        "capacity", capacity, "capacityUnit", unit));
    assertThat(line.status()).isEqualTo(201);
    return new String[] {code, line.json().get("id").asText()};
  }

  /** Opens an energy case found on the date and issues its notice: the 6-month deadline runs. */
  private String rectifying(String code, LocalDate found) {
    Http.Response r = http().as("liaocheng-miit").post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
        "findingDate", found.toString(), "description", "单位产品能耗超过限额标准"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String number = r.json().get("caseNumber").asText();
    Task notice = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(RectificationProcess.TASK_ISSUE_NOTICE).singleResult();
    // The notice was served on the day of the finding: the period runs from service, so the notice is issued then.
    Date now = ClockUtil.getCurrentTime();
    ClockUtil.setCurrentTime(Date.from(found.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)).toInstant()));
    try {
      engine.getTaskService().complete(notice.getId(), Map.of("rectificationRequirements", "6个月内达到能耗限额标准"));
      Task service = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
          .taskDefinitionKey(RectificationProcess.TASK_RECORD_NOTICE_SERVICE).singleResult();
      engine.getTaskService().complete(service.getId(), Map.of(RectificationProcess.SERVICE_METHOD, "DIRECT",
          RectificationProcess.SERVED_ON, found.toString(), RectificationProcess.SEAL, "INK"));
    } finally {
      ClockUtil.setCurrentTime(now);
    }
    return number;
  }

  private static JsonNode find(JsonNode items, String field, String value) {
    for (JsonNode i : items) {
      if (i.get(field).asText().equals(value)) {
        return i;
      }
    }
    return null;
  }

  @Test
  void aManagerSeesOpenCasesDeadlinesOverdueItemsCapacityAgainstPlanAndMilestones() {
    String[] soon = enterprise("CEMENT", 2000, "吨/日");
    String[] late = enterprise("CEMENT", 1000, "吨/日");
    String dueSoon = rectifying(soon[0], LocalDate.of(2024, 12, 20));
    String overdue = rectifying(late[0], LocalDate.of(2024, 11, 20));
    // The year's plan: one line in the elimination plan, one already exited.
    String[] planned = enterprise("CEMENT", 1500, "吨/日");
    Http.Response elimination = http().as("liaocheng-miit").post("/api/eliminations", Map.of("productionLineId",
        Long.parseLong(planned[1]), "catalogueItem", "产业结构调整指导目录 淘汰类 2500吨/日以下熟料生产线", "planYear", 2025));
    assertThat(elimination.status()).as(elimination.body()).isEqualTo(201);
    String[] gone = enterprise("CEMENT", 500, "吨/日");
    exits.record(Long.parseLong(gone[1]), null, "TECHNOLOGY", CapacityExits.Method.DISMANTLED, LocalDate.of(2025, 4, 1));
    // The 2025 campaign (another test of the run may have started it already).
    assertThat(http().as("liaocheng-miit").post("/api/campaigns", Map.of("jurisdiction", "371500", "year", 2025)).status()).isIn(201, 409);

    JsonNode d = http().as("liaocheng-manager").get("/api/dashboard").json();
    assertThat(d.get("jurisdiction").asText()).isEqualTo("371500");
    assertThat(d.get("jurisdictionName").asText()).isEqualTo("聊城市");
    assertThat(d.get("year").asInt()).isEqualTo(2025);
    assertThat(d.get("today").asText()).isEqualTo("2025-06-10");
    List<String> choices = new ArrayList<>();
    d.get("jurisdictions").forEach(j -> choices.add(j.get("code").asText()));
    assertThat(choices).first().isEqualTo("371500");
    assertThat(choices).hasSize(9).noneMatch(c -> c.startsWith("3710") || c.startsWith("44"));

    JsonNode energy = d.get("openCases");
    assertThat(energy).anySatisfy(c -> {
      assertThat(c.get("dimensionName").asText()).isEqualTo("能耗");
      assertThat(c.get("stateName").asText()).isEqualTo("整改中");
      assertThat(c.get("count").asLong()).isEqualTo(2);
    });

    JsonNode upcoming = find(d.get("upcoming"), "reference", dueSoon);
    assertThat(upcoming).as("the case due on 2025-06-20").isNotNull();
    assertThat(upcoming.get("dueDate").asText()).isEqualTo("2025-06-20");
    assertThat(upcoming.get("days").asLong()).isEqualTo(10);
    assertThat(upcoming.get("kindName").asText()).isEqualTo("整改期限");
    assertThat(upcoming.get("subject").asText()).contains("看板测试企业").contains("能耗");
    JsonNode lateItem = find(d.get("overdue"), "reference", overdue);
    assertThat(lateItem).as("the case due on 2025-05-20").isNotNull();
    assertThat(lateItem.get("days").asLong()).isEqualTo(-21);
    assertThat(find(d.get("upcoming"), "reference", overdue)).isNull();
    d.get("upcoming").forEach(i -> assertThat(i.get("days").asLong()).isBetween(0L, 30L));
    d.get("overdue").forEach(i -> assertThat(i.get("days").asLong()).isNegative());
    // The campaign's milestones of the next 30 days are there: the counties' plans are due on 06-30.
    assertThat(d.get("upcoming")).anySatisfy(i -> {
      assertThat(i.get("kind").asText()).isEqualTo("MILESTONE");
      assertThat(i.get("dueDate").asText()).isEqualTo("2025-06-30");
      assertThat(i.get("days").asLong()).isEqualTo(20);
    });

    JsonNode cement = find(d.get("capacity"), "sector", "CEMENT");
    assertThat(cement.get("sectorName").asText()).isEqualTo("水泥");
    assertThat(cement.get("plannedLines").asLong()).isEqualTo(2);
    assertThat(cement.get("planned").decimalValue()).isEqualByComparingTo("2000");
    assertThat(cement.get("exitedLines").asLong()).isEqualTo(1);
    assertThat(cement.get("exited").decimalValue()).isEqualByComparingTo("500");
    assertThat(cement.get("percent").asInt()).isEqualTo(25);

    JsonNode campaigns = d.get("campaigns");
    JsonNode city = find(campaigns, "jurisdiction", "371500");
    assertThat(city).isNotNull();
    JsonNode detail = http().as("liaocheng-manager").get("/api/campaigns/" + city.get("campaignId").asText()).json();
    assertThat(city.get("total").asLong()).isEqualTo(city.get("milestones").size()).isPositive();
    assertThat(city.get("milestones").get(0).get("phase").asText()).isIn("部署", "实施", "督导", "报送");
    assertThat(city.get("milestones")).anySatisfy(m -> assertThat(m.get("responsible").asText()).contains("阳谷县工业和信息化局"));
    assertThat(campaigns.size()).as("the city and its eight counties").isEqualTo(9);
    assertThat(detail.toString()).contains(city.get("milestones").get(0).get("name").asText());

    JsonNode tasks = d.get("tasks");
    long openTasks = engine.getTaskService().createTaskQuery().tenantIdIn(choices.toArray(String[]::new)).count();
    assertThat(tasks.get("open").asLong()).isEqualTo(openTasks).isPositive();
    assertThat(tasks.get("incidents").asLong()).isZero();
  }

  @Test
  void theDashboardKeepsToTheManagersJurisdictionsAndRefusesBadQueries() {
    String[] liaocheng = enterprise("CEMENT", 800, "吨/日");
    rectifying(liaocheng[0], LocalDate.of(2024, 12, 25));

    JsonNode weihai = http().as("weihai-manager").get("/api/dashboard").json();
    assertThat(weihai.get("jurisdiction").asText()).isEqualTo("371000");
    assertThat(weihai.toString()).doesNotContain(liaocheng[0]).doesNotContain("聊城");
    assertThat(http().as("weihai-manager").get("/api/dashboard?jurisdiction=371500").status()).isEqualTo(403);

    Http.Response badYear = http().as("liaocheng-manager").get("/api/dashboard?year=1999");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.json().get("errors").get(0).get("field").asText()).isEqualTo("year");
    assertThat(http().as("liaocheng-manager").get("/api/dashboard?year=abc").status()).isEqualTo(400);
    Http.Response unknown = http().as("liaocheng-manager").get("/api/dashboard?jurisdiction=999999");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("jurisdiction");
    assertThat(http().get("/api/dashboard").status()).isEqualTo(401);

    // The Cockpit plugin reads it with the manager's Cockpit session, no password sent again.
    Http cockpit = http().loginToWebapp("cockpit", "liaocheng-manager", PASSWORD);
    JsonNode county = cockpit.get("/api/dashboard?jurisdiction=371502").json();
    assertThat(county.get("jurisdictionName").asText()).isNotBlank();
    assertThat(ChronoUnit.DAYS.between(TODAY, LocalDate.parse(county.get("today").asText()))).isZero();
    // The province's manager may look at Liaocheng, which is below it.
    assertThat(http().as("shandong-manager").get("/api/dashboard?jurisdiction=371500").json().get("openCases")).isNotEmpty();
  }

  @Test
  void theCockpitPluginIsServedByTheApplication() {
    Http.Response config = http().get("/camunda/app/cockpit/scripts/config.js");
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.body()).contains("capacity-exit/dashboard.js");
    Http.Response plugin = http().get("/camunda/app/cockpit/capacity-exit/dashboard.js");
    assertThat(plugin.status()).isEqualTo(200);
    assertThat(plugin.body()).contains("cockpit.dashboard").contains("/dashboard");
    assertThat(http().get("/camunda/app/cockpit/locales/zh.json").body()).contains("\"COCKPIT_PROCESSES\": \"流程\"");
  }
}
