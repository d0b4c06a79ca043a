package cn.capacityexit.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the inspections of a double-random draw are tasks of the two drawn inspectors; what they record is judged by
 * inspection-finding.dmn against the product's own limits, and a finding opens the rectification case or the
 * elimination with the inspection as its evidence, without retyping; the results are published with the draw.
 */
class InspectionFindingsIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  TaskService tasks;

  @Autowired
  Clock clock;

  @Autowired
  org.camunda.bpm.engine.ManagementService management;

  /** The verdict runs after a save point (the recording is kept whatever follows): the test executes it. */
  private void settle(Task task) {
    for (int i = 0; i < 5; i++) {
      var jobs = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  private String enterprise(String name) {
    String first17 = "91370800" + String.format("%09d", 610000000 + SEQUENCE.incrementAndGet() * 37);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http.Response r = http().as("jining-energy").post("/api/enterprises", Map.of("creditCode", code, "name", name + SEQUENCE.get(),
        "jurisdiction", "370800", "sector", "CEMENT"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return code;
  }

  private long line(String code, String name, String type, String specification, int capacity, String unit) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "equipmentType", type, "capacity", capacity, "capacityUnit", unit));
    if (specification != null) {
      body.put("specification", specification);
    }
    Http.Response r = http().as("jining-energy").post("/api/enterprises/" + code + "/production-lines", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private Http.Response complete(String officer, Task task, Map<String, Object> fields) {
    Map<String, Object> typed = new LinkedHashMap<>();
    fields.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Double ? "Double" : "String")));
    return http().as(officer).post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed));
  }

  @Test
  void anEnergyInspectionAboveTheLimitOpensACaseWhoseEvidenceIsTheInspection() {
    String above = enterprise("超限额水泥");
    line(above, "熟料线", "新型干法水泥熟料生产线", null, 3000, "吨/日");
    String mill = enterprise("小磨机水泥");
    long millLine = line(mill, "1号磨", "水泥磨机", "直径2.6米", 10, "万吨/年");
    String clean = enterprise("达标水泥");

    Http.Response plan = http().as("jining-energy").post("/api/inspection-plans", Map.of("jurisdiction", "370800", "department",
        "energy", "kind", "ENERGY_SUPERVISION", "year", Deadlines.today(clock).getYear(), "sectors", List.of("CEMENT")));
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    String planNumber = plan.json().get("planNumber").asText();
    int covered = plan.json().get("coverage").size();
    Http.Response draw = http().as("jining-energy").post("/api/inspection-plans/" + planNumber + "/draws", Map.of("count", covered));
    assertThat(draw.status()).as(draw.body()).isEqualTo(201);
    Map<String, JsonNode> drawn = new LinkedHashMap<>();
    draw.json().get("drawn").forEach(d -> drawn.put(d.get("creditCode").asText(), d));
    assertThat(drawn).containsKeys(above, mill, clean);
    String today = Deadlines.today(clock).toString();

    // The task is the first drawn inspector's; the form's fields only; the limit is the product's.
    JsonNode d = drawn.get(above);
    String number = d.get("inspectionNumber").asText();
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(task.getAssignee()).isEqualTo(d.get("firstInspector").asText());
    assertThat(task.getName()).isEqualTo("记录检查结果");
    String inspector = d.get("firstInspector").asText();
    String limit = "GB 16780-2021《水泥单位产品能源消耗限额》 熟料单位产品综合能耗（3级，限定值） ≤117 kgce/t";
    Http.Response forged = complete(inspector, task, Map.of("inspectedOn", today, "limitChoice", limit, "measuredValue", 125.0,
        "observations", "现场核查能源计量数据", "limitValue", 500.0));
    assertThat(forged.status()).as("a variable the form does not declare").isEqualTo(400);
    assertThat(forged.body()).contains("limitValue");
    Http.Response early = complete(inspector, task, Map.of("inspectedOn", "2022-10-31", "limitChoice", limit, "measuredValue", 125.0,
        "observations", "现场核查"));
    assertThat(early.body()).as("not before the draw (nor under a superseded edition)").contains("inspectedOn", "不能早于随机抽取的日期");
    Http.Response missing = complete(inspector, task, Map.of("inspectedOn", today, "limitChoice", limit, "observations", "现场核查"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("measuredValue", "实测值");
    Http.Response done = complete(inspector, task, Map.of("inspectedOn", today, "limitChoice", limit, "measuredValue", 125.0,
        "observations", "现场核查能源计量数据和生产记录"));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    settle(task);

    JsonNode recorded = http().as("jining-energy").get("/api/inspections/" + number).json();
    assertThat(recorded.get("finding").asBoolean()).isTrue();
    assertThat(recorded.get("dimension").asText()).isEqualTo("ENERGY");
    assertThat(recorded.get("legalBasis").asText()).contains("节约能源法》第七十二条");
    String caseNumber = recorded.get("referredTo").asText();
    assertThat(caseNumber).startsWith("ZG-370800-");
    JsonNode theCase = http().as("jining-energy").get("/api/cases/" + caseNumber).json();
    assertThat(theCase.get("inspectionNumber").asText()).isEqualTo(number);
    assertThat(theCase.get("case").get("dimension").asText()).isEqualTo("ENERGY");
    assertThat(theCase.get("case").get("creditCode").asText()).isEqualTo(above);
    assertThat(theCase.get("case").get("description").asText()).contains(number, "实测125 kgce/t", "超过GB 16780-2021", "限值117");
    assertThat(theCase.get("history").toString()).contains("依据检查记录立案");

    // A line of the catalogue's eliminate category goes into elimination, whatever the energy figure.
    JsonNode m = drawn.get(mill);
    Task millTask = tasks.createTaskQuery().processInstanceBusinessKey(m.get("inspectionNumber").asText()).singleResult();
    Http.Response millDone = complete(m.get("secondInspector").asText(), millTask, Map.of("inspectedOn", today, "limitChoice", limit,
        "measuredValue", 100.0, "lineChoice", millLine + " 1号磨（水泥磨机，直径2.6米）", "observations", "核对设备铭牌"));
    assertThat(millDone.status()).as("the second drawn inspector may record too: " + millDone.body()).isEqualTo(204);
    settle(millTask);
    JsonNode millRecord = http().as("jining-energy").get("/api/inspections/" + m.get("inspectionNumber").asText()).json();
    assertThat(millRecord.get("route").asText()).as("the energy figure is within the limit").isEqualTo("NONE");
    assertThat(millRecord.get("equipmentEliminated").asBoolean()).isTrue();
    assertThat(millRecord.get("catalogueItem").asText()).contains("2024年本", "直径3.0米以下水泥粉磨设备");
    String elimination = millRecord.get("eliminatedIn").asText();
    assertThat(elimination).startsWith("CF-370800-");
    assertThat(http().as("jining-energy").get("/api/eliminations/" + elimination).body()).contains("直径3.0米以下水泥粉磨设备");

    // Below the limit and no eliminated equipment: no finding; only a drawn inspector may record it.
    JsonNode c = drawn.get(clean);
    Task cleanTask = tasks.createTaskQuery().processInstanceBusinessKey(c.get("inspectionNumber").asText()).singleResult();
    assertThat(complete("jining-miit", cleanTask, Map.of("inspectedOn", today, "limitChoice", limit, "measuredValue", 110.0,
        "observations", "达标")).status()).isIn(403, 404);
    assertThat(complete(c.get("firstInspector").asText(), cleanTask, Map.of("inspectedOn", today, "limitChoice", limit,
        "measuredValue", 110.0, "observations", "能耗达标")).status()).isEqualTo(204);
    settle(cleanTask);
    JsonNode cleanRecord = http().as("jining-energy").get("/api/inspections/" + c.get("inspectionNumber").asText()).json();
    assertThat(cleanRecord.get("finding").asBoolean()).isFalse();
    assertThat(cleanRecord.get("referredTo").isNull()).isTrue();

    // 一公开: the results with the draw, without logins.
    String published = http().get("/api/public/inspections?jurisdiction=370800").body();
    assertThat(published).contains("已立案整改（" + caseNumber + "）", "设备属于淘汰类，已列入淘汰（" + elimination + "）", "未发现问题");
    assertThat(http().get("/public/inspections").body()).contains("检查结果", "已立案整改（" + caseNumber + "）");

    // The managers' dashboard: the department's coverage equals the records.
    int year = Deadlines.today(clock).getYear();
    JsonNode dashboard = http().as("jining-manager").get("/api/dashboard?jurisdiction=370800&year=" + year).json();
    JsonNode energy = null;
    for (JsonNode row : dashboard.get("inspections")) {
      if (row.get("departmentGroup").asText().equals("energy-370800")) {
        energy = row;
      }
    }
    assertThat(energy).isNotNull();
    long coveredInRecords = jdbc.queryForObject("SELECT COUNT(DISTINCT c.credit_code) FROM insp_plan p JOIN insp_plan_enterprise c"
        + " ON c.plan_number = p.plan_number WHERE p.department_group = 'energy-370800' AND p.plan_year = ?", Long.class, year);
    long inspectedInRecords = jdbc.queryForObject("SELECT COUNT(DISTINCT credit_code) FROM insp_inspection WHERE department_group ="
        + " 'energy-370800' AND plan_year = ? AND state = 'RECORDED'", Long.class, year);
    long findingsInRecords = jdbc.queryForObject("SELECT COUNT(*) FROM insp_inspection WHERE department_group = 'energy-370800'"
        + " AND plan_year = ? AND finding", Long.class, year);
    assertThat(energy.get("covered").asLong()).isEqualTo(coveredInRecords).isEqualTo(covered);
    assertThat(energy.get("inspected").asLong()).isEqualTo(inspectedInRecords).isEqualTo(3);
    assertThat(energy.get("findings").asLong()).isEqualTo(findingsInRecords).isEqualTo(2);
    assertThat(energy.get("percent").asInt()).isEqualTo((int) Math.round(300.0 / covered));
  }
}
