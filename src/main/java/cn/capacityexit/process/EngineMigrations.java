package cn.capacityexit.process;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product's changes to the engine's own tables (issue 17): statistics, the job acquisition index, the queue
 * tables' autovacuum settings, the removal of the per-task authorizations that {@link TaskAuthorizations} no longer
 * writes. The engine creates its tables when it starts, after Spring's Flyway has migrated the product's tables, so
 * these run once the engine is built, as versioned migrations under {@code db/engine/<vendor>} with their own history
 * table ({@code cx_engine_schema_history}).
 */
final class EngineMigrations {

  private static final Logger LOG = LoggerFactory.getLogger(EngineMigrations.class);
  static final String HISTORY_TABLE = "cx_engine_schema_history";

  private EngineMigrations() {}

  static void migrate(DataSource dataSource) {
    String vendor = vendor(dataSource);
    if (vendor == null) {
      LOG.warn("no engine-table migrations for this database: only PostgreSQL and H2 are supported");
      return;
    }
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine/" + vendor)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("engine tables: {} migrations applied ({})", result.migrationsExecuted, vendor);
      // A setting of the database (jit) applies to connections opened after it: the pool's are replaced.
      try {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
          var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
          if (pool != null) {
            pool.softEvictConnections();
          }
        }
      } catch (SQLException e) {
        LOG.debug("could not renew the pool's connections: {}", e.getMessage());
      }
    }
  }

  private static String vendor(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String name = c.getMetaData().getDatabaseProductName().toLowerCase();
      return name.contains("postgres") ? "postgresql" : name.contains("h2") ? "h2" : null;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's product name", e);
    }
  }
}
