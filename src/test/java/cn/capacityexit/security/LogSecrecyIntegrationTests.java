package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** No password reaches the log, whether the login succeeds or fails, on any of the three doors. */
@ExtendWith(OutputCaptureExtension.class)
class LogSecrecyIntegrationTests extends IntegrationTest {

  private static final String WRONG = "Wrong-Pass-猜测-7731";

  @Test
  void passwordsTriedOnTheApiTheEngineRestApiAndTheWebappsAreNeverLogged(CapturedOutput output) {
    assertThat(http().as("jining-miit", WRONG).get("/api/enterprises").status()).isEqualTo(401);
    assertThat(http().as("jining-eco", WRONG).get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(http().as("jining-samr", WRONG).post("/api/cases", Map.of("description", WRONG)).status()).isEqualTo(401);
    try {
      http().loginToWebapp("tasklist", "jining-gov", WRONG);
    } catch (IllegalStateException refused) {
      assertThat(refused.getMessage()).contains("failed");
    }
    // A user locked by the failed attempts logs that it is locked, not what was tried.
    assertThat(http().as("jining-miit", WRONG).get("/api/enterprises").status()).isEqualTo(401);
    Http ok = http().as("weihai-miit");
    assertThat(ok.get("/api/enterprises").status()).isEqualTo(200);
    assertThat(output.getAll()).doesNotContain(WRONG).doesNotContain("Basic " + java.util.Base64.getEncoder()
        .encodeToString(("jining-miit:" + WRONG).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
