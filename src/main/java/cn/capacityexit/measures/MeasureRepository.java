package cn.capacityexit.measures;

import cn.capacityexit.organisation.Organisation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The joint measures of the cases (jm_measure). */
@Repository
class MeasureRepository {

  private static final String COLUMNS = "measure_number, case_number, stage, measure, jurisdiction_code, department_group,"
      + " credit_code, enterprise_name, title, action_text, legal_basis, liftable, repairable, status, raised_on, outcome_document,"
      + " outcome_date, outcome_note, applied_by, applied_at, lifted_on, lift_note, lifted_by";

  private final JdbcClient jdbc;
  private final RowMapper<Measure> mapper;

  MeasureRepository(JdbcClient jdbc, Organisation organisation) {
    this.jdbc = jdbc;
    this.mapper = (rs, n) -> {
      Measure.Status status = Measure.Status.valueOf(rs.getString("status"));
      return new Measure(rs.getString("measure_number"), rs.getString("case_number"), rs.getString("stage"),
          rs.getString("measure"), rs.getString("jurisdiction_code"), rs.getString("department_group"),
          organisation.groupName(rs.getString("department_group")), rs.getString("credit_code"), rs.getString("enterprise_name"),
          rs.getString("title"), rs.getString("action_text"), rs.getString("legal_basis"), rs.getBoolean("liftable"), rs.getBoolean("repairable"), status,
          status.label(), rs.getObject("raised_on", LocalDate.class), rs.getString("outcome_document"),
          rs.getObject("outcome_date", LocalDate.class), rs.getString("outcome_note"), rs.getString("applied_by"),
          rs.getObject("applied_at", OffsetDateTime.class), rs.getObject("lifted_on", LocalDate.class), rs.getString("lift_note"),
          rs.getString("lifted_by"));
    };
  }

  boolean exists(String caseNumber, String stage, String measure, String group) {
    return jdbc.sql("SELECT COUNT(*) FROM jm_measure WHERE case_number = ? AND stage = ? AND measure = ? AND department_group = ?")
        .params(caseNumber, stage, measure, group).query(Integer.class).single() > 0;
  }

  int countOfCase(String caseNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM jm_measure WHERE case_number = ?").param(caseNumber).query(Integer.class).single();
  }

  void insert(String number, String caseNumber, String stage, Measure.Rule rule, String jurisdiction, String group,
      String creditCode, String enterpriseName, LocalDate raisedOn, OffsetDateTime at) {
    jdbc.sql("INSERT INTO jm_measure (measure_number, case_number, stage, measure, jurisdiction_code, department_group,"
            + " credit_code, enterprise_name, title, action_text, legal_basis, liftable, holds_exit, repairable, status, raised_on,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RAISED', ?, ?)")
        .params(number, caseNumber, stage, rule.measure(), jurisdiction, group, creditCode, enterpriseName, rule.title(),
            rule.action(), rule.legalBasis(), rule.liftable(), rule.holdsExit(), rule.repairable(), raisedOn, at)
        .update();
  }

  void started(String number, String processInstanceId) {
    jdbc.sql("UPDATE jm_measure SET process_instance_id = ? WHERE measure_number = ?").params(processInstanceId, number).update();
  }

  Optional<Measure> byInstance(String processInstanceId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM jm_measure WHERE process_instance_id = ?").param(processInstanceId).query(mapper)
        .optional();
  }

  List<Measure> ofCase(String caseNumber) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM jm_measure WHERE case_number = ? ORDER BY id").param(caseNumber).query(mapper).list();
  }

  /** The measures of a case that must be recorded before its exit may be confirmed, and are not yet. */
  List<Measure> holdingExit(String caseNumber) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM jm_measure WHERE case_number = ? AND holds_exit = TRUE AND status = 'RAISED' ORDER BY id")
        .param(caseNumber).query(mapper).list();
  }

  List<Measure> open(Collection<String> jurisdictions) {
    if (jurisdictions.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM jm_measure WHERE status IN ('RAISED', 'APPLIED') AND jurisdiction_code IN (:j)"
            + " ORDER BY raised_on, id")
        .param("j", jurisdictions).query(mapper).list();
  }

  /** The measures raised in a year in some jurisdictions, counted per department, kind and status. */
  List<MeasureTally> tally(Collection<String> jurisdictions, LocalDate from, LocalDate to, java.util.function.Function<String, String> names) {
    if (jurisdictions.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT department_group, measure, MIN(title) AS title, COUNT(*) AS raised,"
            + " SUM(CASE WHEN status = 'APPLIED' THEN 1 ELSE 0 END) AS applied,"
            + " SUM(CASE WHEN status = 'NOT_APPLICABLE' THEN 1 ELSE 0 END) AS not_applicable,"
            + " SUM(CASE WHEN status = 'LIFTED' THEN 1 ELSE 0 END) AS lifted,"
            + " SUM(CASE WHEN status = 'WITHDRAWN' THEN 1 ELSE 0 END) AS withdrawn,"
            + " SUM(CASE WHEN status IN ('RAISED', 'APPLIED') THEN 1 ELSE 0 END) AS still_open"
            + " FROM jm_measure WHERE jurisdiction_code IN (:j) AND raised_on >= :from AND raised_on < :to"
            + " GROUP BY department_group, measure ORDER BY department_group, measure")
        .param("j", jurisdictions).param("from", from).param("to", to)
        .query((rs, n) -> new MeasureTally(rs.getString("department_group"), names.apply(rs.getString("department_group")),
            rs.getString("measure"), rs.getString("title"), rs.getLong("raised"), rs.getLong("applied"), rs.getLong("not_applicable"),
            rs.getLong("lifted"), rs.getLong("withdrawn"), rs.getLong("still_open")))
        .list();
  }

  void applied(String number, Measure.Status status, String document, LocalDate on, String note, String actor, OffsetDateTime at) {
    jdbc.sql("UPDATE jm_measure SET status = ?, outcome_document = ?, outcome_date = ?, outcome_note = ?, applied_by = ?,"
            + " applied_at = ? WHERE measure_number = ?")
        .params(status.name(), document, on, note, actor, at, number).update();
  }

  void lifted(String number, LocalDate on, String note, String actor, OffsetDateTime at) {
    jdbc.sql("UPDATE jm_measure SET status = 'LIFTED', lifted_on = ?, lift_note = ?, lifted_by = ?, lifted_at = ? WHERE measure_number = ?")
        .params(on, note, actor, at, number).update();
  }

  void withdrawn(String number) {
    jdbc.sql("UPDATE jm_measure SET status = 'WITHDRAWN' WHERE measure_number = ?").param(number).update();
  }
}
