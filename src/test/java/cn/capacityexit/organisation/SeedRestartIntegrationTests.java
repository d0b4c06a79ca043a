package cn.capacityexit.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.CapacityExitApplication;
import cn.capacityexit.support.TestDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application started twice on the same database: the second start loads and deploys nothing. */
@ExtendWith(TestDatabase.class)
class SeedRestartIntegrationTests {

  private static final List<String> TABLES = List.of(
      "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_TENANT", "ACT_ID_MEMBERSHIP", "ACT_ID_TENANT_MEMBER",
      "ACT_RU_AUTHORIZATION", "ACT_RU_FILTER", "ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF", "ACT_GE_BYTEARRAY",
      "reg_enterprise", "reg_production_line", "reg_line_status_change");

  @TempDir
  Path dir;

  @Test
  void aRestartKeepsAllDataAndLoadsNothingTwice() {
    Map<String, Long> first = countsAfterStart();
    assertThat(first.get("ACT_ID_TENANT")).isEqualTo(15);
    assertThat(first.get("ACT_ID_USER")).isGreaterThan(200);
    assertThat(first.get("ACT_RU_FILTER")).isEqualTo(4);
    assertThat(first.get("reg_enterprise")).isGreaterThanOrEqualTo(30);
    assertThat(first.get("reg_line_status_change")).isEqualTo(first.get("reg_production_line"));
    assertThat(first.get("ACT_RE_DEPLOYMENT")).as("one deployment of processes/ and forms/").isEqualTo(1);

    Map<String, Long> second = countsAfterStart();
    assertThat(second).isEqualTo(first);
  }

  private Map<String, Long> countsAfterStart() {
    Map<String, String> properties = new LinkedHashMap<>(TestDatabase.persistentProperties("restart", dir));
    properties.put("server.port", "0");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    // Its own engine name: closing these contexts must not unregister the shared test context's "default".
    properties.put("camunda.bpm.process-engine-name", "restartTest");
    // As command-line arguments: they win over application.yaml (never the developer's ./data).
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CapacityExitApplication.class)
        .profiles("demo").run(args)) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String table : TABLES) {
        counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
      }
      return counts;
    }
  }
}
