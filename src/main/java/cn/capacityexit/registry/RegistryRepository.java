package cn.capacityexit.registry;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.web.Page;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the registry tables (V1__registry.sql). */
@Repository
public class RegistryRepository {

  private static final String ENTERPRISE_COLUMNS =
      "credit_code, name, jurisdiction_code, sector, address, created_at, created_by, updated_at, updated_by, closed_at";
  private static final String LINE_COLUMNS =
      "id, credit_code, name, equipment_type, specification, capacity, capacity_unit, catalogue_ref, status, remark, created_at";

  private static final int LOOKUP_BATCH = 1000;

  private final JdbcClient jdbc;
  private final Organisation organisation;

  public RegistryRepository(JdbcClient jdbc, Organisation organisation) {
    this.jdbc = jdbc;
    this.organisation = organisation;
  }

  public boolean exists(String creditCode) {
    return jdbc.sql("SELECT COUNT(*) FROM reg_enterprise WHERE credit_code = ?").param(creditCode)
        .query(Long.class).single() > 0;
  }

  /** Which of the codes are registered: one query per 1,000 codes, whatever the number asked. */
  public Set<String> existing(Collection<String> creditCodes) {
    Set<String> found = new HashSet<>();
    List<String> codes = List.copyOf(creditCodes);
    for (int from = 0; from < codes.size(); from += LOOKUP_BATCH) {
      found.addAll(jdbc.sql("SELECT credit_code FROM reg_enterprise WHERE credit_code IN (:codes)")
          .param("codes", codes.subList(from, Math.min(codes.size(), from + LOOKUP_BATCH))).query(String.class).list());
    }
    return found;
  }

  public Optional<Enterprise> find(String creditCode) {
    return jdbc.sql("SELECT " + ENTERPRISE_COLUMNS + " FROM reg_enterprise WHERE credit_code = ?")
        .param(creditCode).query((RowMapper<Enterprise>) this::enterprise).optional();
  }

  /** Enterprises in any of the jurisdictions, optionally of one sector, ordered by jurisdiction and name. */
  public Page<Enterprise> search(Collection<String> jurisdictions, Sector sector, int page, int size) {
    if (jurisdictions.isEmpty()) {
      return new Page<>(List.of(), page, size, 0);
    }
    StringBuilder where = new StringBuilder(" WHERE jurisdiction_code IN (:jurisdictions)");
    Map<String, Object> params = new HashMap<>();
    params.put("jurisdictions", jurisdictions);
    if (sector != null) {
      where.append(" AND sector = :sector");
      params.put("sector", sector.name());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM reg_enterprise" + where).params(params).query(Long.class).single();
    params.put("limit", size);
    params.put("offset", (long) page * size);
    List<Enterprise> items = jdbc.sql("SELECT " + ENTERPRISE_COLUMNS + " FROM reg_enterprise" + where
            + " ORDER BY jurisdiction_code, name, credit_code LIMIT :limit OFFSET :offset")
        .params(params).query((RowMapper<Enterprise>) this::enterprise).list();
    return new Page<>(items, page, size, total);
  }

  public void insert(String creditCode, String name, String jurisdiction, Sector sector, String address,
      String by, OffsetDateTime at) {
    jdbc.sql("INSERT INTO reg_enterprise (credit_code, name, jurisdiction_code, sector, address, created_at, created_by,"
            + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(creditCode, name, jurisdiction, sector.name(), address, at, by, at, by)
        .update();
  }

  public void update(String creditCode, String name, String jurisdiction, Sector sector, String address,
      String by, OffsetDateTime at) {
    jdbc.sql("UPDATE reg_enterprise SET name = ?, jurisdiction_code = ?, sector = ?, address = ?, updated_at = ?, updated_by = ?"
            + " WHERE credit_code = ?")
        .params(name, jurisdiction, sector.name(), address, at, by, creditCode)
        .update();
  }

  /** Marks the enterprise closed (关停) at the given time. */
  public void markClosed(String creditCode, OffsetDateTime at) {
    jdbc.sql("UPDATE reg_enterprise SET closed_at = ? WHERE credit_code = ? AND closed_at IS NULL").params(at, creditCode).update();
  }

  public List<Long> lineIds(String creditCode) {
    return jdbc.sql("SELECT id FROM reg_production_line WHERE credit_code = ? ORDER BY id").param(creditCode)
        .query(Long.class).list();
  }

  public boolean lineNameTaken(String creditCode, String name) {
    return jdbc.sql("SELECT COUNT(*) FROM reg_production_line WHERE credit_code = ? AND name = ?")
        .params(creditCode, name).query(Long.class).single() > 0;
  }

  public long insertLine(String creditCode, ProductionLineInput in, LineStatus status, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO reg_production_line (credit_code, name, equipment_type, specification, capacity,"
            + " capacity_unit, catalogue_ref, status, remark, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(creditCode, in.name(), in.equipmentType(), in.specification(), in.capacity(), in.capacityUnit(),
            in.catalogueRef(), status.name(), in.remark(), at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Page<ProductionLine> lines(String creditCode, int page, int size) {
    long total = jdbc.sql("SELECT COUNT(*) FROM reg_production_line WHERE credit_code = ?").param(creditCode)
        .query(Long.class).single();
    List<ProductionLine> items = jdbc.sql("SELECT " + LINE_COLUMNS + " FROM reg_production_line WHERE credit_code = ?"
            + " ORDER BY id LIMIT ? OFFSET ?")
        .params(creditCode, size, (long) page * size).query((RowMapper<ProductionLine>) this::line).list();
    return new Page<>(items, page, size, total);
  }

  /** A line with its enterprise, as a candidate list or an inspection reads it. */
  public record RegisteredLine(ProductionLine line, Enterprise enterprise) {}

  /**
   * The lines still producing or being rectified (not sealed, dismantled or closed) of the open enterprises of the
   * jurisdictions, ordered by enterprise and line.
   */
  public List<RegisteredLine> openLines(Collection<String> jurisdictions) {
    if (jurisdictions.isEmpty()) {
      return List.of();
    }
    Map<String, Enterprise> enterprises = new HashMap<>();
    List<ProductionLine> lines = jdbc.sql("SELECT l.id, l.credit_code, l.name, l.equipment_type, l.specification, l.capacity, l.capacity_unit,"
            + " l.catalogue_ref, l.status, l.remark, l.created_at FROM reg_production_line l JOIN reg_enterprise e ON e.credit_code = l.credit_code"
            + " WHERE e.jurisdiction_code IN (:scope) AND e.closed_at IS NULL AND l.status IN ('IN_PRODUCTION', 'RECTIFYING', 'SUSPENDED')"
            + " ORDER BY l.credit_code, l.id")
        .param("scope", jurisdictions).query((RowMapper<ProductionLine>) this::line).list();
    List<RegisteredLine> result = new ArrayList<>();
    for (ProductionLine l : lines) {
      Enterprise e = enterprises.computeIfAbsent(l.enterpriseCreditCode(), c -> find(c).orElseThrow());
      result.add(new RegisteredLine(l, e));
    }
    return result;
  }

  public Optional<ProductionLine> line(long id) {
    return jdbc.sql("SELECT " + LINE_COLUMNS + " FROM reg_production_line WHERE id = ?").param(id)
        .query((RowMapper<ProductionLine>) this::line).optional()
        .map(l -> l.withHistory(history(id)));
  }

  public List<StatusChange> history(long lineId) {
    return jdbc.sql("SELECT from_status, to_status, changed_by, changed_at, reason, case_number"
            + " FROM reg_line_status_change WHERE line_id = ? ORDER BY changed_at, id")
        .param(lineId)
        .query((rs, n) -> new StatusChange(
            rs.getString(1) == null ? null : LineStatus.valueOf(rs.getString(1)),
            LineStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
            rs.getString(5), rs.getString(6)))
        .list();
  }

  public void setStatus(long lineId, LineStatus from, LineStatus to, String by, OffsetDateTime at, String reason, String caseNumber) {
    jdbc.sql("UPDATE reg_production_line SET status = ? WHERE id = ?").params(to.name(), lineId).update();
    recordStatus(lineId, from, to, by, at, reason, caseNumber);
  }

  public void recordStatus(long lineId, LineStatus from, LineStatus to, String by, OffsetDateTime at, String reason, String caseNumber) {
    jdbc.sql("INSERT INTO reg_line_status_change (line_id, from_status, to_status, changed_by, changed_at, reason, case_number)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(lineId, from == null ? null : from.name(), to.name(), by, at, reason, caseNumber)
        .update();
  }

  /** 60.0000 as 60, 1.5000 as 1.5: the scale the officer typed, without exponent notation. */
  public static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private Enterprise enterprise(ResultSet rs, int n) throws SQLException {
    String jurisdiction = rs.getString("jurisdiction_code");
    Sector sector = Sector.valueOf(rs.getString("sector"));
    return new Enterprise(
        rs.getString("credit_code"), rs.getString("name"), jurisdiction,
        organisation.jurisdiction(jurisdiction).map(j -> j.name()).orElse(null),
        sector, sector.label(), rs.getString("address"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
        rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
        rs.getObject("closed_at", OffsetDateTime.class));
  }

  private ProductionLine line(ResultSet rs, int n) throws SQLException {
    LineStatus status = LineStatus.valueOf(rs.getString("status"));
    BigDecimal capacity = rs.getBigDecimal("capacity");
    return new ProductionLine(
        rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"), rs.getString("equipment_type"),
        rs.getString("specification"), plain(capacity),
        rs.getString("capacity_unit"), rs.getString("catalogue_ref"), status, status.label(), rs.getString("remark"),
        rs.getObject("created_at", OffsetDateTime.class), new ArrayList<>());
  }
}
