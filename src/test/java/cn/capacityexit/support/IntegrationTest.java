package cn.capacityexit.support;

import cn.capacityexit.CapacityExitApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application with the demo data on a random port, on
 * the database of {@link TestDatabase}. All subclasses share one Spring context (failsafe runs them
 * in one JVM per database): a subclass must not add configuration of its own, and must not assume
 * that it sees the only data of the run. The job executor is off: tests execute the jobs they
 * expect, after moving the engine clock. Metrics are on (Prometheus), as in production.
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(classes = CapacityExitApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("demo")
@AutoConfigureObservability
public abstract class IntegrationTest {

  public static final String PASSWORD = "demo";

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.properties("main").forEach((k, v) -> registry.add(k, () -> v));
    registry.add("capacity-exit.credit.push-url", () -> CreditPlatformDouble.get().url());
  }

  protected Http http() {
    return new Http("http://localhost:" + port);
  }
}
