package cn.capacityexit.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operations watch, read at each scrape of /actuator/prometheus: the jobs that are due and
 * not yet done (the job executor's backlog), the open incidents, and the cases past their deadline.
 */
@Component
public class OperationsMetrics implements MeterBinder {

  private final JdbcClient jdbc;

  public OperationsMetrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("capacity_exit_job_backlog", this, m -> m.count(
            "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1"
                + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= CURRENT_TIMESTAMP)"))
        .description("Jobs due and not yet executed").register(registry);
    Gauge.builder("capacity_exit_incidents", this, m -> m.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT"))
        .description("Open incidents (failed jobs, failed pushes to the credit platform)").register(registry);
    Gauge.builder("capacity_exit_overdue_cases", this, m -> m.count(
            "SELECT COUNT(*) FROM rc_case WHERE state NOT IN ('RECTIFIED', 'CLOSED', 'ELIMINATED')"
                + " AND (overdue OR deadline < CURRENT_DATE)"))
        .description("Rectification cases past their deadline and not ended").register(registry);
    Gauge.builder("capacity_exit_overdue_eliminations", this, m -> m.count(
            "SELECT COUNT(*) FROM ds_elimination WHERE overdue AND state <> 'DISMANTLED'"))
        .description("Sealed lines not dismantled by their deadline").register(registry);
  }

  private double count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
