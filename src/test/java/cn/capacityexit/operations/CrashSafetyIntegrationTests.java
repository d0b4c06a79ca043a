package cn.capacityexit.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.CreditPlatformDouble;
import cn.capacityexit.support.IntegrationTest;
import cn.capacityexit.support.Node;
import cn.capacityexit.support.StormCases;
import cn.capacityexit.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crash safety on PostgreSQL: a node is killed (SIGKILL) in the middle of a timer storm and
 * another is started on the same database; every case then reaches its expected state exactly
 * once. Runs in the PostgreSQL execution of the integration tests (H2 in memory cannot be shared
 * with another process).
 */
@EnabledIfSystemProperty(named = "test.database", matches = "postgres",
    disabledReason = "crash safety is tested on PostgreSQL (mvn verify runs it in the postgres-test execution)")
class CrashSafetyIntegrationTests extends IntegrationTest {

  static final int CASES = Integer.getInteger("storm.cases", 1000);

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;

  @Test
  void aNodeKilledInTheMiddleOfATimerStormLosesNothingAndDoublesNothing() throws Exception {
    long started = System.nanoTime();
    List<String> cases = StormCases.prepare(http().as("jining-miit"), engine, CASES, 0);
    System.out.printf("[crash] %d cases walked to their closure orders in %.1f s%n", CASES, (System.nanoTime() - started) / 1e9);
    Map<String, String> database = TestDatabase.properties("main");
    Map<String, String> settings = Map.of(
        // A dead node's locked jobs are taken over once their lock expires: short here, so the test is quick.
        "camunda.bpm.job-execution.lock-time-in-millis", "10000",
        "capacity-exit.credit.push-url", CreditPlatformDouble.get().url());
    CreditPlatformDouble.get().answer(200);

    Node first = Node.start("node-killed", database, settings);
    long recordedAtKill;
    try {
      // Kill it when part of the storm is done and part is not.
      recordedAtKill = StormProgress.await(jdbc, c -> c >= CASES / 5, 300);
      first.kill();
    } finally {
      first.close();
    }
    recordedAtKill = StormProgress.creditRecords(jdbc);
    assertThat(recordedAtKill).as("killed in the middle of the storm").isGreaterThan(0).isLessThan(CASES);
    System.out.printf("[crash] SIGKILL after %d of %d credit records%n", recordedAtKill, CASES);

    try (Node second = Node.start("node-restarted", database, settings)) {
      long restarted = System.nanoTime();
      StormProgress.awaitDone(engine, jdbc, CASES, 600);
      System.out.printf("[crash] the restarted node finished the storm in %.1f s%n", (System.nanoTime() - restarted) / 1e9);
    }
    StormProgress.assertEveryCaseOnce(engine, jdbc, cases);
  }
}
