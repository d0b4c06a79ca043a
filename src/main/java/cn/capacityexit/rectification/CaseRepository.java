package cn.capacityexit.rectification;

import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.web.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.capacityexit.registry.YearlySequences;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for rc_case and its lines and events. */
@Repository
public class CaseRepository {

  private static final String COLUMNS = columns("e.name");
  private static final String FROM = " FROM rc_case c JOIN reg_enterprise e ON e.credit_code = c.credit_code";

  /** The case's columns, with the enterprise's name taken from {@code enterpriseName}. */
  private static String columns(String enterpriseName) {
    return "c.case_number, c.process_instance_id, c.jurisdiction_code, c.credit_code, " + enterpriseName + " AS enterprise_name,"
        + " c.dimension, c.severity, c.violation, c.finding_date, c.description, c.state, c.lead_department, c.first_measure,"
        + " c.rectification_period, c.max_extension, c.needs_government_approval, c.licence_actions, c.legal_basis,"
        + " c.deadline, c.extension_months, c.extension_reason, c.extension_decision, c.overdue, c.yellow_listed_at,"
        + " c.rectified_at, c.red_listed_at, c.closure_order_number, c.exit_deadline, c.exited_at, c.approval_level, c.exit_scope,"
        + " c.served_on, c.interim_measure, c.rights_served_on, c.hearing_requested, c.created_at, c.created_by";
  }

  private final JdbcClient jdbc;
  private final Organisation organisation;
  private final YearlySequences sequences;

  public CaseRepository(JdbcClient jdbc, Organisation organisation, YearlySequences sequences) {
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.sequences = sequences;
  }

  /**
   * The next case number of a jurisdiction and year: ZG-370800-2025-0001. Drawn at once (YearlySequences.nextAtOnce):
   * findings of one jurisdiction are registered in parallel; a registration that fails afterwards leaves a gap.
   */
  public String nextCaseNumber(String jurisdiction, int year) {
    return String.format("ZG-%s-%d-%04d", jurisdiction, year, sequences.nextAtOnce("rc_case_sequence", "case_year", jurisdiction, year));
  }

  public void insert(String caseNumber, String jurisdiction, String creditCode, Dimension dimension, String severity,
      LocalDate findingDate, String description, String violation, String processInstanceId, String by, OffsetDateTime at) {
    jdbc.sql("INSERT INTO rc_case (case_number, jurisdiction_code, credit_code, dimension, severity, finding_date, description,"
            + " violation, process_instance_id, state, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(caseNumber, jurisdiction, creditCode, dimension.name(), severity, findingDate, description, violation,
            processInstanceId, CaseState.REGISTERED.name(), at, by, at)
        .update();
  }

  public void addLine(String caseNumber, long lineId) {
    jdbc.sql("INSERT INTO rc_case_line (case_number, line_id) VALUES (?, ?)").params(caseNumber, lineId).update();
  }

  public List<Long> lineIds(String caseNumber) {
    return jdbc.sql("SELECT line_id FROM rc_case_line WHERE case_number = ? ORDER BY line_id").param(caseNumber)
        .query(Long.class).list();
  }

  /** Lines of the case still to be dismantled or sealed: not dismantled, and not already being eliminated. */
  public List<Long> linesToEliminate(String caseNumber) {
    return jdbc.sql("SELECT cl.line_id FROM rc_case_line cl JOIN reg_production_line l ON l.id = cl.line_id"
            + " WHERE cl.case_number = ? AND l.status <> 'DISMANTLED'"
            + " AND NOT EXISTS (SELECT 1 FROM ds_elimination d WHERE d.line_id = cl.line_id) ORDER BY cl.line_id")
        .param(caseNumber).query(Long.class).list();
  }

  public void update(String caseNumber, Map<String, Object> columns, OffsetDateTime at) {
    StringBuilder sql = new StringBuilder("UPDATE rc_case SET updated_at = :updatedAt");
    Map<String, Object> params = new HashMap<>(columns);
    params.put("updatedAt", at);
    params.put("caseNumber", caseNumber);
    columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
    sql.append(" WHERE case_number = :caseNumber");
    jdbc.sql(sql.toString()).params(params).update();
  }

  /** The inspection the case was opened on (its evidence), if an inspection opened it. */
  public Optional<String> inspectionNumber(String caseNumber) {
    return jdbc.sql("SELECT inspection_number FROM rc_case WHERE case_number = ?").param(caseNumber).query(String.class).optional()
        .filter(n -> n != null);
  }

  public void event(String caseNumber, String kind, String actor, String detail, OffsetDateTime at) {
    jdbc.sql("INSERT INTO rc_case_event (case_number, occurred_at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)")
        .params(caseNumber, at, actor, kind, detail == null ? null : truncate(detail, 2000)).update();
  }

  public boolean hasEvent(String caseNumber, String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM rc_case_event WHERE case_number = ? AND kind = ?").params(caseNumber, kind)
        .query(Long.class).single() > 0;
  }

  /** The case a process instance works on, as the product recorded it when the instance registered the case. */
  public Optional<String> numberOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT case_number FROM rc_case WHERE process_instance_id = ?").param(processInstanceId)
        .query(String.class).optional();
  }

  /** The case number and jurisdiction of a process instance's case: {number, jurisdiction}, in one read. */
  public Optional<String[]> numberAndJurisdictionOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT case_number, jurisdiction_code FROM rc_case WHERE process_instance_id = ?").param(processInstanceId)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
  }

  /** The case's own row without its lines and history: for steps that only check its state or dates. */
  public Optional<Case> findRecord(String caseNumber) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.case_number = ?").param(caseNumber)
        .query((RowMapper<Case>) this::map).optional();
  }

  public Optional<Case> find(String caseNumber) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.case_number = ?").param(caseNumber)
        .query((RowMapper<Case>) this::map).optional()
        .map(c -> c.with(lines(caseNumber), events(caseNumber)));
  }

  /** Cases in the jurisdictions, filtered; {@code overdue} means flagged overdue or past the deadline and not ended. */
  public Page<Case> search(Collection<String> jurisdictions, Dimension dimension, CaseState state, Boolean overdue,
      LocalDate today, int page, int size) {
    if (jurisdictions.isEmpty()) {
      return new Page<>(List.of(), page, size, 0);
    }
    StringBuilder where = new StringBuilder(" WHERE c.jurisdiction_code IN (:jurisdictions)");
    Map<String, Object> params = new HashMap<>();
    params.put("jurisdictions", jurisdictions);
    if (dimension != null) {
      where.append(" AND c.dimension = :dimension");
      params.put("dimension", dimension.name());
    }
    if (state != null) {
      where.append(" AND c.state = :state");
      params.put("state", state.name());
    }
    if (overdue != null) {
      String isOverdue = "(c.overdue OR (c.deadline < :today AND c.state NOT IN ('RECTIFIED', 'CLOSED', 'ELIMINATED')))";
      where.append(overdue ? " AND " + isOverdue : " AND NOT " + isOverdue);
      params.put("today", today);
    }
    long total = jdbc.sql("SELECT COUNT(*)" + FROM + where).params(params).query(Long.class).single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<Case> items = jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY c.created_at DESC, c.case_number DESC"
            + " LIMIT :limit OFFSET :offset")
        .params(params).query((RowMapper<Case>) this::map).list();
    return new Page<>(items, page, size, total);
  }

  /**
   * Cases on the public yellow list (ordered to rectify) or red list (closed), optionally of some
   * jurisdictions, each with the enterprise's name as it was when it was listed.
   */
  public List<Case> publicList(boolean red, Collection<String> jurisdictions) {
    String where = red
        ? " WHERE c.red_listed_at IS NOT NULL"
        : " WHERE c.yellow_listed_at IS NOT NULL AND c.rectified_at IS NULL AND c.red_listed_at IS NULL";
    Map<String, Object> params = new HashMap<>();
    if (jurisdictions != null) {
      if (jurisdictions.isEmpty()) {
        return List.of();
      }
      where += " AND c.jurisdiction_code IN (:jurisdictions)";
      params.put("jurisdictions", jurisdictions);
    }
    String listedName = red ? "c.red_list_name" : "c.yellow_list_name";
    return jdbc.sql("SELECT " + columns(listedName) + FROM + where + " ORDER BY c.jurisdiction_code, "
            + (red ? "c.red_listed_at DESC" : "c.deadline") + ", c.case_number")
        .params(params).query((RowMapper<Case>) this::map).list();
  }

  /** The cases of a dimension whose decision was served (on the yellow or the red list), newest first. */
  public List<Case> decided(Dimension dimension, Collection<String> jurisdictions, int max, long offset) {
    String where = " WHERE c.dimension = :dimension AND (c.yellow_listed_at IS NOT NULL OR c.red_listed_at IS NOT NULL)";
    Map<String, Object> params = new HashMap<>();
    params.put("dimension", dimension.name());
    if (jurisdictions != null) {
      if (jurisdictions.isEmpty()) {
        return List.of();
      }
      where += " AND c.jurisdiction_code IN (:jurisdictions)";
      params.put("jurisdictions", jurisdictions);
    }
    params.put("max", max);
    params.put("offset", offset);
    return jdbc.sql("SELECT " + columns("e.name") + FROM + where
            + " ORDER BY COALESCE(c.served_on, c.finding_date) DESC, c.case_number DESC LIMIT :max OFFSET :offset")
        .params(params).query((RowMapper<Case>) this::map).list();
  }

  private List<Case.CaseLine> lines(String caseNumber) {
    return jdbc.sql("SELECT l.id, l.name, l.equipment_type, l.capacity, l.capacity_unit, l.status FROM rc_case_line cl"
            + " JOIN reg_production_line l ON l.id = cl.line_id WHERE cl.case_number = ? ORDER BY l.id")
        .param(caseNumber)
        .query((rs, n) -> new Case.CaseLine(rs.getLong(1), rs.getString(2), rs.getString(3),
            RegistryRepository.plain(rs.getBigDecimal(4)), rs.getString(5), rs.getString(6)))
        .list();
  }

  private List<Case.CaseEvent> events(String caseNumber) {
    return jdbc.sql("SELECT kind, actor, occurred_at, detail FROM rc_case_event WHERE case_number = ? ORDER BY occurred_at, id")
        .param(caseNumber)
        .query((rs, n) -> new Case.CaseEvent(CaseEvents.label(rs.getString(1)), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
        .list();
  }

  private Case map(ResultSet rs, int n) throws SQLException {
    Dimension dimension = Dimension.valueOf(rs.getString("dimension"));
    CaseState state = CaseState.valueOf(rs.getString("state"));
    String measure = rs.getString("first_measure");
    String jurisdiction = rs.getString("jurisdiction_code");
    Object approval = rs.getObject("needs_government_approval");
    Object months = rs.getObject("extension_months");
    return new Case(
        rs.getString("case_number"), rs.getString("process_instance_id"), jurisdiction,
        organisation.jurisdiction(jurisdiction).map(j -> j.name()).orElse(null),
        rs.getString("credit_code"), rs.getString("enterprise_name"), dimension, dimension.label(),
        rs.getString("severity"), rs.getString("violation"), rs.getObject("finding_date", LocalDate.class), rs.getString("description"),
        state, state.label(), rs.getString("lead_department"), measure == null ? null : FirstMeasure.valueOf(measure),
        rs.getString("rectification_period"), rs.getString("max_extension"),
        approval == null ? null : rs.getBoolean("needs_government_approval"),
        rs.getString("licence_actions"), rs.getString("legal_basis"), rs.getObject("deadline", LocalDate.class),
        months == null ? null : ((Number) months).intValue(), rs.getString("extension_reason"),
        rs.getString("extension_decision"), rs.getBoolean("overdue"),
        rs.getObject("yellow_listed_at", OffsetDateTime.class), rs.getObject("rectified_at", OffsetDateTime.class),
        rs.getObject("red_listed_at", OffsetDateTime.class), rs.getString("closure_order_number"),
        rs.getObject("exit_deadline", LocalDate.class), rs.getObject("exited_at", OffsetDateTime.class),
        rs.getString("approval_level"), rs.getString("exit_scope"), rs.getObject("served_on", LocalDate.class),
        rs.getString("interim_measure"), rs.getObject("rights_served_on", LocalDate.class),
        rs.getObject("hearing_requested") == null ? null : rs.getBoolean("hearing_requested"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"), new ArrayList<>(), new ArrayList<>());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** The hearing as arranged; its id. */
  public long insertHearing(Hearing h, String by, OffsetDateTime at) {
    jdbc.sql("INSERT INTO rc_hearing (case_number, hearing_on, hearing_time, place, host, public_hearing, private_reason, created_by,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(h.caseNumber(), h.hearingOn(), h.hearingTime(), h.place(), h.host(), h.publicHearing(), h.privateReason(), by, at)
        .update();
    return latestHearing(h.caseNumber()).orElseThrow().id();
  }

  /** The case's latest hearing. */
  public Optional<Hearing> latestHearing(String caseNumber) {
    return jdbc.sql("SELECT id, case_number, hearing_on, hearing_time, place, host, public_hearing, private_reason, notice_number,"
            + " held_on, record_number FROM rc_hearing WHERE case_number = ? ORDER BY id DESC")
        .param(caseNumber)
        .query((rs, n) -> new Hearing(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11)))
        .list().stream().findFirst();
  }

  public void hearingNoticed(long id, String noticeNumber) {
    jdbc.sql("UPDATE rc_hearing SET notice_number = ? WHERE id = ?").params(noticeNumber, id).update();
  }

  public void hearingHeld(long id, LocalDate heldOn, String recordNumber) {
    jdbc.sql("UPDATE rc_hearing SET held_on = ?, record_number = ? WHERE id = ?").params(heldOn, recordNumber, id).update();
  }
}
