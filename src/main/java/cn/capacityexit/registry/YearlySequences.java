package cn.capacityexit.registry;

import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers that run per jurisdiction and year (ZG-370800-2025-0001, CF-371000-2025-0001): the row of
 * the sequence table is locked by its update until the transaction ends, so two officers never
 * get the same number. The first number of a year creates the row in a transaction of its own:
 * two first numbers at once then meet on the row, not on a duplicate key that would abort the
 * caller's transaction on PostgreSQL.
 */
@Repository
public class YearlySequences {

  /** The sequence tables (jurisdiction_code, &lt;year column&gt;, last_value) and their year columns. */
  private static final Set<String> TABLES = Set.of("rc_case_sequence:case_year", "ds_sequence:plan_year", "cr_rating_sequence:rating_year", "ev_sequence:eval_year", "insp_sequence:plan_year",
      "lic_unlicensed_sequence:case_year");

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  public YearlySequences(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The next number, drawn in a transaction of its own that ends at once: the row is locked for a moment instead of
   * for the caller's whole transaction, so that officers of one jurisdiction register in parallel (issue 17: the intake
   * of one city queued on this row for as long as each case's process start took). A caller that fails after drawing
   * leaves its number unused: a gap in the register, never a number given twice.
   */
  public int nextAtOnce(String table, String yearColumn, String jurisdiction, int year) {
    Integer n = separately.execute(status -> next(table, yearColumn, jurisdiction, year));
    if (n == null) {
      throw new IllegalStateException("cannot allocate a number in " + table + " for " + jurisdiction + "/" + year);
    }
    return n;
  }

  public int next(String table, String yearColumn, String jurisdiction, int year) {
    if (!TABLES.contains(table + ":" + yearColumn)) {
      throw new IllegalArgumentException("not a sequence table: " + table);
    }
    String where = " WHERE jurisdiction_code = ? AND " + yearColumn + " = ?";
    if (jdbc.sql("UPDATE " + table + " SET last_value = last_value + 1" + where).params(jurisdiction, year).update() == 0) {
      try {
        separately.executeWithoutResult(status -> jdbc.sql("INSERT INTO " + table + " (jurisdiction_code, " + yearColumn
            + ", last_value) VALUES (?, ?, 0)").params(jurisdiction, year).update());
      } catch (DuplicateKeyException raced) {
        // Another transaction created the year's row first: count on it.
      }
      if (jdbc.sql("UPDATE " + table + " SET last_value = last_value + 1" + where).params(jurisdiction, year).update() == 1) {
        return jdbc.sql("SELECT last_value FROM " + table + where).params(jurisdiction, year).query(Integer.class).single();
      }
    } else {
      return jdbc.sql("SELECT last_value FROM " + table + where).params(jurisdiction, year).query(Integer.class).single();
    }
    throw new IllegalStateException("cannot allocate a number in " + table + " for " + jurisdiction + "/" + year);
  }
}
