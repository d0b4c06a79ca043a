package cn.capacityexit.reporting;

import static cn.capacityexit.reporting.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Annual campaigns started through the API, on each seed's own dates, with escalation and the public notice. */
class AnnualCampaignIntegrationTests extends IntegrationTest {

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Starts the campaign at the beginning of its year, or reads it when another test started it. */
  private JsonNode start(String officer, String jurisdiction, int year) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 1, 5).atTime(9, 0).atZone(Deadlines.CHINA).toInstant()));
    Http.Response r = http().as(officer).post("/api/campaigns", Map.of("jurisdiction", jurisdiction, "year", year));
    if (r.status() == 409) {
      return http().as(officer).get("/api/campaigns/" + CampaignService.id(jurisdiction, year)).json();
    }
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private static Map<String, String> dues(JsonNode campaign) {
    Map<String, String> dues = new LinkedHashMap<>();
    campaign.get("milestones").forEach(m -> dues.put(m.get("key").asText(), m.get("due").asText()));
    return dues;
  }

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("guangdong-miit", "440000", 2023, Map.of("deployment", "2023-03-31", "city-plan", "2023-04-30",
            "mid-year-feedback", "2023-06-30", "year-end-feedback", "2023-12-31", "local-summary", "2024-01-10",
            "provincial-submission", "2024-01-31")),
        Arguments.of("shandong-miit", "370000", 2022, Map.of("city-plan", "2022-06-30", "december-report", "2022-12-31",
            "provincial-submission", "2023-01-31")),
        Arguments.of("jining-miit", "370800", 2020, Map.of("implementation", "2020-11-30", "department-report", "2020-12-31",
            "city-submission", "2021-01-31", "website-announcement", "2021-01-31")),
        Arguments.of("weihai-miit", "371000", 2021, Map.of("survey", "2021-06-30", "district-plans", "2021-07-30",
            "annual-summary", "2021-12-30")),
        Arguments.of("liaocheng-miit", "371500", 2025, Map.of("county-plan", "2025-06-30", "county-mid-year-report", "2025-07-15",
            "july-inspection", "2025-07-31", "december-inspection", "2025-12-31", "county-year-end-report", "2025-12-31",
            "public-notice", "2026-01-31")));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("seeds")
  void eachSeedsCampaignHasEveryMilestoneOnTheSeedsDate(String officer, String jurisdiction, int year, Map<String, String> expected) {
    JsonNode campaign = start(officer, jurisdiction, year);
    assertThat(dues(campaign)).containsAllEntriesOf(expected);
    String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(campaign.get("campaignId").asText())
        .singleResult().getId();
    List<String> taskDues = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi).list().stream()
        .map(t -> t.getDueDate().toInstant().atZone(Deadlines.CHINA).toLocalDate().toString()).toList();
    // Every milestone this level works itself has an open task due on exactly its date.
    campaign.get("milestones").forEach(m -> {
      if (!m.get("scope").asText().equals("CHILDREN") && expected.containsKey(m.get("key").asText())) {
        assertThat(taskDues).as(m.get("key").asText()).contains(expected.get(m.get("key").asText()));
      }
    });
  }

  @Test
  void aGuangdongCampaignStartsItsCitiesWhosePlansAreDueOnThe30thOfAprilAndALateCityIsEscalated() {
    // The 2023 plan serves 2024 by its month-days: the next year's plan by data alone.
    JsonNode province = start("guangdong-miit", "440000", 2024);
    assertThat(province.get("children")).hasSize(2);
    assertThat(dues(province)).containsEntry("city-plan", "2024-04-30").containsEntry("provincial-submission", "2025-01-31");
    JsonNode guangzhou = http().as("guangzhou-miit").get("/api/campaigns/ND-440100-2024").json();
    assertThat(dues(guangzhou)).containsEntry("city-plan", "2024-04-30").containsEntry("local-summary", "2025-01-10");
    Task plan = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ND-440100-2024").taskCandidateGroup("miit-440100")
        .list().stream().filter(t -> t.getDueDate().toInstant().equals(Deadlines.endOfDay(LocalDate.of(2024, 4, 30)))).findFirst().orElseThrow();
    assertThat(plan.getTenantId()).isEqualTo("440100");
    assertThat(http().as("foshan-miit").get("/api/campaigns/ND-440100-2024").status()).isEqualTo(403);

    ClockUtil.setCurrentTime(Date.from(Deadlines.endOfDay(LocalDate.of(2024, 4, 30)).plusSeconds(60)));
    List<Job> timeouts = engine.getManagementService().createJobQuery().processInstanceId(plan.getProcessInstanceId())
        .duedateLowerThan(ClockUtil.getCurrentTime()).list();
    timeouts.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    JsonNode late = http().as("guangzhou-miit").get("/api/campaigns/ND-440100-2024").json();
    assertThat(late.get("milestones")).anySatisfy(m -> {
      assertThat(m.get("key").asText()).isEqualTo("city-plan");
      assertThat(m.get("overdue").asBoolean()).isTrue();
      assertThat(m.get("status").asText()).isEqualTo("OVERDUE");
    });
    List<Task> supervision = engine.getTaskService().createTaskQuery().taskCandidateGroup("miit-440000").taskNameLike("督办：广州市%").list();
    assertThat(supervision).hasSize(1);
    assertThat(supervision.get(0).getName()).contains("约谈");
    JsonNode provinceView = http().as("guangdong-manager").get("/api/campaigns/ND-440000-2024").json();
    assertThat(provinceView.get("milestones")).anySatisfy(m -> {
      assertThat(m.get("key").asText()).isEqualTo("city-plan");
      assertThat(m.get("status").asText()).isEqualTo("OVERDUE");
    });
  }

  /**
   * Issue 13, item 10: the co-departments the plans name are tasked (鲁工信产〔2022〕124号 四(三)、四(四): 省有关部门函告,
   * 会同省发展改革委、省能源局; 威工信字〔2021〕63号 四(三): 有关部门报送市工信局), and a late department is supervised by
   * the body that receives its report, named, once; the level's own duty by the level above.
   */
  @Test
  void coDepartmentsAreTaskedAndALateDepartmentIsSupervisedByTheBodyThatReceivesItsReport() {
    start("shandong-miit", "370000", 2025);
    List<String> provincial = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ND-370000-2025").list().stream()
        .flatMap(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()).map(l -> l.getGroupId()).toList();
    assertThat(provincial).contains("ndrc-370000", "energy-370000", "eco-370000", "samr-370000", "emergency-370000");

    start("weihai-miit", "371000", 2025);
    String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("ND-371000-2025").singleResult().getId();
    ClockUtil.setCurrentTime(Date.from(Deadlines.endOfDay(LocalDate.of(2025, 12, 30)).plusSeconds(60)));
    engine.getManagementService().createJobQuery().processInstanceId(pi).duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    List<Task> eco = engine.getTaskService().createTaskQuery().taskNameLike("督办：威海市生态环境局%").list();
    assertThat(eco).hasSize(1);
    assertThat(engine.getTaskService().getIdentityLinksForTask(eco.get(0).getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("miit-371000"));
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("miit-370000").taskNameLike("督办：威海市生态环境局%").count())
        .as("the province does not receive the department's report").isZero();
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("miit-370000").taskNameLike("督办：威海市工业和信息化局%").count())
        .as("the city's own duties are supervised by the province").isPositive();
  }

  /**
   * Issue 13, item 9 (聊城方案 四(四) 公示; 国务院办公厅节假日安排): a public notice whose objection window reaches a
   * year without holiday data is refused with the year named, until the administrator enters that year.
   */
  @Test
  void aNoticeWhoseWindowReachesAYearWithoutHolidaysWaitsForTheAdministratorToEnterThem() {
    start("liaocheng-miit", "371500", 2026);
    Task publish = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ND-371500-2026")
        .taskDefinitionKey(TASK_PUBLISH_NOTICE).singleResult();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-20T02:00:00Z")));
    Map<String, Object> url = Map.of("variables", Map.of("noticeUrl", Map.of("value", "https://www.liaocheng.gov.cn/gs/2027-1", "type", "String")));
    Http.Response refused = http().as("liaocheng-miit").post("/engine-rest/task/" + publish.getId() + "/complete", url);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("缺少2027年法定节假日");
    JsonNode dashboard = http().as("liaocheng-manager").get("/api/dashboard").json();
    assertThat(dashboard.get("warnings")).anySatisfy(w -> assertThat(w.asText()).contains("2027年"));

    Map<String, Object> year = Map.of("holidays", List.of("2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
        "2027-02-10", "2027-02-11", "2027-02-12"), "workdays", List.of("2027-02-13"), "source", "国务院办公厅关于2027年部分节假日安排的通知");
    assertThat(http().as("liaocheng-miit").put("/api/admin/holidays/2027", year).status()).isEqualTo(403);
    assertThat(http().as("admin").put("/api/admin/holidays/2026", year).status()).as("the seed data holds 2026").isEqualTo(409);
    Http.Response bad = http().as("admin").put("/api/admin/holidays/2027", Map.of("holidays", List.of("2027-13-01"), "source", ""));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("holidays").contains("source");
    Http.Response entered = http().as("admin").put("/api/admin/holidays/2027", year);
    assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    assertThat(http().as("admin").get("/api/admin/holidays").json().get("years")).anySatisfy(y -> assertThat(y.asInt()).isEqualTo(2027));

    Http.Response done = http().as("liaocheng-miit").post("/engine-rest/task/" + publish.getId() + "/complete", url);
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    Job window = engine.getManagementService().createJobQuery().processInstanceId(publish.getProcessInstanceId())
        .activityId(TIMER_OBJECTION_WINDOW).singleResult();
    // Wednesday 20 January 2027 plus five working days: 21, 22, 25, 26, 27 January.
    assertThat(window.getDuedate().toInstant()).isEqualTo(Deadlines.endOfDay(LocalDate.parse("2027-01-27")));
  }

  /**
   * Issue 13, item 8 (聊城方案 四(三): 各县（市、区）…函告市工业和信息化局): the city follows every county, also one
   * whose campaign was started before the city's; a milestone the counties owe is not done while one has not.
   */
  @Test
  void aCountysCampaignStartedBeforeItsCitysIsFollowedByTheCity() {
    start("yanggu-miit", "371521", 2027);
    JsonNode city = start("liaocheng-miit", "371500", 2027);
    List<String> children = new java.util.ArrayList<>();
    city.get("children").forEach(c -> children.add(c.asText()));
    assertThat(children).contains("ND-371521-2027").hasSize(8);
    assertThat(http().as("yanggu-miit").get("/api/campaigns/ND-371521-2027").json().get("parentId").asText()).isEqualTo("ND-371500-2027");
    assertThat(city.get("milestones")).anySatisfy(m -> {
      assertThat(m.get("key").asText()).isEqualTo("county-plan");
      assertThat(m.get("status").asText()).isNotEqualTo("DONE");
    });
  }

  @Test
  void liaochengsPublicNoticeCountsItsObjectionWindowInWorkingDaysOverTheSpringFestival() {
    start("liaocheng-miit", "371500", 2025);
    Task publish = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("ND-371500-2025")
        .taskDefinitionKey(TASK_PUBLISH_NOTICE).singleResult();
    // Published on Friday 13 February 2026: 14 February is a make-up working day, 15 to 23 February are holidays.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-13T02:00:00Z")));
    Http.Response done = http().as("liaocheng-miit").post("/engine-rest/task/" + publish.getId() + "/complete",
        Map.of("variables", Map.of("noticeUrl", Map.of("value", "https://www.liaocheng.gov.cn/gs/2026-1", "type", "String"))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    Job window = engine.getManagementService().createJobQuery().processInstanceId(publish.getProcessInstanceId())
        .activityId(TIMER_OBJECTION_WINDOW).singleResult();
    assertThat(window.getDuedate().toInstant()).isEqualTo(Deadlines.endOfDay(LocalDate.parse("2026-02-27")));
    assertThat(http().as("weihai-miit").post("/api/campaigns", Map.of("jurisdiction", "371500", "year", 2025)).status()).isEqualTo(403);
    assertThat(http().as("liaocheng-miit").post("/api/campaigns", Map.of("jurisdiction", "371500", "year", 2025)).status()).isEqualTo(409);
    assertThat(http().as("liaocheng-miit").post("/api/campaigns", Map.of("jurisdiction", "379999", "year", 1999)).status()).isEqualTo(400);
    // Issue 13, item 10: a fractional year is a bad request, not the campaign of 2024.
    assertThat(http().as("shandong-miit").post("/api/campaigns", Map.of("jurisdiction", "370000", "year", 2024.5)).status()).isEqualTo(400);
    assertThat(http().as("shandong-miit").get("/api/campaigns/ND-370000-2024").status()).isEqualTo(404);
  }
}
