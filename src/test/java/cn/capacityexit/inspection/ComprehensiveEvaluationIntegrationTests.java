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
 * Issue 16: the comprehensive-standards evaluation of each enterprise and year comes from its inspections; Weihai's
 * departments report it to the province's department with a copy to the city's industry department (Weihai 四(二));
 * elsewhere no such report is ordered; the annual report cites the figures.
 */
class ComprehensiveEvaluationIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  TaskService tasks;

  @Autowired
  Clock clock;

  @Autowired
  org.camunda.bpm.engine.ManagementService management;

  private void settle(Task task) {
    management.createJobQuery().processInstanceId(task.getProcessInstanceId()).executable().list()
        .forEach(j -> management.executeJob(j.getId()));
  }

  private String enterprise(String name) {
    String first17 = "91371000" + String.format("%09d", 540000000 + SEQUENCE.incrementAndGet() * 47);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http.Response r = http().as("weihai-eco").post("/api/enterprises", Map.of("creditCode", code, "name", name + SEQUENCE.get(),
        "jurisdiction", "371000", "sector", "PRINTING"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return code;
  }

  private Http.Response submit(String officer, String path, Map<String, Object> fields) {
    Map<String, Object> typed = new LinkedHashMap<>();
    fields.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Double ? "Double" : v instanceof Long ? "Long" : "String")));
    return http().as(officer).post(path, Map.of("variables", typed));
  }

  @Test
  void weihaiReportsTheEvaluationToTheProvinceWithACopyToTheCityAndTheAnnualReportCitesIt() {
    String failing = enterprise("无证排污印刷");
    String passing = enterprise("达标印刷");
    int year = Deadlines.today(clock).getYear();
    String today = Deadlines.today(clock).toString();
    Http.Response plan = http().as("weihai-eco").post("/api/inspection-plans", Map.of("jurisdiction", "371000", "department", "eco",
        "kind", "POLLUTANT_PERMIT", "year", year, "sectors", List.of("PRINTING")));
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    String planNumber = plan.json().get("planNumber").asText();
    JsonNode draw = http().as("weihai-eco").post("/api/inspection-plans/" + planNumber + "/draws",
        Map.of("count", plan.json().get("coverage").size())).json();
    Map<String, JsonNode> drawn = new LinkedHashMap<>();
    draw.get("drawn").forEach(d -> drawn.put(d.get("creditCode").asText(), d));

    JsonNode f = drawn.get(failing);
    Task ft = tasks.createTaskQuery().processInstanceBusinessKey(f.get("inspectionNumber").asText()).singleResult();
    Http.Response noPermit = submit(f.get("firstInspector").asText(), "/engine-rest/task/" + ft.getId() + "/submit-form",
        Map.of("inspectedOn", today, "permitHeld", "NO", "observations", "现场发现印刷废气未经许可直接排放"));
    assertThat(noPermit.status()).as(noPermit.body()).isEqualTo(204);
    settle(ft);
    JsonNode p = drawn.get(passing);
    Task pt = tasks.createTaskQuery().processInstanceBusinessKey(p.get("inspectionNumber").asText()).singleResult();
    Http.Response missing = submit(p.get("firstInspector").asText(), "/engine-rest/task/" + pt.getId() + "/submit-form",
        Map.of("inspectedOn", today, "permitHeld", "YES", "observations", "持证排污"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("permitNumber");
    Http.Response withinPermit = submit(p.get("firstInspector").asText(), "/engine-rest/task/" + pt.getId() + "/submit-form",
        Map.of("inspectedOn", today, "permitHeld", "YES", "permitNumber", "91371000MA3C00001X001V", "permitLimit", 50.0,
            "emissionMeasured", 32.5, "observations", "在线监测数据与手工监测一致"));
    assertThat(withinPermit.status()).as(withinPermit.body()).isEqualTo(204);
    settle(pt);
    JsonNode failed = http().as("weihai-eco").get("/api/inspections/" + f.get("inspectionNumber").asText()).json();
    assertThat(failed.get("legalBasis").asText()).contains("排污许可管理条例》第三十三条");
    assertThat(failed.get("referredTo").asText()).startsWith("ZG-371000-");

    JsonNode evaluations = http().as("weihai-eco").get("/api/comprehensive-evaluations?jurisdiction=371000&year=" + year).json();
    Map<String, String> environment = new LinkedHashMap<>();
    evaluations.forEach(e -> e.get("verdicts").forEach(v -> {
      if (v.get("dimension").asText().equals("ENVIRONMENT")) {
        environment.put(e.get("creditCode").asText(), v.get("result").asText() + ":" + v.get("inspections").toString());
      }
    }));
    assertThat(environment.get(failing)).startsWith("FAILED:").contains(f.get("inspectionNumber").asText());
    assertThat(environment.get(passing)).startsWith("PASSED:").contains(p.get("inspectionNumber").asText());

    // Reported from Tasklist: to the province's environment department, a copy to Weihai's industry department.
    Map<String, Object> start = Map.of("jurisdictionCode", "371000", "department", "eco", "reportYear", (long) year,
        "note", "对全市印刷企业开展排污许可证后监管并实施综合标准评价");
    Http.Response elsewhere = submit("jining-eco", "/engine-rest/process-definition/key/evaluation-report/submit-form",
        Map.of("jurisdictionCode", "370800", "department", "eco", "reportYear", (long) year, "note", "济宁"));
    assertThat(elsewhere.status()).as("Jining's plan orders no such report").isEqualTo(400);
    assertThat(elsewhere.body()).contains("未要求报送综合标准评价工作情况");
    assertThat(submit("weihai-samr", "/engine-rest/process-definition/key/evaluation-report/submit-form", start).status())
        .as("another department").isEqualTo(403);
    Http.Response started = submit("weihai-eco", "/engine-rest/process-definition/key/evaluation-report/submit-form", start);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().get("id").asText();
    Task receive = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReceiveReport").singleResult();
    assertThat(tasks.getIdentityLinksForTask(receive.getId())).anyMatch(l -> "eco-370000".equals(l.getGroupId()));
    Task copy = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_ReadCopy").singleResult();
    assertThat(tasks.getIdentityLinksForTask(copy.getId())).anyMatch(l -> "miit-371000".equals(l.getGroupId()));
    assertThat(submit("shandong-eco", "/engine-rest/task/" + receive.getId() + "/submit-form", Map.of("receivedNote", "已阅，请继续做好评价"))
        .status()).isEqualTo(204);
    assertThat(submit("weihai-miit", "/engine-rest/task/" + copy.getId() + "/submit-form", Map.of()).status()).isEqualTo(204);
    JsonNode report = http().as("weihai-eco").get("/api/evaluation-reports/PJ-371000-" + year + "-eco").json();
    assertThat(report.get("summary").asText()).contains("环保方面评价", "威工信字〔2021〕63号 四(二)");
    assertThat(report.get("receivedBy").asText()).isEqualTo("shandong-eco");
    assertThat(report.get("readBy").asText()).isEqualTo("weihai-miit");

    JsonNode annual = http().as("weihai-eco").get("/api/reports/annual-exits?jurisdiction=371000&year=" + year).json();
    JsonNode env = null;
    for (JsonNode t : annual.get("comprehensiveEvaluation")) {
      if (t.get("dimension").asText().equals("ENVIRONMENT")) {
        env = t;
      }
    }
    assertThat(env.get("failed").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(env.get("passed").asLong()).isGreaterThanOrEqualTo(1);
  }
}
