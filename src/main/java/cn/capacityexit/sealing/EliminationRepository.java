package cn.capacityexit.sealing;

import cn.capacityexit.registry.RegistryRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.capacityexit.registry.YearlySequences;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for ds_elimination, ds_event and ds_complaint. */
@Repository
public class EliminationRepository {

  private static final String SELECT = "SELECT d.*, l.name AS line_name, l.equipment_type, l.capacity, l.capacity_unit,"
      + " e.credit_code, e.name AS enterprise_name, e.sector FROM ds_elimination d"
      + " JOIN reg_production_line l ON l.id = d.line_id JOIN reg_enterprise e ON e.credit_code = l.credit_code";

  private final JdbcClient jdbc;
  private final YearlySequences sequences;

  public EliminationRepository(JdbcClient jdbc, YearlySequences sequences) {
    this.jdbc = jdbc;
    this.sequences = sequences;
  }

  /** The next elimination number of a jurisdiction and plan year: CF-371000-2025-0001. */
  public String nextNumber(String jurisdiction, int year) {
    return String.format("CF-%s-%d-%04d", jurisdiction, year, sequences.next("ds_sequence", "plan_year", jurisdiction, year));
  }

  public void insert(String number, long lineId, String caseNumber, String jurisdiction, String catalogueItem, int planYear,
      LocalDate deadline, String processInstanceId, String by, OffsetDateTime at) {
    jdbc.sql("INSERT INTO ds_elimination (elimination_number, process_instance_id, line_id, case_number, jurisdiction_code,"
            + " catalogue_item, plan_year, state, dismantle_deadline, created_at, created_by, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(number, processInstanceId, lineId, caseNumber, jurisdiction, catalogueItem, planYear,
            EliminationState.ASSESSING.name(), deadline, at, by, at)
        .update();
  }

  /** Whether the line already has an elimination (running or finished). */
  public boolean lineHasElimination(long lineId) {
    return jdbc.sql("SELECT COUNT(*) FROM ds_elimination WHERE line_id = ?").param(lineId).query(Long.class).single() > 0;
  }

  /** The elimination a line is already in, if any (one per line). */
  public java.util.Optional<String> eliminationOfLine(long lineId) {
    return jdbc.sql("SELECT elimination_number FROM ds_elimination WHERE line_id = ? ORDER BY created_at").param(lineId)
        .query(String.class).list().stream().findFirst();
  }

  public void update(String number, Map<String, Object> columns, OffsetDateTime at) {
    StringBuilder sql = new StringBuilder("UPDATE ds_elimination SET updated_at = :updatedAt");
    Map<String, Object> params = new HashMap<>(columns);
    params.put("updatedAt", at);
    params.put("number", number);
    columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
    jdbc.sql(sql.append(" WHERE elimination_number = :number").toString()).params(params).update();
  }

  public void event(String number, String kind, String actor, String detail, OffsetDateTime at) {
    jdbc.sql("INSERT INTO ds_event (elimination_number, occurred_at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)")
        .params(number, at, actor, kind, detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail)
        .update();
  }

  /** The elimination a process instance works on, as recorded when the instance registered it. */
  public Optional<String> numberOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT elimination_number FROM ds_elimination WHERE process_instance_id = ?").param(processInstanceId)
        .query(String.class).optional();
  }

  public Optional<Elimination> find(String number) {
    return jdbc.sql(SELECT + " WHERE d.elimination_number = ?").param(number).query((RowMapper<Elimination>) this::map)
        .optional().map(e -> e.withHistory(events(number)));
  }

  public long insertComplaint(String number, String content, String location, String contact, String source, String by,
      OffsetDateTime at) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("INSERT INTO ds_complaint (elimination_number, content, location, contact, source, submitted_by, created_at, state)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'RECEIVED')")
        .params(number, content, location, contact, source, by, at).update(keys, "id");
    return keys.getKey().longValue();
  }

  public void handleComplaint(long id, boolean confirmed, String findings, String by, OffsetDateTime at) {
    jdbc.sql("UPDATE ds_complaint SET state = ?, findings = ?, handled_by = ?, handled_at = ? WHERE id = ?")
        .params(confirmed ? "CONFIRMED" : "UNFOUNDED", findings, by, at, id).update();
  }

  /** The elimination a report is about, and what it says. */
  public String[] complaintOf(long id) {
    return jdbc.sql("SELECT elimination_number, content FROM ds_complaint WHERE id = ?").param(id)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
  }

  /** A report of revived production and how it was handled. */
  public record Complaint(long id, String content, String location, String source, OffsetDateTime createdAt, String state,
      String findings, String handledBy, OffsetDateTime handledAt) {}

  public List<Complaint> complaints(String number) {
    return jdbc.sql("SELECT id, content, location, source, created_at, state, findings, handled_by, handled_at FROM ds_complaint"
            + " WHERE elimination_number = ? ORDER BY id").param(number)
        .query((rs, n) -> new Complaint(rs.getLong("id"), rs.getString("content"), rs.getString("location"), rs.getString("source"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("state"), rs.getString("findings"),
            rs.getString("handled_by"), rs.getObject("handled_at", OffsetDateTime.class)))
        .list();
  }

  private List<Elimination.Event> events(String number) {
    return jdbc.sql("SELECT kind, actor, occurred_at, detail FROM ds_event WHERE elimination_number = ? ORDER BY occurred_at, id")
        .param(number)
        .query((rs, n) -> new Elimination.Event(EliminationEvents.label(rs.getString(1)), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
        .list();
  }

  private Elimination map(ResultSet rs, int n) throws SQLException {
    String method = rs.getString("method");
    EliminationState state = EliminationState.valueOf(rs.getString("state"));
    return new Elimination(rs.getString("elimination_number"), rs.getString("process_instance_id"), rs.getLong("line_id"),
        rs.getString("line_name"), rs.getString("equipment_type"), RegistryRepository.plain(rs.getBigDecimal("capacity")),
        rs.getString("capacity_unit"), rs.getString("credit_code"), rs.getString("enterprise_name"), rs.getString("sector"),
        rs.getString("case_number"), rs.getString("jurisdiction_code"), rs.getString("catalogue_item"), rs.getInt("plan_year"),
        method == null ? null : EliminationMethod.valueOf(method), state, state.label(),
        (Boolean) rs.getObject("seal_allowed"), (Boolean) rs.getObject("reserve_allowed"), rs.getString("announcement_site"),
        rs.getString("legal_basis"), rs.getObject("dismantle_deadline", LocalDate.class),
        rs.getObject("water_cut_on", LocalDate.class), rs.getObject("power_cut_on", LocalDate.class),
        rs.getObject("power_units_removed_on", LocalDate.class), rs.getObject("sealed_on", LocalDate.class),
        rs.getString("pledge_text"), rs.getObject("dismantled_on", LocalDate.class),
        rs.getObject("accepted_at", OffsetDateTime.class), rs.getBoolean("overdue"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"), new ArrayList<>());
  }
}
