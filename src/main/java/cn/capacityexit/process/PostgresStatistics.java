package cn.capacityexit.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Statistics PostgreSQL needs to plan the task lists well (issue 17; BENCHMARKS.md). The engine checks a task's
 * authorization with {@code A.PERMS_ & 2 = 2} over ACT_RU_AUTHORIZATION, which holds one row per task and candidate
 * group. PostgreSQL has no statistics for that expression and guesses 0.5% of a department's rows: with 20,000 tasks in
 * one department it expects about 100 authorizations, compares every task with each of them in a nested loop (about 28 s
 * for the department's count). Statistics on the expression, the resource type and the group (collected by ANALYZE, as
 * autovacuum does) give the right count and a plan that looks each task's authorization up by index (about 0.2 s).
 * Created once the engine has created its tables; {@code IF NOT EXISTS}, so every start may ask.
 */
@Component
class PostgresStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresStatistics.class);

  static final String AUTHORIZATION_STATISTICS = "CREATE STATISTICS IF NOT EXISTS cx_auth_read_perms"
      + " ON (perms_ & 2), resource_type_, group_id_ FROM act_ru_authorization";

  private final DataSource dataSource;

  PostgresStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void create() {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        return;
      }
      try (Statement s = c.createStatement()) {
        s.execute(AUTHORIZATION_STATISTICS);
      }
    } catch (SQLException e) {
      // The lists still work without them, only slower for the biggest departments: say so, do not stop the start.
      LOG.warn("could not create the task-list statistics on ACT_RU_AUTHORIZATION: {}", e.getMessage());
    }
  }
}
