package cn.capacityexit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo's clock (README, "moving time in the demo"): only the administrator moves it, only forward. */
class DemoClockIntegrationTests extends IntegrationTest {

  @AfterEach
  void realTime() {
    http().as("admin").send("DELETE", "/api/admin/demo-clock", null, null);
  }

  @Test
  void theAdministratorMovesTheDemoDateForwardAndBackToRealTime() {
    JsonNode before = http().as("admin").get("/api/admin/demo-clock").json();
    LocalDate today = LocalDate.parse(before.get("today").asText());
    JsonNode moved = http().as("admin").post("/api/admin/demo-clock", Map.of("days", 8)).json();
    assertThat(LocalDate.parse(moved.get("today").asText())).isEqualTo(today.plusDays(8));
    assertThat(moved.get("offsetDays").asInt()).isEqualTo(8);
    assertThat(http().as("admin").post("/api/admin/demo-clock", Map.of("days", -1)).status()).as("never back").isEqualTo(400);
    assertThat(http().as("admin").post("/api/admin/demo-clock", Map.of("days", 401)).status()).isEqualTo(400);
    assertThat(http().as("jining-miit").post("/api/admin/demo-clock", Map.of("days", 1)).status()).as("officers cannot").isEqualTo(403);
    JsonNode reset = http().as("admin").send("DELETE", "/api/admin/demo-clock", null, null).json();
    assertThat(LocalDate.parse(reset.get("today").asText())).isEqualTo(today);
  }
}
