package cn.capacityexit.dashboard;

import cn.capacityexit.dashboard.Dashboard.CampaignProgress;
import cn.capacityexit.dashboard.Dashboard.CaseCount;
import cn.capacityexit.dashboard.Dashboard.Choice;
import cn.capacityexit.dashboard.Dashboard.DueItem;
import cn.capacityexit.dashboard.Dashboard.MilestoneStatus;
import cn.capacityexit.dashboard.Dashboard.SectorProgress;
import cn.capacityexit.dashboard.Dashboard.StateCount;
import cn.capacityexit.dashboard.Dashboard.TaskFigures;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.AsSystem;
import cn.capacityexit.rectification.CaseState;
import cn.capacityexit.rectification.Dimension;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.reporting.WorkingDays;
import cn.capacityexit.registry.Sector;
import cn.capacityexit.sealing.EliminationState;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the managers' dashboard for a jurisdiction and everything below it. Read only; the
 * caller must hold the jurisdiction (a manager's tenants), or be an administrator.
 */
@Service
public class DashboardService {

  /** How far ahead "upcoming deadlines" look (the issue: the next 30 days). */
  public static final int HORIZON_DAYS = 30;
  /** Lists of dates are cut here; the counts above them stay exact. */
  static final int MAX_ITEMS = 200;

  private static final Map<String, String> PHASES = Map.of(
      "DEPLOYMENT", "部署", "IMPLEMENTATION", "实施", "SUPERVISION", "督导", "SUBMISSION", "报送");
  private static final List<String> OPEN_CASE_STATES = Arrays.stream(CaseState.values()).filter(s -> !s.isEnded())
      .map(Enum::name).toList();
  /** Eliminations still waiting for their equipment to go: a dismantling deadline applies. */
  private static final List<String> DISMANTLE_PENDING = List.of(EliminationState.DISMANTLING.name(),
      EliminationState.SEALING.name(), EliminationState.SEALED.name());
  private static final List<String> OPEN_ELIMINATIONS = List.of(EliminationState.ASSESSING.name(),
      EliminationState.DISMANTLING.name(), EliminationState.SEALING.name(), EliminationState.SEALED.name(),
      EliminationState.ACCEPTING.name());

  private final NamedParameterJdbcTemplate jdbc;
  private final Organisation organisation;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Clock clock;

  private final WorkingDays workingDays;

  public DashboardService(NamedParameterJdbcTemplate jdbc, Organisation organisation, TaskService tasks,
      RuntimeService runtime, AsSystem asSystem, Clock clock, WorkingDays workingDays) {
    this.asSystem = asSystem;
    this.workingDays = workingDays;
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.tasks = tasks;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** The dashboard of the whole country, for those who hold every province. */
  static final String NATIONAL = "national";
  static final String NATIONAL_NAME = "全国";

  public Dashboard dashboard(Caller caller, String jurisdiction, Integer year) {
    LocalDate today = LocalDate.now(clock);
    int y = year == null ? today.getYear() : year;
    if (y < 2017 || y > today.getYear() + 1) {
      throw new InvalidInputException("year", "应为2017年至" + (today.getYear() + 1) + "年之间的年份");
    }
    List<Jurisdiction> held = held(caller);
    if (held.isEmpty()) {
      throw new ForbiddenException("您的账号不属于任何行政区划");
    }
    // A caller who holds every province (the national managers) sees the whole country first: 全国.
    boolean nationwide = organisation.jurisdictions().stream().filter(Jurisdiction::isProvince).allMatch(j -> caller.mayAccess(j.code()));
    Jurisdiction top;
    if (NATIONAL.equals(jurisdiction == null ? null : jurisdiction.strip()) || nationwide && (jurisdiction == null || jurisdiction.isBlank())) {
      if (!nationwide) {
        throw new ForbiddenException("全国看板只对管辖全部省份的账号开放");
      }
      top = null;
    } else if (jurisdiction == null || jurisdiction.isBlank()) {
      top = held.get(0);
    } else {
      top = organisation.jurisdiction(jurisdiction.strip())
          .orElseThrow(() -> new InvalidInputException("jurisdiction", "未知行政区划代码：" + jurisdiction));
      if (!caller.mayAccess(top.code())) {
        throw new ForbiddenException("行政区划" + top.code() + "不在您的管辖范围内");
      }
    }
    List<String> scope = top == null ? held.stream().map(Jurisdiction::code).toList()
        : organisation.selfAndDescendants(top.code()).stream().map(Jurisdiction::code).filter(caller::mayAccess).toList();
    List<Choice> choices = new ArrayList<>();
    if (nationwide) {
      choices.add(new Choice(NATIONAL, NATIONAL_NAME));
    }
    held.forEach(j -> choices.add(new Choice(j.code(), j.name())));
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("scope", scope)
        .addValue("year", y)
        .addValue("yearStart", LocalDate.of(y, 1, 1))
        .addValue("yearEnd", LocalDate.of(y, 12, 31))
        .addValue("today", today)
        .addValue("horizon", today.plusDays(HORIZON_DAYS))
        .addValue("openCases", OPEN_CASE_STATES)
        .addValue("dismantlePending", DISMANTLE_PENDING)
        .addValue("openEliminations", OPEN_ELIMINATIONS);
    List<DueItem> dates = dueItems(p, today);
    List<DueItem> upcoming = dates.stream().filter(d -> !d.dueDate().isBefore(today)).limit(MAX_ITEMS).toList();
    List<DueItem> overdue = dates.stream().filter(d -> d.dueDate().isBefore(today)).limit(MAX_ITEMS).toList();
    return new Dashboard(top == null ? NATIONAL : top.code(), top == null ? NATIONAL_NAME : top.name(), choices, y, today,
        HORIZON_DAYS, openCases(p), openEliminations(p), upcoming, overdue, taskFigures(scope), capacity(p),
        campaigns(p), measures(p), inspections(p), candidates(p), warnings(today));
  }

  /**
   * What the manager must know before a date goes wrong: a year (this one or the next) whose
   * holidays are not known, where periods counted in working days will be refused until an
   * administrator enters them (issue 13, item 9).
   */
  List<String> warnings(LocalDate today) {
    List<String> warnings = new ArrayList<>();
    for (int year : List.of(today.getYear(), today.getYear() + 1)) {
      if (!workingDays.covers(year)) {
        warnings.add("缺少" + year + "年法定节假日和调休安排：按工作日计算的期限（如公示期）将无法计算，请系统管理员录入（PUT /api/admin/holidays/" + year + "）");
      }
    }
    return warnings;
  }

  /** The caller's jurisdictions, top down (province, cities, counties), each once. */
  List<Jurisdiction> held(Caller caller) {
    Set<Jurisdiction> result = new LinkedHashSet<>();
    for (Jurisdiction j : organisation.jurisdictions()) {
      boolean parentHeld = j.parent() != null && caller.mayAccess(j.parent());
      if (caller.mayAccess(j.code()) && !parentHeld) {
        result.addAll(organisation.selfAndDescendants(j.code()).stream().filter(d -> caller.mayAccess(d.code())).toList());
      }
    }
    return new ArrayList<>(result);
  }

  private List<CaseCount> openCases(MapSqlParameterSource p) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query("SELECT dimension, state, COUNT(*) AS n FROM rc_case WHERE jurisdiction_code IN (:scope)"
        + " AND state IN (:openCases) GROUP BY dimension, state", p,
        rs -> {
          counts.put(rs.getString("dimension") + "/" + rs.getString("state"), rs.getLong("n"));
        });
    List<CaseCount> result = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      for (CaseState s : CaseState.values()) {
        Long n = counts.get(d.name() + "/" + s.name());
        if (n != null) {
          result.add(new CaseCount(d.name(), d.label(), s.name(), s.label(), n));
        }
      }
    }
    return result;
  }

  private List<StateCount> openEliminations(MapSqlParameterSource p) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query("SELECT state, COUNT(*) AS n FROM ds_elimination WHERE jurisdiction_code IN (:scope)"
        + " AND state IN (:openEliminations) GROUP BY state", p, rs -> {
          counts.put(rs.getString("state"), rs.getLong("n"));
        });
    List<StateCount> result = new ArrayList<>();
    for (EliminationState s : EliminationState.values()) {
      if (counts.containsKey(s.name())) {
        result.add(new StateCount(s.name(), s.label(), counts.get(s.name())));
      }
    }
    return result;
  }

  /** Every open statutory date up to the horizon, late ones included, earliest first. */
  private List<DueItem> dueItems(MapSqlParameterSource p, LocalDate today) {
    List<DueItem> items = new ArrayList<>();
    jdbc.query("SELECT c.case_number, c.jurisdiction_code, c.state, c.deadline, c.exit_deadline, c.dimension, e.name"
        + " FROM rc_case c JOIN reg_enterprise e ON e.credit_code = c.credit_code"
        + " WHERE c.jurisdiction_code IN (:scope) AND ("
        + "   (c.state IN ('RECTIFYING', 'SUSPENDED', 'EXTENSION_REQUESTED') AND c.deadline <= :horizon)"
        + "   OR (c.state = 'CLOSING' AND c.exit_deadline <= :horizon))", p, rs -> {
          boolean closing = "CLOSING".equals(rs.getString("state"));
          LocalDate due = rs.getObject(closing ? "exit_deadline" : "deadline", LocalDate.class);
          String dimension = Dimension.parse(rs.getString("dimension")).map(Dimension::label).orElse("");
          items.add(item(closing ? "EXIT" : "RECTIFICATION", closing ? "关停退出期限" : "整改期限",
              rs.getString("case_number"), rs.getString("name") + "（" + dimension + "）", rs.getString("jurisdiction_code"),
              due, today, "/api/cases/" + rs.getString("case_number")));
        });
    jdbc.query("SELECT d.elimination_number, d.jurisdiction_code, d.dismantle_deadline, e.name, l.name AS line_name"
        + " FROM ds_elimination d JOIN reg_production_line l ON l.id = d.line_id"
        + " JOIN reg_enterprise e ON e.credit_code = l.credit_code"
        + " WHERE d.jurisdiction_code IN (:scope) AND d.state IN (:dismantlePending)"
        + " AND d.dismantle_deadline <= :horizon", p, rs -> {
          items.add(item("DISMANTLE", "拆除期限", rs.getString("elimination_number"),
              rs.getString("name") + " " + rs.getString("line_name"), rs.getString("jurisdiction_code"),
              rs.getObject("dismantle_deadline", LocalDate.class), today,
              "/api/eliminations/" + rs.getString("elimination_number")));
        });
    jdbc.query("SELECT m.campaign_id, m.name, m.due_date, c.jurisdiction_code FROM cp_milestone m"
        + " JOIN cp_campaign c ON c.campaign_id = m.campaign_id"
        + " WHERE c.jurisdiction_code IN (:scope) AND m.status = 'PENDING' AND m.due_date <= :horizon", p, rs -> {
          items.add(item("MILESTONE", "工作节点", rs.getString("campaign_id"), rs.getString("name"),
              rs.getString("jurisdiction_code"), rs.getObject("due_date", LocalDate.class), today,
              "/api/campaigns/" + rs.getString("campaign_id")));
        });
    items.sort(Comparator.comparing(DueItem::dueDate).thenComparing(DueItem::reference));
    return items;
  }

  private DueItem item(String kind, String kindName, String reference, String subject, String jurisdiction, LocalDate due,
      LocalDate today, String link) {
    String name = organisation.jurisdiction(jurisdiction).map(Jurisdiction::name).orElse(jurisdiction);
    return new DueItem(kind, kindName, reference, subject, jurisdiction, name, due, ChronoUnit.DAYS.between(today, due), link);
  }

  /**
   * Counted for the jurisdictions as a whole, whatever the manager's own task permissions: the
   * product has checked the jurisdictions, and the figures name no task.
   */
  /** Open joint measures by department; overdue where the department's task is past due (the engine's task table). */
  private List<Dashboard.MeasureCount> measures(MapSqlParameterSource p) {
    MapSqlParameterSource q = new MapSqlParameterSource(p.getValues()).addValue("now", java.sql.Timestamp.from(clock.instant()));
    return jdbc.query("SELECT m.department_group, COUNT(*) AS n,"
        + " SUM(CASE WHEN t.DUE_DATE_ IS NOT NULL AND t.DUE_DATE_ < :now THEN 1 ELSE 0 END) AS late"
        + " FROM jm_measure m LEFT JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = m.process_instance_id"
        + " WHERE m.status IN ('RAISED', 'APPLIED') AND m.jurisdiction_code IN (:scope)"
        + " GROUP BY m.department_group ORDER BY m.department_group", q,
        (rs, n) -> new Dashboard.MeasureCount(rs.getString("department_group"), organisation.groupName(rs.getString("department_group")),
            rs.getLong("n"), rs.getLong("late")));
  }

  /** Per department: the enterprises the year's plans cover, those inspected (recorded), the inspections and their findings. */
  private List<Dashboard.InspectionCoverage> inspections(MapSqlParameterSource p) {
    Map<String, long[]> figures = new TreeMap<>();
    jdbc.query("SELECT p.department_group, COUNT(DISTINCT c.credit_code) AS n FROM insp_plan p"
        + " JOIN insp_plan_enterprise c ON c.plan_number = p.plan_number WHERE p.plan_year = :year AND p.jurisdiction_code IN (:scope)"
        + " GROUP BY p.department_group", p, rs -> {
          figures.computeIfAbsent(rs.getString(1), k -> new long[4])[0] = rs.getLong(2);
        });
    jdbc.query("SELECT department_group, COUNT(DISTINCT credit_code) AS enterprises, COUNT(*) AS n,"
        + " SUM(CASE WHEN finding THEN 1 ELSE 0 END) AS findings FROM insp_inspection"
        + " WHERE plan_year = :year AND jurisdiction_code IN (:scope) AND state = 'RECORDED' GROUP BY department_group", p, rs -> {
          long[] f = figures.computeIfAbsent(rs.getString(1), k -> new long[4]);
          f[1] = rs.getLong(2);
          f[2] = rs.getLong(3);
          f[3] = rs.getLong(4);
        });
    return figures.entrySet().stream().map(e -> new Dashboard.InspectionCoverage(e.getKey(), organisation.groupName(e.getKey()),
        e.getValue()[0], e.getValue()[1], percent(BigDecimal.valueOf(e.getValue()[1]), BigDecimal.valueOf(e.getValue()[0])),
        e.getValue()[2], e.getValue()[3])).toList();
  }

  /** Per sector: the year's candidate lines, those in an approved plan to exit, and those exited. */
  private List<Dashboard.CandidateProgress> candidates(MapSqlParameterSource p) {
    List<Dashboard.CandidateProgress> result = new ArrayList<>();
    // A line in plans of several levels (province, city, county) counts once.
    String inPlan = "ep.state = 'APPROVED' AND c.included AND c.action IN ('EXIT', 'HALF_EXIT', 'CATALOGUE')";
    jdbc.query("SELECT sector, capacity_unit, COUNT(*) AS n, SUM(planned) AS planned, SUM(planned_capacity) AS planned_capacity,"
        + " SUM(exited) AS exited FROM (SELECT c.line_id, MIN(c.sector) AS sector, MIN(c.capacity_unit) AS capacity_unit,"
        + " MAX(CASE WHEN " + inPlan + " THEN 1 ELSE 0 END) AS planned,"
        + " MAX(CASE WHEN " + inPlan + " THEN c.capacity ELSE 0 END) AS planned_capacity,"
        + " MAX(CASE WHEN EXISTS (SELECT 1 FROM ex_capacity_exit x WHERE x.line_id = c.line_id) THEN 1 ELSE 0 END) AS exited"
        + " FROM ep_candidate c JOIN ep_plan ep ON ep.plan_number = c.plan_number"
        + " WHERE ep.plan_year = :year AND ep.jurisdiction_code IN (:scope) AND c.action <> 'EXEMPT' GROUP BY c.line_id) lines"
        + " GROUP BY sector, capacity_unit ORDER BY sector, capacity_unit", p, rs -> {
          Sector sector = Sector.valueOf(rs.getString("sector"));
          BigDecimal planned = rs.getBigDecimal("planned_capacity");
          result.add(new Dashboard.CandidateProgress(sector.name(), sector.label(), rs.getString("capacity_unit"), rs.getLong("n"),
              rs.getLong("planned"), RegistryRepository.plain(planned == null ? BigDecimal.ZERO : planned), rs.getLong("exited")));
        });
    return result;
  }

  private TaskFigures taskFigures(List<String> scope) {
    String[] tenants = scope.toArray(String[]::new);
    Date now = Date.from(clock.instant());
    return asSystem.call(() -> new TaskFigures(tasks.createTaskQuery().tenantIdIn(tenants).count(),
        tasks.createTaskQuery().tenantIdIn(tenants).dueBefore(now).count(),
        runtime.createIncidentQuery().tenantIdIn(tenants).count()));
  }

  /**
   * The year's plan is every line that is to exit in it: in the year's elimination plan, ordered
   * closed with an exit deadline in the year, or already counted as exited in the year.
   */
  private List<SectorProgress> capacity(MapSqlParameterSource p) {
    Map<String, long[]> lines = new TreeMap<>();
    Map<String, BigDecimal[]> amounts = new TreeMap<>();
    jdbc.query("SELECT e.sector, l.capacity_unit, COUNT(*) AS n, SUM(l.capacity) AS amount FROM ("
        + " SELECT line_id FROM ds_elimination WHERE plan_year = :year AND jurisdiction_code IN (:scope)"
        + " UNION SELECT line_id FROM ex_capacity_exit WHERE exit_year = :year AND jurisdiction_code IN (:scope)"
        + " UNION SELECT cl.line_id FROM rc_case_line cl JOIN rc_case c ON c.case_number = cl.case_number"
        + "   WHERE c.jurisdiction_code IN (:scope) AND c.state IN ('CLOSING', 'ELIMINATING')"
        + "   AND c.exit_deadline BETWEEN :yearStart AND :yearEnd"
        + " ) planned JOIN reg_production_line l ON l.id = planned.line_id"
        + " JOIN reg_enterprise e ON e.credit_code = l.credit_code GROUP BY e.sector, l.capacity_unit", p, rs -> {
          String key = rs.getString("sector") + "\u0000" + rs.getString("capacity_unit");
          lines.computeIfAbsent(key, k -> new long[2])[0] = rs.getLong("n");
          amounts.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] = rs.getBigDecimal("amount");
        });
    jdbc.query("SELECT sector, capacity_unit, COUNT(*) AS n, SUM(capacity) AS amount FROM ex_capacity_exit"
        + " WHERE exit_year = :year AND jurisdiction_code IN (:scope) GROUP BY sector, capacity_unit", p, rs -> {
          String key = rs.getString("sector") + "\u0000" + rs.getString("capacity_unit");
          lines.computeIfAbsent(key, k -> new long[2])[1] = rs.getLong("n");
          amounts.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1] = rs.getBigDecimal("amount");
        });
    List<SectorProgress> result = new ArrayList<>();
    for (Map.Entry<String, long[]> e : lines.entrySet()) {
      String[] key = e.getKey().split("\u0000", 2);
      Sector sector = Sector.valueOf(key[0]);
      BigDecimal[] amount = amounts.get(e.getKey());
      result.add(new SectorProgress(sector.name(), sector.label(), key[1], e.getValue()[0],
          RegistryRepository.plain(amount[0]), e.getValue()[1], RegistryRepository.plain(amount[1]),
          percent(amount[1], amount[0])));
    }
    result.sort(Comparator.comparing((SectorProgress s) -> Sector.valueOf(s.sector()).ordinal()).thenComparing(SectorProgress::unit));
    return result;
  }

  static int percent(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0) {
      return 0;
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
  }

  /** The departments that answer for a milestone, by name. */
  private String responsible(String groupIds) {
    return groupIds == null ? "" : Arrays.stream(groupIds.split(",")).map(String::strip).map(organisation::groupName)
        .collect(java.util.stream.Collectors.joining("、"));
  }

  private List<CampaignProgress> campaigns(MapSqlParameterSource p) {
    Map<String, List<MilestoneStatus>> milestones = new LinkedHashMap<>();
    Map<String, String[]> campaigns = new LinkedHashMap<>();
    jdbc.query("SELECT c.campaign_id, c.jurisdiction_code, c.state, m.milestone_key, m.name, m.phase, m.due_date, m.status,"
        + " m.overdue, m.responsible FROM cp_campaign c LEFT JOIN cp_milestone m ON m.campaign_id = c.campaign_id"
        + " WHERE c.campaign_year = :year AND c.jurisdiction_code IN (:scope)"
        + " ORDER BY c.jurisdiction_code, m.due_date, m.milestone_key", p, rs -> {
          String id = rs.getString("campaign_id");
          campaigns.putIfAbsent(id, new String[] {rs.getString("jurisdiction_code"), rs.getString("state")});
          List<MilestoneStatus> list = milestones.computeIfAbsent(id, k -> new ArrayList<>());
          if (rs.getString("milestone_key") != null) {
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            boolean late = "PENDING".equals(rs.getString("status"))
                && (rs.getBoolean("overdue") || due.isBefore((LocalDate) p.getValue("today")));
            list.add(new MilestoneStatus(rs.getString("milestone_key"), rs.getString("name"),
                PHASES.getOrDefault(rs.getString("phase"), rs.getString("phase")), due, rs.getString("status"), late,
                responsible(rs.getString("responsible"))));
          }
        });
    List<CampaignProgress> result = new ArrayList<>();
    for (Map.Entry<String, String[]> c : campaigns.entrySet()) {
      List<MilestoneStatus> list = milestones.get(c.getKey());
      String code = c.getValue()[0];
      result.add(new CampaignProgress(c.getKey(), code, organisation.jurisdiction(code).map(Jurisdiction::name).orElse(code),
          c.getValue()[1], list.stream().filter(m -> "DONE".equals(m.status())).count(), list.size(),
          list.stream().filter(MilestoneStatus::overdue).count(), list));
    }
    return result;
  }
}
