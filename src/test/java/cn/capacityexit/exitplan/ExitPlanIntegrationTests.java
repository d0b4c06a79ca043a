package cn.capacityexit.exitplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: a Shandong 2022 registry (高唐县, a county of a transmission-channel city) with lines on both sides of every
 * exit line yields exactly the expected candidates with their clauses, including the half of the 2,500 t/d clinker
 * lines; the catalogue's eliminate category is read in the edition of the day; the plan is generated, reviewed and
 * approved in Tasklist, its lines go into elimination and the staying 2,500 t/d line presents its replacement plan.
 */
class ExitPlanIntegrationTests extends IntegrationTest {

  private static final String COUNTY = "371526";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  TaskService tasks;

  @Autowired
  org.camunda.bpm.engine.ManagementService management;

  private final Map<String, Long> lines = new HashMap<>();

  private String enterprise(String name, String sector) {
    String first17 = "91" + COUNTY + String.format("%09d", 730000000 + SEQUENCE.incrementAndGet() * 53);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http.Response r = http().as("liaocheng-miit").post("/api/enterprises", Map.of("creditCode", code, "name", name,
        "jurisdiction", COUNTY, "sector", sector));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return code;
  }

  private void line(String code, String key, String type, String specification, int capacity, String unit) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("name", key, "equipmentType", type, "capacity", capacity, "capacityUnit", unit));
    if (specification != null) {
      body.put("specification", specification);
    }
    Http.Response r = http().as("liaocheng-miit").post("/api/enterprises/" + code + "/production-lines", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    lines.put(key, r.json().get("id").asLong());
  }

  /** The candidates of our lines: line name → action. */
  private Map<String, String> actions(JsonNode candidates) {
    Map<Long, String> byId = new HashMap<>();
    lines.forEach((k, v) -> byId.put(v, k));
    Map<String, String> result = new TreeMap<>();
    candidates.forEach(c -> {
      String key = byId.get(c.get("lineId").asLong());
      if (key != null) {
        result.put(key, c.get("action").asText());
      }
    });
    return result;
  }

  private JsonNode candidate(JsonNode candidates, String key) {
    for (JsonNode c : candidates) {
      if (c.get("lineId").asLong() == lines.get(key)) {
        return c;
      }
    }
    throw new AssertionError("no candidate " + key);
  }

  private Http.Response complete(String officer, Task task, Map<String, Object> fields) {
    Map<String, Object> typed = new LinkedHashMap<>();
    fields.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Long ? "Long" : "String")));
    return http().as(officer).post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed));
  }

  @Test
  void theShandong2022ExitLinesGiveExactlyTheExpectedCandidatesAndThePlanIsApprovedNotTyped() {
    String a = enterprise("甲水泥", "CEMENT");
    line(a, "clinker2000", "新型干法水泥熟料生产线", null, 2000, "吨/日");
    line(a, "clinker2500a", "新型干法水泥熟料生产线", null, 2500, "吨/日");
    line(a, "clinker3000", "新型干法水泥熟料生产线", null, 3000, "吨/日");
    line(a, "special2000", "新型干法水泥熟料生产线", "特种水泥熟料", 2000, "吨/日");
    line(a, "mill32", "水泥磨机", "直径3.2米", 30, "万吨/年");
    line(a, "mill34", "水泥磨机", "直径3.4米", 40, "万吨/年");
    line(a, "mill26", "水泥磨机", "直径2.6米", 15, "万吨/年");
    String b = enterprise("乙水泥", "CEMENT");
    line(b, "clinker2500b1", "新型干法水泥熟料生产线", null, 2500, "吨/日");
    line(b, "clinker2500b2", "新型干法水泥熟料生产线", null, 2500, "吨/日");
    String c = enterprise("丙焦化", "COKING");
    line(c, "coke60", "顶装焦炉", null, 60, "万吨/年");
    line(c, "coke30", "捣固焦炉", null, 30, "万吨/年");
    String d = enterprise("丁焦化", "COKING");
    line(d, "coke60d", "顶装焦炉", null, 60, "万吨/年");
    line(d, "coke50d", "顶装焦炉", null, 50, "万吨/年");
    line(enterprise("戊轮胎", "TYRES"), "allSteel100", "全钢子午线轮胎生产线", null, 100, "万条/年");
    line(enterprise("己轮胎", "TYRES"), "allSteel130", "全钢子午线轮胎生产线", null, 130, "万条/年");
    line(enterprise("庚轮胎", "TYRES"), "engineering50", "全钢子午线轮胎生产线", "工程轮胎", 50, "万条/年");
    line(enterprise("辛轮胎", "TYRES"), "semi400", "半钢子午线轮胎生产线", null, 400, "万条/年");
    line(enterprise("壬轮胎", "TYRES"), "semi600", "半钢子午线轮胎生产线", null, 600, "万条/年");
    line(enterprise("癸钢铁", "STEEL"), "arc", "电弧炉", "公称容量100吨", 80, "万吨/年");
    line(enterprise("子铸造", "MACHINERY"), "foundry", "中频感应电炉（铸造用）", "公称容量1吨", 1, "万吨/年");
    line(enterprise("丑印染", "TEXTILES"), "dye74", "染整生产线", "74型", 3000, "万米/年");

    JsonNode preview = http().as("liaocheng-miit").get("/api/exit-lines/candidates?jurisdiction=" + COUNTY + "&year=2022").json();
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("clinker2000", "EXIT"), Map.entry("special2000", "EXEMPT"),
        Map.entry("mill32", "EXIT"), Map.entry("mill26", "EXIT"), Map.entry("coke60", "TRANSFER"), Map.entry("coke30", "TRANSFER"),
        Map.entry("allSteel100", "EXIT"), Map.entry("engineering50", "EXEMPT"), Map.entry("semi400", "EXIT"),
        Map.entry("arc", "TRANSFER"), Map.entry("dye74", "CATALOGUE")));
    Map<String, String> actions = actions(preview);
    List<String> half = List.of("clinker2500a", "clinker2500b1", "clinker2500b2");
    assertThat(actions).containsOnlyKeys(java.util.stream.Stream.concat(expected.keySet().stream(), half.stream()).toList());
    assertThat(actions).containsAllEntriesOf(expected);
    // The half of the province's 2,500 t/d lines exits, the smallest plants first (B's 5,000 t/d before A's 9,500 t/d).
    half.forEach(k -> assertThat(actions.get(k)).as(k).isIn("HALF_EXIT", "REPLACE"));
    if (actions.get("clinker2500a").equals("HALF_EXIT")) {
      assertThat(actions.get("clinker2500b1")).isEqualTo("HALF_EXIT");
      assertThat(actions.get("clinker2500b2")).isEqualTo("HALF_EXIT");
    }
    long halfExit = 0;
    long halfClass = 0;
    for (JsonNode row : http().as("shandong-miit").get("/api/exit-lines/candidates?jurisdiction=370000&year=2022").json()) {
      String action = row.get("action").asText();
      if (action.equals("HALF_EXIT") || action.equals("REPLACE")) {
        halfClass++;
        halfExit += action.equals("HALF_EXIT") ? 1 : 0;
        long id = row.get("lineId").asLong();
        lines.entrySet().stream().filter(e -> e.getValue() == id).findFirst().ifPresent(e ->
            assertThat(action).as("the county's list agrees with the province's split").isEqualTo(actions.get(e.getKey())));
      }
    }
    assertThat(halfClass).isGreaterThanOrEqualTo(3);
    assertThat(halfExit).isEqualTo((halfClass + 1) / 2);
    assertThat(candidate(preview, "clinker2000").get("clause").asText()).contains("鲁工信产〔2022〕124号 二(五)1", "2500吨/日以下");
    assertThat(candidate(preview, "clinker2500a").get("clause").asText()).contains("整合退出一半", "产能置换方案");
    assertThat(candidate(preview, "coke60").get("clause").asText()).contains("115万吨产能整合转移退出");
    assertThat(candidate(preview, "mill32").get("clause").asText()).contains("直径3.2米及以下水泥磨机");
    assertThat(candidate(preview, "mill26").get("catalogueItem").asText()).contains("2019年本", "直径3.0米以下水泥粉磨设备");
    assertThat(candidate(preview, "coke30").get("clause").asText()).contains("100万吨以下独立焦化企业");
    assertThat(candidate(preview, "engineering50").get("included").asBoolean()).isFalse();
    assertThat(candidate(preview, "arc").get("clause").asText()).contains("传输通道城市钢铁产能");
    assertThat(candidate(preview, "dye74").get("clause").asText()).contains("产业结构调整指导目录（2019年本）", "74型染整生产线");

    // Another year: the Shandong 2022 lines do not govern it; the catalogue is the 2024 edition.
    JsonNode later = http().as("liaocheng-miit").get("/api/exit-lines/candidates?jurisdiction=" + COUNTY + "&year=2025").json();
    assertThat(actions(later)).isEqualTo(Map.of("dye74", "CATALOGUE", "mill26", "CATALOGUE"));
    assertThat(candidate(later, "dye74").get("clause").asText()).contains("2024年本");
    assertThat(http().as("weihai-miit").get("/api/exit-lines/candidates?jurisdiction=" + COUNTY + "&year=2022").status()).isEqualTo(403);
    assertThat(http().as("liaocheng-miit").get("/api/exit-lines/candidates?jurisdiction=" + COUNTY + "&year=1999").body())
        .contains("planYear");

    // The plan from Tasklist: generated, reviewed (one line left out with its reason), approved.
    Map<String, Object> start = Map.of("variables", Map.of("jurisdictionCode", Map.of("value", COUNTY, "type", "String"),
        "planYear", Map.of("value", 2022L, "type", "Long")));
    assertThat(http().as("gaotang-samr").post("/engine-rest/process-definition/key/exit-plan/submit-form", start).status())
        .as("only the industry or development-and-reform department drafts it").isEqualTo(403);
    Http.Response started = http().as("gaotang-miit").post("/engine-rest/process-definition/key/exit-plan/submit-form", start);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(http().as("gaotang-miit").post("/engine-rest/process-definition/key/exit-plan/submit-form", start).status())
        .as("one plan per jurisdiction and year").isEqualTo(409);
    String instance = started.json().get("id").asText();
    Task review = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReviewCandidates").singleResult();
    assertThat(review).isNotNull();
    Http.Response noReason = complete("gaotang-miit", review, Map.of("excludedLines", String.valueOf(lines.get("mill32")),
        "reviewOpinion", "同意"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("exclusionReason");
    assertThat(complete("gaotang-miit", review, Map.of("excludedLines", "999999999", "exclusionReason", "x", "reviewOpinion", "同意"))
        .body()).contains("不在候选名单中");
    Http.Response reviewed = complete("gaotang-miit", review, Map.of("excludedLines", String.valueOf(lines.get("mill32")),
        "exclusionReason", "该磨机已于2021年拆除，企业库未更新", "reviewOpinion", "经核实，同意其余候选"));
    assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
    Task approve = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ApprovePlan").singleResult();
    assertThat(approve.getName()).isEqualTo("批准年度淘汰落后计划");
    Http.Response approved = complete("gaotang-miit-head", approve, Map.of("approvalDecision", "APPROVED", "approvalOpinion", "同意下达"));
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    // The issue runs after a save point (asyncBefore): the approval is kept whatever happens next.
    management.createJobQuery().processInstanceId(instance).list().forEach(j -> management.executeJob(j.getId()));

    JsonNode plan = http().as("liaocheng-miit").get("/api/exit-plans/JH-" + COUNTY + "-2022").json();
    assertThat(plan.get("state").asText()).isEqualTo("APPROVED");
    JsonNode planned = plan.get("candidates");
    for (String key : lines.keySet()) {
      if (!actions.containsKey(key)) {
        continue;
      }
      boolean eliminates = List.of("EXIT", "HALF_EXIT", "CATALOGUE").contains(actions.get(key)) && !key.equals("mill32");
      if (eliminates) {
        assertThat(candidate(planned, key).get("eliminationNumber").asText()).as(key).startsWith("CF-" + COUNTY + "-2022-");
      } else {
        assertThat(candidate(planned, key).get("eliminationNumber").isNull()).as(key).isTrue();
      }
    }
    assertThat(candidate(planned, "mill32").get("exclusionReason").asText()).contains("已于2021年拆除");
    String clinkerElimination = candidate(planned, "clinker2000").get("eliminationNumber").asText();
    assertThat(http().as("liaocheng-miit").get("/api/eliminations/" + clinkerElimination).body()).contains("2500吨/日以下");

    // Each staying 2,500 t/d line presents its replacement plan by the end of the plan year.
    List<String> staying = half.stream().filter(k -> actions.get(k).equals("REPLACE")).toList();
    List<Task> replacements = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_RecordReplacementPlan").list();
    assertThat(replacements).hasSize(staying.size()).isNotEmpty();
    int n = 0;
    for (Task replacement : replacements) {
      assertThat(replacement.getDueDate().toInstant().toString()).startsWith("2022-12-31");
      Http.Response recorded = complete("gaotang-miit", replacement, Map.of("replacementNumber", "高工信〔2022〕" + (12 + n++) + "号",
          "replacementPlan", "以外省2500吨/日产能指标等量置换", "replacementOn", "2022-11-20"));
      assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
    }
    assertThat(candidate(http().as("liaocheng-miit").get("/api/exit-plans/JH-" + COUNTY + "-2022").json().get("candidates"),
        "clinker2500a").get("replacementNumber").asText()).startsWith("高工信〔2022〕");
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();

    // The managers' dashboard: candidates per sector against the approved plan, as recorded.
    JsonNode dashboard = http().as("liaocheng-manager").get("/api/dashboard?jurisdiction=" + COUNTY + "&year=2022").json();
    Map<String, String> bySector = new TreeMap<>();
    dashboard.get("candidates").forEach(x -> bySector.put(x.get("sector").asText() + "/" + x.get("unit").asText(),
        x.get("candidates").asLong() + "/" + x.get("planned").asLong()));
    long ourHalfExits = half.stream().filter(k -> actions.get(k).equals("HALF_EXIT")).count();
    assertThat(bySector).containsEntry("CEMENT/吨/日", "4/" + (1 + ourHalfExits)).containsEntry("CEMENT/万吨/年", "2/1")
        .containsEntry("COKING/万吨/年", "2/0")
        .containsEntry("TYRES/万条/年", "2/2").containsEntry("STEEL/万吨/年", "1/0").containsEntry("TEXTILES/万米/年", "1/1");
  }
}
