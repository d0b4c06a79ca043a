package cn.capacityexit.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.Http;
import cn.capacityexit.support.Node;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, attack 11: on the embedded default (H2 in ./data) what was answered 2xx survives a
 * kill -9 right after the answer, and no case number is ever issued twice. The application runs in
 * a JVM of its own, in a fresh working directory, with the default datasource.
 */
class EmbeddedDurabilityIntegrationTests {

  static final String[] JINING = {"91370800570079195T", "913708005701583877", "91370800570237579K", "91370800570316760X",
      "91370800570395956H"};

  @Test
  void casesAnsweredCreatedSurviveAKillAndTheirNumbersAreNeverReissued() throws Exception {
    File dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "durability").toFile();
    List<String> numbers = new ArrayList<>();
    Node first = Node.start("durability-1", dir, Map.of(), Map.of());
    try {
      Http officer = first.http().as("jining-miit", "demo");
      for (String enterprise : JINING) {
        Http.Response r = officer.post("/api/cases", Map.of("enterpriseCreditCode", enterprise, "dimension", "ENERGY",
            "description", "能耗超标"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        numbers.add(r.json().get("caseNumber").asText());
      }
    } finally {
      first.kill();
    }
    try (Node second = Node.start("durability-2", dir, Map.of(), Map.of())) {
      Http officer = second.http().as("jining-miit", "demo");
      for (String number : numbers) {
        assertThat(officer.get("/api/cases/" + number).status()).as(number).isEqualTo(200);
      }
      Http.Response next = officer.post("/api/cases", Map.of("enterpriseCreditCode", JINING[0], "dimension", "SAFETY",
          "description", "安全隐患"));
      assertThat(next.status()).as(next.body()).isEqualTo(201);
      assertThat(numbers).doesNotContain(next.json().get("caseNumber").asText());
    }
  }
}
