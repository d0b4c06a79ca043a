package cn.capacityexit.reporting;

import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.registry.Sector;
import cn.capacityexit.rectification.Dimension;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual exit table: every enterprise and line whose capacity exited in the year, in the
 * jurisdiction and those below it, then the totals by sector and unit. Rows are streamed from the
 * database, so a table of any length is written in constant memory.
 */
@Service
public class AnnualExits {

  private static final Map<String, String> METHODS = Map.of(
      "CLOSED", "关停", "DISMANTLED", "拆除", "SEALED", "封存待拆除", "RESERVE", "关而不拆");

  private final NamedParameterJdbcTemplate jdbc;
  private final Organisation organisation;

  public AnnualExits(JdbcTemplate jdbc, Organisation organisation) {
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(500);
    this.jdbc = new NamedParameterJdbcTemplate(streaming);
    this.organisation = organisation;
  }

  /** Checks the query and returns the jurisdictions it covers. */
  public List<String> scope(Caller caller, String jurisdiction, Integer year) {
    if (jurisdiction == null || jurisdiction.isBlank()) {
      throw new InvalidInputException("jurisdiction", "必填");
    }
    if (organisation.jurisdiction(jurisdiction).isEmpty()) {
      throw new InvalidInputException("jurisdiction", "未知行政区划代码：" + jurisdiction);
    }
    if (year == null || year < 2017 || year > LocalDate.now().getYear() + 1) {
      throw new InvalidInputException("year", "应为2017年以后的年份");
    }
    if (!caller.mayAccess(jurisdiction)) {
      throw new ForbiddenException("行政区划" + jurisdiction + "不在您的管辖范围内");
    }
    return organisation.selfAndDescendants(jurisdiction).stream().map(Jurisdiction::code).toList();
  }

  /**
   * Streams the rows in order, then returns the totals. Read-only transaction: PostgreSQL's driver
   * fetches by cursor (500 rows at a time) only outside auto-commit; otherwise it would load the
   * whole table into memory before the first row is written.
   */
  @Transactional(readOnly = true)
  public List<ExitTotal> rows(List<String> jurisdictions, int year, Consumer<ExitRow> sink) {
    Map<String, Object> params = new HashMap<>();
    params.put("year", year);
    params.put("jurisdictions", jurisdictions);
    Map<String, Accumulator> totals = new TreeMap<>();
    jdbc.query("SELECT x.jurisdiction_code, e.name AS enterprise_name, x.credit_code, x.sector, l.name AS line_name,"
            + " l.equipment_type, x.capacity, x.capacity_unit, x.dimension, x.method, x.exit_date, x.case_number"
            + " FROM ex_capacity_exit x JOIN reg_enterprise e ON e.credit_code = x.credit_code"
            + " JOIN reg_production_line l ON l.id = x.line_id"
            + " WHERE x.exit_year = :year AND x.jurisdiction_code IN (:jurisdictions)"
            + " ORDER BY x.jurisdiction_code, e.name, x.credit_code, l.name, l.id",
        params, (ResultSet rs) -> {
          ExitRow row = map(rs);
          totals.computeIfAbsent(row.sector() + "\u0000" + row.capacityUnit(), k -> new Accumulator(row.sector(), row.capacityUnit()))
              .add(row);
          sink.accept(row);
        });
    return totals.values().stream().map(Accumulator::total).toList();
  }

  private ExitRow map(ResultSet rs) throws SQLException {
    String jurisdiction = rs.getString("jurisdiction_code");
    Sector sector = Sector.valueOf(rs.getString("sector"));
    Dimension dimension = Dimension.parse(rs.getString("dimension")).orElse(null);
    String method = rs.getString("method");
    return new ExitRow(jurisdiction, organisation.jurisdiction(jurisdiction).map(Jurisdiction::name).orElse(jurisdiction),
        rs.getString("enterprise_name"), rs.getString("credit_code"), sector.name(), sector.label(), rs.getString("line_name"),
        rs.getString("equipment_type"), RegistryRepository.plain(rs.getBigDecimal("capacity")), rs.getString("capacity_unit"),
        rs.getString("dimension"), dimension == null ? rs.getString("dimension") : dimension.label(), method,
        METHODS.getOrDefault(method, method), rs.getObject("exit_date", LocalDate.class), rs.getString("case_number"));
  }

  private static final class Accumulator {
    final String sector;
    final String unit;
    final Set<String> enterprises = new HashSet<>();
    long lines;
    BigDecimal capacity = BigDecimal.ZERO;

    Accumulator(String sector, String unit) {
      this.sector = sector;
      this.unit = unit;
    }

    void add(ExitRow row) {
      enterprises.add(row.creditCode());
      lines++;
      capacity = capacity.add(row.capacity());
    }

    ExitTotal total() {
      return new ExitTotal(sector, Sector.valueOf(sector).label(), unit, enterprises.size(), lines, RegistryRepository.plain(capacity));
    }
  }
}
