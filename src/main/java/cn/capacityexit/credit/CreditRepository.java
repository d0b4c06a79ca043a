package cn.capacityexit.credit;

import cn.capacityexit.web.Page;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The credit record outbox: one row per record key, written once however often its job runs. */
@Repository
public class CreditRepository {

  private static final String COLUMNS = "id, record_key, case_number, credit_code, enterprise_name, jurisdiction_code, what,"
      + " why, legal_basis, platform, domains, created_at, pushed_at, push_attempts, corrected_on, repaired_on, repair_document,"
      + " repair_reason, repaired_by, maker_group";
  private static final RowMapper<CreditRecord> MAPPER = (rs, n) -> new CreditRecord(
      rs.getLong("id"), rs.getString("record_key"), rs.getString("case_number"), rs.getString("credit_code"),
      rs.getString("enterprise_name"), rs.getString("jurisdiction_code"), rs.getString("what"), rs.getString("why"),
      rs.getString("legal_basis"), rs.getString("platform"), rs.getString("domains"),
      rs.getObject("created_at", OffsetDateTime.class), rs.getObject("pushed_at", OffsetDateTime.class),
      rs.getInt("push_attempts"), rs.getObject("corrected_on", LocalDate.class), rs.getObject("repaired_on", LocalDate.class),
      rs.getString("repair_document"), rs.getString("repair_reason"), rs.getString("repaired_by"), rs.getString("maker_group"));

  private final JdbcClient jdbc;

  public CreditRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the record unless its key exists; returns true when it wrote it. */
  public boolean insertOnce(String key, String caseNumber, String creditCode, String enterpriseName, String jurisdiction,
      String what, String why, String legalBasis, String platform, String domains, String makerGroup, OffsetDateTime at) {
    // Insert-select guarded by NOT EXISTS, and the unique key as the last word under concurrency.
    int rows = jdbc.sql("INSERT INTO cr_credit_record (record_key, case_number, credit_code, enterprise_name, jurisdiction_code,"
            + " what, why, legal_basis, platform, domains, maker_group, created_at, push_attempts)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0 FROM (SELECT 1 AS one) x"
            + " WHERE NOT EXISTS (SELECT 1 FROM cr_credit_record WHERE record_key = ?)")
        .params(key, caseNumber, creditCode, enterpriseName, jurisdiction, what, why, legalBasis, platform, domains, makerGroup, at, key)
        .update();
    return rows > 0;
  }

  public Optional<CreditRecord> byKey(String key) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM cr_credit_record WHERE record_key = ?").param(key).query(MAPPER).optional();
  }

  /** The breach of the records of a case or elimination with one of these kinds ended (exited, dismantled) on a day. */
  int corrected(String caseNumber, List<String> kinds, LocalDate on) {
    int n = 0;
    for (String kind : kinds) {
      n += jdbc.sql("UPDATE cr_credit_record SET corrected_on = ? WHERE case_number = ? AND record_key LIKE ? AND corrected_on IS NULL")
          .params(on, caseNumber, "%:" + kind + "%").update();
    }
    return n;
  }

  /** The records whose key starts with the prefix (one elimination's, a number the product generated) are corrected on a day. */
  int correctedByKeyPrefix(String prefix, LocalDate on) {
    return jdbc.sql("UPDATE cr_credit_record SET corrected_on = ? WHERE record_key LIKE ? AND corrected_on IS NULL")
        .params(on, prefix + "%").update();
  }

  /** Records the repair; false when the record was repaired already (a second officer at the same time). */
  boolean repaired(String key, LocalDate on, String document, String reason, String by) {
    return jdbc.sql("UPDATE cr_credit_record SET repaired_on = ?, repair_document = ?, repair_reason = ?, repaired_by = ?,"
            + " pushed_at = NULL WHERE record_key = ? AND repaired_on IS NULL")
        .params(on, document, reason, by, key).update() == 1;
  }

  /** The records of a case or elimination. */
  List<CreditRecord> ofCase(String caseNumber) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM cr_credit_record WHERE case_number = ? ORDER BY id").param(caseNumber).query(MAPPER).list();
  }

  public void pushed(String key, OffsetDateTime at) {
    jdbc.sql("UPDATE cr_credit_record SET pushed_at = ?, push_attempts = push_attempts + 1 WHERE record_key = ?").params(at, key).update();
  }

  public Page<CreditRecord> search(Collection<String> jurisdictions, Boolean pushed, int page, int size) {
    if (jurisdictions.isEmpty()) {
      return new Page<>(List.of(), page, size, 0);
    }
    String where = " WHERE jurisdiction_code IN (:jurisdictions)"
        + (pushed == null ? "" : pushed ? " AND pushed_at IS NOT NULL" : " AND pushed_at IS NULL");
    Map<String, Object> params = new HashMap<>();
    params.put("jurisdictions", jurisdictions);
    long total = jdbc.sql("SELECT COUNT(*) FROM cr_credit_record" + where).params(params).query(Long.class).single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<CreditRecord> items = jdbc.sql("SELECT " + COLUMNS + " FROM cr_credit_record" + where + " ORDER BY id LIMIT :limit OFFSET :offset")
        .params(params).query(MAPPER).list();
    return new Page<>(items, page, size, total);
  }
}
