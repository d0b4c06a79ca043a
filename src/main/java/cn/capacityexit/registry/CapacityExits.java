package cn.capacityexit.registry;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Capacity counted as exited in a year (计入当年落后产能退出情况): one row per line, with the
 * enterprise, sector, capacity and unit as they stood when it exited. A line sealed first and
 * dismantled later keeps one row whose method moves from SEALED to DISMANTLED.
 */
@Repository
public class CapacityExits {

  public enum Method { CLOSED, SEALED, DISMANTLED, RESERVED }

  private final JdbcClient jdbc;

  public CapacityExits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the line as exited, its enterprise still open; see {@link #record(long, String, String, Method, LocalDate, boolean)}. */
  public boolean record(long lineId, String caseNumber, String dimension, Method method, LocalDate exitDate) {
    return record(lineId, caseNumber, dimension, method, exitDate, false);
  }

  /**
   * Records the line as exited, and whether its enterprise was closed with it (停业、关闭) or only the
   * line left production; returns false when it was already counted (its method is updated).
   */
  public boolean record(long lineId, String caseNumber, String dimension, Method method, LocalDate exitDate,
      boolean enterpriseClosed) {
    int updated = jdbc.sql("UPDATE ex_capacity_exit SET method = ?, enterprise_closed = enterprise_closed OR ? WHERE line_id = ?")
        .params(method.name(), enterpriseClosed, lineId).update();
    if (updated > 0) {
      return false;
    }
    jdbc.sql("INSERT INTO ex_capacity_exit (line_id, case_number, credit_code, jurisdiction_code, sector, capacity,"
            + " capacity_unit, dimension, method, exit_date, exit_year, enterprise_closed)"
            + " SELECT l.id, ?, e.credit_code, e.jurisdiction_code, e.sector, l.capacity, l.capacity_unit, ?, ?, ?, ?, ?"
            + " FROM reg_production_line l JOIN reg_enterprise e ON e.credit_code = l.credit_code WHERE l.id = ?")
        .params(caseNumber, dimension, method.name(), exitDate, exitDate.getYear(), enterpriseClosed, lineId)
        .update();
    return true;
  }

}
