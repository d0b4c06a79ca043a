package cn.capacityexit.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: a department's annual inspection plan covers the key enterprises of its sectors; its double-random draws
 * use a seed the system chooses, are reproducible from it (anyone may verify), take inspectors of the department's
 * own roster only, and are published
 * without the officers' logins.
 */
class InspectionPlansIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  IdentityService identity;

  private String enterprise(String officer, String jurisdiction, String sector) {
    String first17 = "91" + jurisdiction + String.format("%09d", 480000000 + SEQUENCE.incrementAndGet() * 43);
    String code = first17 + CreditCode.checkCharacter(first17);
    assertThat(http().as(officer).post("/api/enterprises", Map.of("creditCode", code, "name", "双随机测试化工" + SEQUENCE.get(),
        "jurisdiction", jurisdiction, "sector", sector)).status()).isEqualTo(201);
    return code;
  }

  private static List<String> drawn(JsonNode draw) {
    List<String> list = new ArrayList<>();
    draw.get("drawn").forEach(d -> list.add(d.get("creditCode").asText() + ":" + d.get("firstInspector").asText() + "+"
        + d.get("secondInspector").asText()));
    return list;
  }

  @Test
  void aPlanCoversItsSectorsAndItsDrawsAreReproducibleFromTheSeedWithinTheDepartment() {
    List<String> ours = List.of(enterprise("jining-eco", "370800", "CHEMICALS"), enterprise("jining-eco", "370800", "CHEMICALS"),
        enterprise("jining-eco", "370800", "CHEMICALS"));
    Map<String, Object> plan = Map.of("jurisdiction", "370800", "department", "eco", "kind", "POLLUTANT_PERMIT", "year", 2026,
        "sectors", List.of("CHEMICALS"));
    Http.Response wrongDepartment = http().as("jining-miit").post("/api/inspection-plans", Map.of("jurisdiction", "370800",
        "department", "miit", "kind", "POLLUTANT_PERMIT", "year", 2026, "sectors", List.of("CHEMICALS")));
    assertThat(wrongDepartment.status()).isEqualTo(400);
    assertThat(wrongDepartment.body()).contains("department", "排污许可证后监管由eco部门制定计划");
    assertThat(http().as("jining-miit").post("/api/inspection-plans", plan).status()).as("not a member of the department").isEqualTo(403);
    Http.Response created = http().as("jining-eco").post("/api/inspection-plans", plan);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String number = created.json().get("planNumber").asText();
    assertThat(number).startsWith("JC-370800-2026-");
    List<String> covered = new ArrayList<>();
    created.json().get("coverage").forEach(c -> covered.add(c.get("creditCode").asText()));
    assertThat(covered).containsAll(ours);
    assertThat(created.json().get("clauses").toString()).contains("二(二)2");

    Http.Response chosen = http().as("jining-eco").post("/api/inspection-plans/" + number + "/draws", Map.of("count", 2, "seed", 42));
    assertThat(chosen.status()).as("an officer may not choose the seed").isEqualTo(400);
    assertThat(chosen.body()).contains("seed");
    Http.Response first = http().as("jining-eco").post("/api/inspection-plans/" + number + "/draws", Map.of("count", 2));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(drawn(first.json())).hasSize(2);
    String drawNumber = first.json().get("drawNumber").asText();
    JsonNode verified = http().get("/api/public/inspections/draws/" + drawNumber + "/verification").json();
    assertThat(verified.get("reproduced").asBoolean()).as("the recorded seed draws the same again").isTrue();
    assertThat(verified.get("seed").asLong()).isEqualTo(first.json().get("seed").asLong());
    List<String> roster = new ArrayList<>();
    for (String group : List.of("eco-370800", "eco-370800-head")) {
      identity.createUserQuery().memberOfGroup(group).list().forEach(u -> roster.add(u.getId()));
    }
    first.json().get("drawn").forEach(d -> {
      assertThat(roster).contains(d.get("firstInspector").asText(), d.get("secondInspector").asText());
      assertThat(d.get("firstInspector").asText()).isNotEqualTo(d.get("secondInspector").asText());
    });
    Http.Response again = http().as("jining-eco-head").post("/api/inspection-plans/" + number + "/draws", Map.of("count", 1));
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("drawNumber").asText()).isEqualTo(number + "-02");

    assertThat(http().as("jining-eco").post("/api/inspection-plans/" + number + "/draws", Map.of("count", covered.size() + 1))
        .status()).isEqualTo(400);
    assertThat(http().as("weihai-eco").post("/api/inspection-plans/" + number + "/draws", Map.of("count", 1)).status()).isEqualTo(403);

    String published = http().get("/api/public/inspections?jurisdiction=370800").body();
    assertThat(published).contains(number, "\"seed\":" + first.json().get("seed").asLong()).doesNotContain("jining-eco");
    assertThat(http().get("/public/inspections").body()).contains("双随机抽查情况", "随机数种子 " + first.json().get("seed").asLong());
  }
}
