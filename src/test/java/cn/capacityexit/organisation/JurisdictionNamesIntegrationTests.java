package cn.capacityexit.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Tasklist names a task's jurisdiction (issue 14): the names of the division codes are public. */
class JurisdictionNamesIntegrationTests extends IntegrationTest {

  @Test
  void everyJurisdictionIsNamedWithoutALogin() {
    JsonNode names = http().get("/api/public/jurisdictions").json();
    assertThat(names.get("370800").asText()).isEqualTo("济宁市");
    assertThat(names.get("371521").asText()).isEqualTo("阳谷县");
    assertThat(names.size()).isGreaterThanOrEqualTo(15);
  }
}
