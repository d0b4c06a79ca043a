package cn.capacityexit.operations;

import static cn.capacityexit.rectification.RectificationProcess.TASK_ISSUE_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.CreditPlatformDouble;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import cn.capacityexit.support.Node;
import cn.capacityexit.support.StormCases;
import cn.capacityexit.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL database: they share a timer storm (each job runs once,
 * both take work, as the engine's job log shows by host name), and a task created through one is
 * completed through the other.
 */
@EnabledIfSystemProperty(named = "test.database", matches = "postgres",
    disabledReason = "the cluster is tested on PostgreSQL (mvn verify runs it in the postgres-test execution)")
class ClusterIntegrationTests extends IntegrationTest {

  static final int CASES = Integer.getInteger("storm.cases", 1000);

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;

  @Test
  void twoNodesShareATimerStormAndEachOthersTasks() throws Exception {
    List<String> cases = StormCases.prepare(http().as("jining-miit"), engine, CASES, 5000);
    Map<String, String> database = TestDatabase.properties("main");
    Map<String, String> settings = Map.of("capacity-exit.credit.push-url", CreditPlatformDouble.get().url());
    CreditPlatformDouble.get().answer(200);
    // Held until both nodes are up, so that the storm breaks on the cluster, not on the first node.
    engine.getManagementService().suspendJobDefinitionByProcessDefinitionKey("rectification-to-closure", true);

    try (Node a = Node.start("node-a", database, settings); Node b = Node.start("node-b", database, settings)) {
      engine.getManagementService().activateJobDefinitionByProcessDefinitionKey("rectification-to-closure", true);
      long started = System.nanoTime();
      StormProgress.awaitDone(engine, jdbc, CASES, 600);
      System.out.printf("[cluster] two nodes finished the storm of %d cases in %.1f s%n", CASES, (System.nanoTime() - started) / 1e9);
      StormProgress.assertEveryCaseOnce(engine, jdbc, cases);
      Map<String, Long> byNode = jdbc.sql("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_")
          .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      System.out.println("[cluster] jobs run per node: " + byNode);
      assertThat(byNode.get("node-a")).as("jobs run by node-a").isPositive();
      assertThat(byNode.get("node-b")).as("jobs run by node-b").isPositive();

      // A finding registered through node A; its notice completed through node B; the case read through A.
      String code = "91370800570554339M"; // 济宁光辉热电有限公司, a demo power plant: the energy bureau leads
      Http.Response opened = a.http().as("jining-energy").post("/api/cases", Map.of("enterpriseCreditCode", code,
          "dimension", "ENERGY", "description", "供电煤耗超过限额标准"));
      assertThat(opened.status()).as(opened.body()).isEqualTo(201);
      String number = opened.json().get("caseNumber").asText();
      JsonNode tasks = b.http().as("jining-energy").get("/engine-rest/task?processInstanceBusinessKey=" + number
          + "&taskDefinitionKey=" + TASK_ISSUE_NOTICE).json();
      assertThat(tasks).hasSize(1);
      String taskId = tasks.get(0).get("id").asText();
      assertThat(b.http().as("jining-energy").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "jining-energy")).status())
          .isEqualTo(204);
      Http.Response done = b.http().as("jining-energy").post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
          "rectificationRequirements", Map.of("value", "6个月内供电煤耗降至限额以内", "type", "String"))));
      assertThat(done.status()).as(done.body()).isEqualTo(204);
      // The notice was generated on node b; node a records its service.
      JsonNode service = a.http().as("jining-energy").get("/engine-rest/task?processInstanceBusinessKey=" + number
          + "&taskDefinitionKey=" + cn.capacityexit.rectification.RectificationProcess.TASK_RECORD_NOTICE_SERVICE).json();
      Http.Response served = a.http().as("jining-energy").post("/engine-rest/task/" + service.get(0).get("id").asText() + "/complete",
          Map.of("variables", Map.of("serviceMethod", Map.of("value", "DIRECT", "type", "String"),
              "seal", Map.of("value", "INK", "type", "String"),
              "servedOn", Map.of("value", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), "type", "String"))));
      assertThat(served.status()).as(served.body()).isEqualTo(204);
      JsonNode c = a.http().as("jining-energy").get("/api/cases/" + number).json().get("case");
      assertThat(c.get("state").asText()).isEqualTo("RECTIFYING");
      assertThat(c.get("deadline").isNull()).isFalse();
    }
  }
}
