package cn.capacityexit.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database of an integration test run, chosen by the system property {@code test.database}
 * (set by the two surefire executions in pom.xml): {@code h2} (in memory) or {@code postgres}.
 *
 * <p>PostgreSQL: the server of {@code TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/}),
 * user {@code TEST_PG_USER} (default postgres), password {@code TEST_PG_PASSWORD}. Each database a
 * run uses is dropped and created fresh on first use. When no server answers, the tests are
 * skipped with a message, except under CI ({@code CI=true}), where they fail.
 */
public final class TestDatabase implements ExecutionCondition {

  private static final Set<String> FRESH = ConcurrentHashMap.newKeySet();

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty("test.database", "h2"));
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static String server() {
    String url = env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    return url.endsWith("/") ? url : url + "/";
  }

  /** Spring properties for a database called {@code name} (fresh on PostgreSQL). */
  public static Map<String, String> properties(String name) {
    Map<String, String> p = new LinkedHashMap<>();
    if (isPostgres()) {
      String database = env("TEST_PG_DATABASE", "capacity_exit_test") + (name.equals("main") ? "" : "_" + name);
      fresh(database);
      p.put("spring.datasource.url", server() + database);
      p.put("spring.datasource.username", env("TEST_PG_USER", "postgres"));
      p.put("spring.datasource.password", env("TEST_PG_PASSWORD", ""));
    } else {
      p.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      p.put("spring.datasource.username", "sa");
      p.put("spring.datasource.password", "");
    }
    return p;
  }

  /** A file database for tests that restart the application on the same data. */
  public static Map<String, String> persistentProperties(String name, java.nio.file.Path dir) {
    if (isPostgres()) {
      return properties(name);
    }
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath());
    p.put("spring.datasource.username", "sa");
    p.put("spring.datasource.password", "");
    return p;
  }

  private static void fresh(String database) {
    if (!FRESH.add(database)) {
      return;
    }
    try (Connection c = DriverManager.getConnection(server() + "postgres", env("TEST_PG_USER", "postgres"),
            env("TEST_PG_PASSWORD", ""));
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + database + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!isPostgres()) {
      return ConditionEvaluationResult.enabled("H2 in memory");
    }
    try (Connection c = DriverManager.getConnection(server() + "postgres", env("TEST_PG_USER", "postgres"),
        env("TEST_PG_PASSWORD", ""))) {
      return ConditionEvaluationResult.enabled("PostgreSQL at " + server() + " answers");
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + server() + " (" + e.getMessage()
          + "): the PostgreSQL run of the integration tests is skipped. Start a server or set TEST_PG_URL.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI requires PostgreSQL. " + message, e);
      }
      System.err.println("[SKIPPED] " + message);
      return ConditionEvaluationResult.disabled(message);
    }
  }
}
