package cn.capacityexit.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Health for load balancers and operators, metrics for Prometheus (exported here as in production). */
class OperationsIntegrationTests extends IntegrationTest {

  @Test
  void healthShowsTheDatabaseAndTheEngineWithoutLogin() {
    JsonNode health = http().get("/actuator/health").json();
    assertThat(health.has("components")).as(health.toString()).isTrue();
    assertThat(health.get("components").get("db").get("status").asText()).isEqualTo("UP");
    assertThat(health.get("components").get("processEngine").get("status").asText()).isEqualTo("UP");
    // The job executor's health (off in these tests, which execute the jobs themselves) is checked by e2e/.
    assertThat(health.toString()).doesNotContain("password").doesNotContain("jdbc:");
    assertThat(http().get("/actuator/health/db").status()).isEqualTo(200);
  }

  @Test
  void prometheusMetricsNeedALoginAndCountTheBacklogIncidentsAndOverdueCases() {
    assertThat(http().get("/actuator/prometheus").status()).isEqualTo(401);
    var metrics = http().as("admin").sendAccepting("GET", "/actuator/prometheus", "text/plain", null);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("capacity_exit_job_backlog").contains("capacity_exit_incidents")
        .contains("capacity_exit_overdue_cases").contains("capacity_exit_overdue_eliminations")
        .contains("jvm_memory_used_bytes");
    assertThat(http().get("/actuator/env").status()).as("nothing else is exposed").isIn(401, 404);
    assertThat(http().as("jining-miit").sendAccepting("GET", "/actuator/prometheus", "text/plain", null).status())
        .as("officers do not read the operations metrics").isEqualTo(403);
  }
}
