package cn.capacityexit.exitplan;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.events.EliminationOpened;
import cn.capacityexit.events.ExitPlanApproved;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.Decisions;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.registry.Sector;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The year's elimination plan of a jurisdiction: its candidate list computed from the registry's open lines in the
 * jurisdiction and those below it by exit-lines.dmn and catalogue-eliminate.dmn, the review that may leave lines out
 * with a reason, the approval, and what follows (eliminations, capacity-replacement plans).
 */
@Service
public class ExitPlans {

  static final String EXIT_LINES = "exit-lines";

  private final JdbcClient jdbc;
  private final RegistryRepository registry;
  private final Catalogue catalogue;
  private final Decisions decisions;
  private final Organisation organisation;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ExitPlans(JdbcClient jdbc, RegistryRepository registry, Catalogue catalogue, Decisions decisions, Organisation organisation,
      IdentityService identity, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.catalogue = catalogue;
    this.decisions = decisions;
    this.organisation = organisation;
    this.identity = identity;
    this.events = events;
    this.clock = clock;
  }

  /** A candidate line with the clause that makes it one. */
  public record Candidate(long lineId, String lineName, String creditCode, String enterpriseName, String jurisdiction, String sector,
      String sectorName, String equipmentType, String specification, BigDecimal capacity, String capacityUnit, String action,
      String actionName, String clause, String catalogueItem, boolean included, String exclusionReason, String eliminationNumber,
      String replacementNumber, LocalDate replacementOn) {}

  /** A plan with its candidates. */
  public record Plan(String planNumber, String jurisdiction, String jurisdictionName, int year, String state, LocalDate comparedOn,
      String reviewOpinion, String approvalOpinion, List<Candidate> candidates) {}

  /** The day the catalogue edition is read on: today within the plan year, else the year's nearer end. */
  static LocalDate comparedOn(LocalDate today, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
  }

  /** The candidate list of a jurisdiction and year as the tables give it today (nothing is recorded). */
  public List<Candidate> preview(Caller caller, String jurisdiction, Integer year) {
    Jurisdiction j = requireScope(caller, jurisdiction, year);
    return compute(j.code(), year, comparedOn(Deadlines.today(clock), year));
  }

  private Jurisdiction requireScope(Caller caller, String jurisdiction, Integer year) {
    Problems p = new Problems();
    Jurisdiction j = jurisdiction == null ? null : organisation.jurisdiction(jurisdiction.strip()).orElse(null);
    if (j == null) {
      p.add("jurisdictionCode", "未知行政区划代码：" + jurisdiction);
    }
    if (year == null || year < 2017 || year > Deadlines.today(clock).getYear() + 1) {
      p.add("planYear", "计划年度应在2017年（工信部联产业〔2017〕30号）至" + (Deadlines.today(clock).getYear() + 1) + "年之间");
    }
    p.throwIfAny();
    if (caller == null || !caller.mayAccess(j.code())) {
      throw new ForbiddenException("行政区划" + j.name() + "不在您的管辖范围内");
    }
    return j;
  }

  private List<Candidate> compute(String jurisdiction, int year, LocalDate on) {
    List<String> scope = organisation.selfAndDescendants(jurisdiction).stream().map(Jurisdiction::code).toList();
    List<RegistryRepository.RegisteredLine> lines = registry.openLines(scope);
    Map<Long, BigDecimal> plant = Candidates.enterpriseCapacities(lines.stream()
        .map(r -> new Candidates.LineInput(r.line().id(), r.enterprise().creditCode(), r.line().equipmentType(), r.line().capacityUnit(),
            r.line().capacity()))
        .toList());
    List<Candidate> result = new ArrayList<>();
    List<Candidates.HalfLine> half = new ArrayList<>();
    for (RegistryRepository.RegisteredLine r : lines) {
      String code = r.enterprise().jurisdiction();
      var exit = decisions.find(EXIT_LINES, inputs(r, year, plant.get(r.line().id())));
      Optional<Catalogue.Item> item = catalogue.eliminateItem(r.line(), r.enterprise().sector(), on);
      if (exit.isEmpty() && item.isEmpty()) {
        continue;
      }
      Candidates.Action action = exit.map(e -> switch ((String) e.getEntry("action")) {
        case "HALF" -> Candidates.Action.HALF_EXIT;
        default -> Candidates.Action.valueOf(e.getEntry("action"));
      }).orElse(Candidates.Action.CATALOGUE);
      String clause = exit.map(e -> (String) e.getEntry("clause")).orElseGet(() -> item.get().text());
      if ("HALF".equals(exit.map(e -> (String) e.getEntry("action")).orElse(null))) {
        half.add(new Candidates.HalfLine(r.line().id(), r.enterprise().creditCode(), plant.get(r.line().id())));
      }
      result.add(new Candidate(r.line().id(), r.line().name(), r.enterprise().creditCode(), r.enterprise().name(), code,
          r.enterprise().sector().name(), r.enterprise().sector().label(), r.line().equipmentType(), r.line().specification(),
          r.line().capacity(), r.line().capacityUnit(), action.name(), action.label(), clause, item.map(Catalogue.Item::text).orElse(null),
          action != Candidates.Action.EXEMPT, action == Candidates.Action.EXEMPT ? "属于方案列明的除外情形" : null, null, null, null));
    }
    if (!half.isEmpty() && !LineFacts.province(jurisdiction).equals(jurisdiction)) {
      // "2500吨/日的水泥熟料生产线整合退出一半" is the province's half: split over every such line of the province.
      half = compute(LineFacts.province(jurisdiction), year, on, true);
    }
    Map<Long, Candidates.Action> split = Candidates.splitHalf(half);
    return result.stream().map(c -> split.containsKey(c.lineId()) ? with(c, split.get(c.lineId())) : c).toList();
  }

  /** The half class of the province (only its lines are returned): the province's cement lines through the exit lines. */
  private List<Candidates.HalfLine> compute(String province, int year, LocalDate on, boolean halfOnly) {
    List<String> scope = organisation.selfAndDescendants(province).stream().map(Jurisdiction::code).toList();
    List<RegistryRepository.RegisteredLine> lines = registry.openLines(scope).stream()
        .filter(r -> r.enterprise().sector() == Sector.CEMENT).toList();
    Map<Long, BigDecimal> plant = Candidates.enterpriseCapacities(lines.stream()
        .map(r -> new Candidates.LineInput(r.line().id(), r.enterprise().creditCode(), r.line().equipmentType(), r.line().capacityUnit(),
            r.line().capacity()))
        .toList());
    List<Candidates.HalfLine> half = new ArrayList<>();
    for (RegistryRepository.RegisteredLine r : lines) {
      var exit = decisions.find(EXIT_LINES, inputs(r, year, plant.get(r.line().id())));
      if (exit.isPresent() && "HALF".equals(exit.get().getEntry("action"))) {
        half.add(new Candidates.HalfLine(r.line().id(), r.enterprise().creditCode(), plant.get(r.line().id())));
      }
    }
    return half;
  }

  private static Map<String, Object> inputs(RegistryRepository.RegisteredLine r, int year, BigDecimal plantCapacity) {
    Map<String, Object> v = new HashMap<>();
    String code = r.enterprise().jurisdiction();
    v.put("province", LineFacts.province(code));
    v.put("planYear", year);
    v.put("city", LineFacts.city(code));
    v.put("sector", r.enterprise().sector().name());
    v.put("equipmentType", r.line().equipmentType());
    v.put("description", LineFacts.description(r.line().name(), r.line().specification()));
    v.put("capacityUnit", r.line().capacityUnit());
    v.put("lineCapacity", r.line().capacity() == null ? null : r.line().capacity().doubleValue());
    v.put("enterpriseCapacity", plantCapacity.doubleValue());
    v.put("millDiameter", LineFacts.millDiameter(r.line().specification()).map(BigDecimal::doubleValue).orElse(null));
    return v;
  }

  private static Candidate with(Candidate c, Candidates.Action a) {
    return new Candidate(c.lineId(), c.lineName(), c.creditCode(), c.enterpriseName(), c.jurisdiction(), c.sector(), c.sectorName(),
        c.equipmentType(), c.specification(), c.capacity(), c.capacityUnit(), a.name(), a.label(), c.clause(), c.catalogueItem(),
        c.included(), c.exclusionReason(), c.eliminationNumber(), c.replacementNumber(), c.replacementOn());
  }

  /**
   * Generates and records the plan (the start of exit-plan.bpmn): the industry or the development-and-reform department
   * of the jurisdiction drafts it ("发展改革、工业和信息化部门按职责分工负责", Shandong 二(五)1); one plan per jurisdiction
   * and year.
   */
  public String create(Caller caller, String jurisdiction, Integer year, String processInstanceId) {
    Jurisdiction j = requireScope(caller, jurisdiction, year);
    if (!caller.administrator() && identity.createGroupQuery().groupMember(caller.userId())
        .groupIdIn(GroupIds.department("miit", j.code()), GroupIds.departmentHead("miit", j.code()), GroupIds.department("ndrc", j.code()),
            GroupIds.departmentHead("ndrc", j.code())).count() == 0) {
      throw new ForbiddenException("年度淘汰落后计划由" + j.name() + "工业和信息化部门或发展改革部门编制");
    }
    String number = "JH-" + j.code() + "-" + year;
    if (jdbc.sql("SELECT COUNT(*) FROM ep_plan WHERE plan_number = ?").param(number).query(Long.class).single() > 0) {
      throw new ConflictException(j.name() + year + "年度淘汰落后计划已编制（" + number + "），不能重复编制");
    }
    LocalDate on = comparedOn(Deadlines.today(clock), year);
    List<Candidate> candidates = compute(j.code(), year, on);
    jdbc.sql("INSERT INTO ep_plan (plan_number, jurisdiction_code, plan_year, process_instance_id, state, compared_on, created_by,"
            + " created_at) VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?)")
        .params(number, j.code(), year, processInstanceId, on, caller.userId(), OffsetDateTime.now(clock)).update();
    for (Candidate c : candidates) {
      // A line already in another plan of the year (a province's, a city's or a county's) stays in that one.
      String other = jdbc.sql("SELECT c.plan_number FROM ep_candidate c JOIN ep_plan p ON p.plan_number = c.plan_number"
              + " WHERE c.line_id = ? AND p.plan_year = ? AND c.included ORDER BY c.plan_number").params(c.lineId(), year)
          .query(String.class).list().stream().findFirst().orElse(null);
      if (other != null && c.included()) {
        c = new Candidate(c.lineId(), c.lineName(), c.creditCode(), c.enterpriseName(), c.jurisdiction(), c.sector(), c.sectorName(),
            c.equipmentType(), c.specification(), c.capacity(), c.capacityUnit(), c.action(), c.actionName(), c.clause(), c.catalogueItem(),
            false, "已列入" + other + "年度淘汰落后计划", null, null, null);
      }
      jdbc.sql("INSERT INTO ep_candidate (plan_number, line_id, credit_code, jurisdiction_code, sector, action, clause, catalogue_item,"
              + " capacity, capacity_unit, included, exclusion_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(number, c.lineId(), c.creditCode(), c.jurisdiction(), c.sector(), c.action(), c.clause(), c.catalogueItem(),
              c.capacity(), c.capacityUnit(), c.included(), c.exclusionReason())
          .update();
    }
    return number;
  }

  /** The plan a process instance works on, as recorded when it was generated. */
  String numberOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT plan_number FROM ep_plan WHERE process_instance_id = ?").param(processInstanceId).query(String.class)
        .optional().orElseThrow(() -> new NotFoundException("该流程实例没有年度淘汰落后计划"));
  }

  /**
   * 审核候选名单: lines left out (by line number, each must be a candidate) with the reason, and the opinion. A line left
   * out earlier and not named again comes back in.
   */
  void review(String number, String excludedLines, String reason, String opinion, String actor) {
    Plan plan = require(number);
    Problems p = new Problems();
    Set<Long> excluded = new LinkedHashSet<>();
    if (excludedLines != null && !excludedLines.isBlank()) {
      Set<Long> candidates = plan.candidates().stream().map(Candidate::lineId).collect(Collectors.toSet());
      for (String part : excludedLines.split("[,，、\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          long id = Long.parseLong(part.strip());
          if (!candidates.contains(id)) {
            p.add("excludedLines", "生产线" + id + "不在候选名单中");
          }
          excluded.add(id);
        } catch (NumberFormatException e) {
          p.add("excludedLines", "应为候选名单中的生产线编号，以逗号分隔");
        }
      }
    }
    String why = p.text("exclusionReason", reason, !excluded.isEmpty(), 1000);
    String text = p.text("reviewOpinion", opinion, true, 2000);
    p.throwIfAny();
    for (Candidate c : plan.candidates()) {
      if (Candidates.Action.valueOf(c.action()) == Candidates.Action.EXEMPT
          || (c.exclusionReason() != null && c.exclusionReason().startsWith("已列入JH-"))) {
        continue;
      }
      boolean out = excluded.contains(c.lineId());
      jdbc.sql("UPDATE ep_candidate SET included = ?, exclusion_reason = ? WHERE plan_number = ? AND line_id = ?")
          .params(!out, out ? why : null, number, c.lineId()).update();
    }
    jdbc.sql("UPDATE ep_plan SET state = 'REVIEWED', review_opinion = ?, reviewed_by = ?, reviewed_at = ? WHERE plan_number = ?")
        .params(text, actor, OffsetDateTime.now(clock), number).update();
  }

  /** 批准年度淘汰落后计划: approved, or returned to the review with the reason. */
  boolean approve(String number, String decision, String opinion, String actor) {
    Problems p = new Problems();
    if (!"APPROVED".equals(decision) && !"RETURNED".equals(decision)) {
      p.add("approvalDecision", "请选择批准或退回修改");
    }
    String text = p.text("approvalOpinion", opinion, "RETURNED".equals(decision), 2000);
    p.throwIfAny();
    boolean approved = "APPROVED".equals(decision);
    jdbc.sql("UPDATE ep_plan SET state = ?, approval_opinion = ?, approved_by = ?, approved_at = ? WHERE plan_number = ?")
        .params(approved ? "APPROVED" : "RETURNED", text, approved ? actor : null, approved ? OffsetDateTime.now(clock) : null, number)
        .update();
    return approved;
  }

  /** 下达年度淘汰落后计划: the included lines that exit go into elimination, each with its clause. */
  void issue(String number) {
    Plan plan = require(number);
    List<ExitPlanApproved.PlannedLine> lines = plan.candidates().stream()
        .filter(c -> c.included() && Candidates.Action.valueOf(c.action()).eliminates())
        .map(c -> new ExitPlanApproved.PlannedLine(c.lineId(), basis(c)))
        .toList();
    events.publishEvent(new ExitPlanApproved(number, plan.jurisdiction(), plan.year(), lines));
  }

  /** What the elimination records as the line's catalogue item or clause (at most 300 characters). */
  private static String basis(Candidate c) {
    String b = c.catalogueItem() != null && Candidates.Action.valueOf(c.action()) == Candidates.Action.CATALOGUE ? c.catalogueItem() : c.clause();
    return b.length() > 300 ? b.substring(0, 300) : b;
  }

  /** The 2,500 t/d lines that stay and must present a capacity-replacement plan (the multi-instance task's collection). */
  List<Long> replacementLines(String number) {
    return jdbc.sql("SELECT line_id FROM ep_candidate WHERE plan_number = ? AND action = 'REPLACE' AND included ORDER BY line_id")
        .param(number).query(Long.class).list();
  }

  /** 登记产能置换方案: the plan's number and content and the day it was received. */
  void recordReplacement(String number, Long lineId, String documentNumber, String content, String receivedOn) {
    Problems p = new Problems();
    String doc = p.text("replacementNumber", documentNumber, true, 100);
    String text = p.text("replacementPlan", content, true, 2000);
    LocalDate on = p.pastDay("replacementOn", receivedOn, "收到日期", Deadlines.today(clock));
    p.throwIfAny();
    int updated = jdbc.sql("UPDATE ep_candidate SET replacement_number = ?, replacement_plan = ?, replacement_on = ?"
            + " WHERE plan_number = ? AND line_id = ? AND action = 'REPLACE'")
        .params(doc, text, on, number, lineId).update();
    if (updated == 0) {
      throw new InvalidInputException("replacementNumber", "该生产线不须提交产能置换方案");
    }
  }

  @EventListener
  void on(EliminationOpened opened) {
    jdbc.sql("UPDATE ep_candidate SET elimination_number = ? WHERE plan_number = ? AND line_id = ?")
        .params(opened.eliminationNumber(), opened.planNumber(), opened.lineId()).update();
  }

  /** A plan for a caller who may see its jurisdiction. */
  public Plan get(Caller caller, String number) {
    Plan plan = find(number == null ? "" : number.strip()).orElseThrow(() -> new NotFoundException("没有编号为" + number + "的年度淘汰落后计划"));
    if (caller == null || !caller.mayAccess(plan.jurisdiction())) {
      throw new ForbiddenException("年度淘汰落后计划" + number + "不在您的管辖范围内");
    }
    return plan;
  }

  Plan require(String number) {
    return find(number).orElseThrow(() -> new NotFoundException("没有编号为" + number + "的年度淘汰落后计划"));
  }

  private Optional<Plan> find(String number) {
    return jdbc.sql("SELECT plan_number, jurisdiction_code, plan_year, state, compared_on, review_opinion, approval_opinion FROM ep_plan"
            + " WHERE plan_number = ?").param(number)
        .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2),
            organisation.jurisdiction(rs.getString(2)).map(Jurisdiction::name).orElse(rs.getString(2)), rs.getInt(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), List.of()))
        .optional()
        .map(p -> new Plan(p.planNumber(), p.jurisdiction(), p.jurisdictionName(), p.year(), p.state(), p.comparedOn(), p.reviewOpinion(),
            p.approvalOpinion(), candidates(number)));
  }

  private List<Candidate> candidates(String number) {
    return jdbc.sql("SELECT c.*, l.name AS line_name, l.equipment_type, l.specification, e.name AS enterprise_name FROM ep_candidate c"
            + " JOIN reg_production_line l ON l.id = c.line_id JOIN reg_enterprise e ON e.credit_code = c.credit_code"
            + " WHERE c.plan_number = ? ORDER BY c.sector, c.credit_code, c.line_id").param(number)
        .query((rs, n) -> {
          Candidates.Action a = Candidates.Action.valueOf(rs.getString("action"));
          Sector s = Sector.valueOf(rs.getString("sector"));
          return new Candidate(rs.getLong("line_id"), rs.getString("line_name"), rs.getString("credit_code"), rs.getString("enterprise_name"),
              rs.getString("jurisdiction_code"), s.name(), s.label(), rs.getString("equipment_type"), rs.getString("specification"),
              RegistryRepository.plain(rs.getBigDecimal("capacity")), rs.getString("capacity_unit"), a.name(), a.label(), rs.getString("clause"),
              rs.getString("catalogue_item"), rs.getBoolean("included"), rs.getString("exclusion_reason"), rs.getString("elimination_number"),
              rs.getString("replacement_number"), rs.getObject("replacement_on", LocalDate.class));
        }).list();
  }

  /** The candidate list as the review and approval forms show it (a short text; the whole list is at the API). */
  String summary(String number) {
    Plan plan = require(number);
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Candidate c : plan.candidates()) {
      counts.computeIfAbsent(c.actionName(), k -> new long[2])[c.included() ? 0 : 1]++;
    }
    StringBuilder s = new StringBuilder("比对日期 ").append(plan.comparedOn()).append("，候选生产线 ").append(plan.candidates().size())
        .append(" 条：");
    s.append(counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + " 条" + (e.getValue()[1] > 0 ? "（不列入 "
        + e.getValue()[1] + " 条）" : "")).collect(Collectors.joining("；")));
    s.append("\n\n");
    for (Candidate c : plan.candidates()) {
      String line = "- " + c.lineId() + " " + c.enterpriseName() + " " + c.lineName() + "（" + c.equipmentType()
          + (c.specification() == null ? "" : "，" + c.specification()) + "，" + c.capacity() + c.capacityUnit() + "）：" + c.actionName()
          + (c.included() ? "" : "，不列入：" + c.exclusionReason()) + "\n";
      if (s.length() + line.length() > 3500) {
        s.append("- ……（完整名单见 /api/exit-plans/").append(number).append("）\n");
        break;
      }
      s.append(line);
    }
    return s.toString();
  }
}
