package cn.capacityexit.inspection;

import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.AsSystem;
import cn.capacityexit.process.UserNames;
import cn.capacityexit.registry.Sector;
import cn.capacityexit.registry.YearlySequences;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual inspection plans and their double-random draws. A plan belongs to a department of a jurisdiction and covers
 * the open enterprises of the chosen sectors in that jurisdiction and those below it (the key enterprises the plans
 * say must all be covered); a draw picks from them with {@link DoubleRandom} and two inspectors from the members of
 * the department's own group, never another department's.
 */
@Service
public class InspectionPlans {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final JdbcClient jdbc;
  private final InspectionKinds kinds;
  private final Organisation organisation;
  private final YearlySequences sequences;
  private final IdentityService identity;
  private final UserNames names;
  private final Clock clock;
  private final AsSystem asSystem;
  private final Inspections inspections;
  private final EnergyLimits limits;

  InspectionPlans(JdbcClient jdbc, InspectionKinds kinds, Organisation organisation, YearlySequences sequences,
      IdentityService identity, UserNames names, Clock clock, AsSystem asSystem, Inspections inspections, EnergyLimits limits) {
    this.jdbc = jdbc;
    this.limits = limits;
    this.inspections = inspections;
    this.asSystem = asSystem;
    this.kinds = kinds;
    this.organisation = organisation;
    this.sequences = sequences;
    this.identity = identity;
    this.names = names;
    this.clock = clock;
  }

  /** A plan as the department enters it. */
  public record Input(String jurisdiction, String department, String kind, Integer year, List<String> sectors) {}

  /**
   * A draw as the department asks for it: how many enterprises. The seed is the system's (an officer who chose it could
   * choose the result); a request that names one is refused.
   */
  public record DrawInput(Integer count, Long seed) {}

  /** Whether a recorded draw comes out again from its seed, the plan's coverage and the recorded roster. */
  public record Verification(String drawNumber, long seed, boolean reproduced) {}

  @Transactional
  public InspectionPlan create(Caller caller, Input in) {
    if (in == null) {
      throw new InvalidInputException("kind", "请填写检查计划");
    }
    Problems p = new Problems();
    InspectionKinds.Kind kind = in.kind() == null ? null : kinds.find(in.kind().strip()).orElse(null);
    if (kind == null) {
      p.add("kind", "检查事项应为" + kinds.all().stream().map(k -> k.code() + "（" + k.name() + "）").collect(Collectors.joining("、")));
    }
    Jurisdiction j = in.jurisdiction() == null ? null : organisation.jurisdiction(in.jurisdiction().strip()).orElse(null);
    if (j == null) {
      p.add("jurisdiction", "未知行政区划代码：" + in.jurisdiction());
    }
    String department = in.department() == null ? "" : in.department().strip();
    if (kind != null && !kind.departments().contains(department)) {
      p.add("department", kind.name() + "由" + String.join("、", kind.departments()) + "部门制定计划");
    } else if (j != null && !j.departments().contains(department)) {
      p.add("department", j.name() + "没有" + department + "部门");
    }
    if (in.year() == null || in.year() < 2000 || in.year() > 2100) {
      p.add("year", "请填写计划年度");
    }
    List<Sector> sectors = new ArrayList<>();
    for (String s : in.sectors() == null ? List.<String>of() : in.sectors()) {
      Sector.parse(s).ifPresentOrElse(sectors::add, () -> p.add("sectors", "未知行业：" + s));
    }
    if (sectors.isEmpty() && (in.sectors() == null || in.sectors().isEmpty())) {
      p.add("sectors", "请选择须全覆盖的重点行业");
    }
    if (kind != null && kind.code().equals("ENERGY_SUPERVISION")) {
      // An energy inspection measures against a limit standard: a sector the product holds none for could not be recorded.
      for (Sector s : sectors) {
        if (limits.ofSector(s).isEmpty()) {
          p.add("sectors", "本系统尚未收录" + s.label() + "行业的单位产品能耗限额标准（seeds/inspection/energy-limits.yaml），不能制定其节能监察计划");
        }
      }
    }
    p.throwIfAny();
    String group = GroupIds.department(department, j.code());
    requireMember(caller, group, j.code());
    String number = String.format("JC-%s-%d-%04d", j.code(), in.year(), sequences.next("insp_sequence", "plan_year", j.code(), in.year()));
    String title = in.year() + "年" + organisation.groupName(group) + kind.name() + "计划";
    jdbc.sql("INSERT INTO insp_plan (plan_number, jurisdiction_code, department_group, kind, plan_year, title, sectors, created_by,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(number, j.code(), group, kind.code(), in.year(), title, sectors.stream().map(Sector::name).collect(Collectors.joining(",")),
            caller.userId(), OffsetDateTime.now(clock))
        .update();
    List<String> scope = organisation.selfAndDescendants(j.code()).stream().map(Jurisdiction::code).toList();
    jdbc.sql("INSERT INTO insp_plan_enterprise (plan_number, credit_code) SELECT :number, credit_code FROM reg_enterprise"
            + " WHERE jurisdiction_code IN (:scope) AND sector IN (:sectors) AND closed_at IS NULL")
        .param("number", number).param("scope", scope).param("sectors", sectors.stream().map(Sector::name).toList()).update();
    return get(caller, number);
  }

  /** Draws enterprises of the plan and two inspectors of its department for each; recorded with the seed. */
  @Transactional
  public InspectionPlan.Draw draw(Caller caller, String planNumber, DrawInput in) {
    InspectionPlan plan = get(caller, planNumber);
    requireMember(caller, plan.departmentGroup(), plan.jurisdiction());
    if (in == null || in.count() == null || in.count() < 1) {
      throw new InvalidInputException("count", "请填写抽取的企业数（至少1家）");
    }
    if (in.seed() != null) {
      throw new InvalidInputException("seed", "随机数种子由系统生成并公开，不能指定");
    }
    if (in.count() > plan.coverage().size()) {
      throw new InvalidInputException("count", "抽取的企业数不能超过计划覆盖的" + plan.coverage().size() + "家企业");
    }
    // The department's roster: its officers and its head (负责人), never a member of another department's groups.
    // Read as the system: an officer may not list the directory's users.
    List<String> roster = asSystem.call(() -> java.util.stream.Stream.of(plan.departmentGroup(), plan.departmentGroup() + "-head")
        .flatMap(g -> identity.createUserQuery().memberOfGroup(g).list().stream()).map(User::getId).distinct().sorted().toList());
    if (roster.size() < 2) {
      throw new ConflictException(plan.departmentName() + "的执法检查人员不足两人，不能双随机抽取");
    }
    long seed = SEEDS.nextLong();
    List<DoubleRandom.Assignment> drawn = DoubleRandom.draw(plan.coverage().stream().map(InspectionPlan.Covered::creditCode).toList(),
        roster, in.count(), seed);
    String number = planNumber + "-" + String.format("%02d", plan.draws().size() + 1);
    jdbc.sql("INSERT INTO insp_draw (draw_number, plan_number, seed, requested, roster, drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(number, planNumber, seed, in.count(), String.join(",", roster), caller.userId(), OffsetDateTime.now(clock)).update();
    for (int i = 0; i < drawn.size(); i++) {
      DoubleRandom.Assignment a = drawn.get(i);
      jdbc.sql("INSERT INTO insp_draw_item (draw_number, position, credit_code, first_inspector, second_inspector) VALUES (?, ?, ?, ?, ?)")
          .params(number, i + 1, a.creditCode(), a.firstInspector(), a.secondInspector()).update();
    }
    // Each drawn enterprise gets its inspection, addressed to its two drawn inspectors.
    inspections.start(plan, number, drawn);
    return get(caller, planNumber).draws().stream().filter(d -> d.drawNumber().equals(number)).findFirst().orElseThrow();
  }

  /** Draws a recorded draw again from its seed (anyone may ask: the seed, coverage and result are public). */
  public Verification verify(String drawNumber) {
    String planNumber = jdbc.sql("SELECT plan_number FROM insp_draw WHERE draw_number = ?").param(drawNumber == null ? "" : drawNumber)
        .query(String.class).optional().orElseThrow(() -> new NotFoundException("没有编号为" + drawNumber + "的抽取批次"));
    InspectionPlan plan = find(planNumber).orElseThrow();
    InspectionPlan.Draw draw = plan.draws().stream().filter(d -> d.drawNumber().equals(drawNumber)).findFirst().orElseThrow();
    List<DoubleRandom.Assignment> again = DoubleRandom.draw(plan.coverage().stream().map(InspectionPlan.Covered::creditCode).toList(),
        draw.roster(), draw.requested(), draw.seed());
    List<DoubleRandom.Assignment> recorded = draw.drawn().stream()
        .map(d -> new DoubleRandom.Assignment(d.creditCode(), d.firstInspector(), d.secondInspector())).toList();
    return new Verification(drawNumber, draw.seed(), again.equals(recorded));
  }

  /** A plan for a caller who may see its jurisdiction. */
  public InspectionPlan get(Caller caller, String planNumber) {
    InspectionPlan plan = find(planNumber == null ? "" : planNumber.strip())
        .orElseThrow(() -> new NotFoundException("没有编号为" + planNumber + "的检查计划"));
    if (caller == null || !caller.mayAccess(plan.jurisdiction())) {
      throw new ForbiddenException("检查计划" + planNumber + "不在您的管辖范围内");
    }
    return plan;
  }

  /** The draws of the plans of a jurisdiction and those below it (all when null), as published (一公开). */
  public List<InspectionPlan> published(String jurisdiction) {
    List<String> numbers;
    if (jurisdiction == null || jurisdiction.isBlank()) {
      numbers = jdbc.sql("SELECT DISTINCT p.plan_number FROM insp_plan p JOIN insp_draw d ON d.plan_number = p.plan_number"
          + " ORDER BY p.plan_number DESC").query(String.class).list();
    } else {
      if (organisation.jurisdiction(jurisdiction.strip()).isEmpty()) {
        throw new InvalidInputException("jurisdiction", "未知行政区划代码：" + jurisdiction);
      }
      numbers = jdbc.sql("SELECT DISTINCT p.plan_number FROM insp_plan p JOIN insp_draw d ON d.plan_number = p.plan_number"
              + " WHERE p.jurisdiction_code IN (:scope) ORDER BY p.plan_number DESC")
          .param("scope", organisation.selfAndDescendants(jurisdiction.strip()).stream().map(Jurisdiction::code).toList())
          .query(String.class).list();
    }
    return numbers.stream().limit(200).map(n -> find(n).orElseThrow()).map(InspectionPlans::withoutLogins).toList();
  }

  /** An inspector's name for the public: never the login (the directory falls back to it for a user without a name). */
  private static String publicName(String login, String name) {
    return name == null || name.isBlank() || name.equals(login) ? "执法检查人员" : name;
  }

  /** The public copy: the inspectors by name only; no login of any officer. */
  private static InspectionPlan withoutLogins(InspectionPlan p) {
    return new InspectionPlan(p.planNumber(), p.jurisdiction(), p.departmentGroup(), p.departmentName(), p.kind(), p.kindName(),
        p.year(), p.title(), p.sectors(), p.clauses(), p.coverage(), p.draws().stream()
            .map(d -> new InspectionPlan.Draw(d.drawNumber(), d.seed(), d.requested(), List.of(), d.drawn().stream()
                .map(x -> new InspectionPlan.Drawn(x.creditCode(), x.enterpriseName(), null,
                    publicName(x.firstInspector(), x.firstInspectorName()), null, publicName(x.secondInspector(), x.secondInspectorName()),
                    x.inspectionNumber(), x.inspectedOn(), x.result()))
                .toList(), null, d.drawnAt()))
            .toList(), null, p.createdAt());
  }

  private java.util.Optional<InspectionPlan> find(String number) {
    return jdbc.sql("SELECT plan_number, jurisdiction_code, department_group, kind, plan_year, title, sectors, created_by, created_at"
            + " FROM insp_plan WHERE plan_number = ?").param(number)
        .query((rs, n) -> {
          InspectionKinds.Kind kind = kinds.find(rs.getString("kind")).orElseThrow();
          String group = rs.getString("department_group");
          return new InspectionPlan(rs.getString("plan_number"), rs.getString("jurisdiction_code"), group, organisation.groupName(group),
              kind.code(), kind.name(), rs.getInt("plan_year"), rs.getString("title"), Arrays.asList(rs.getString("sectors").split(",")),
              kind.clauses(), List.of(), List.of(), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
        }).optional()
        .map(p -> new InspectionPlan(p.planNumber(), p.jurisdiction(), p.departmentGroup(), p.departmentName(), p.kind(), p.kindName(),
            p.year(), p.title(), p.sectors(), p.clauses(), coverage(number), draws(number), p.createdBy(), p.createdAt()));
  }

  private List<InspectionPlan.Covered> coverage(String number) {
    return jdbc.sql("SELECT c.credit_code, e.name FROM insp_plan_enterprise c JOIN reg_enterprise e ON e.credit_code = c.credit_code"
            + " WHERE c.plan_number = ? ORDER BY c.credit_code").param(number)
        .query((rs, n) -> new InspectionPlan.Covered(rs.getString(1), rs.getString(2))).list();
  }

  private List<InspectionPlan.Draw> draws(String number) {
    Map<String, String> enterpriseNames = coverage(number).stream()
        .collect(Collectors.toMap(InspectionPlan.Covered::creditCode, InspectionPlan.Covered::enterpriseName));
    return jdbc.sql("SELECT draw_number, seed, requested, roster, drawn_by, drawn_at FROM insp_draw WHERE plan_number = ? ORDER BY id")
        .param(number)
        .query((rs, n) -> new InspectionPlan.Draw(rs.getString("draw_number"), rs.getLong("seed"), rs.getInt("requested"),
            Arrays.asList(rs.getString("roster").split(",")), List.of(), rs.getString("drawn_by"),
            rs.getObject("drawn_at", OffsetDateTime.class)))
        .list().stream()
        .map(d -> {
          Map<String, Inspections.Inspection> done = inspections.ofDraw(d.drawNumber()).stream()
              .collect(Collectors.toMap(Inspections.Inspection::inspectionNumber, i -> i));
          return new InspectionPlan.Draw(d.drawNumber(), d.seed(), d.requested(), d.roster(), jdbc.sql(
                  "SELECT position, credit_code, first_inspector, second_inspector FROM insp_draw_item WHERE draw_number = ? ORDER BY position")
              .param(d.drawNumber())
              .query((rs, n) -> {
                Inspections.Inspection i = done.get(d.drawNumber() + "-" + String.format("%02d", rs.getInt(1)));
                return new InspectionPlan.Drawn(rs.getString(2), enterpriseNames.getOrDefault(rs.getString(2), rs.getString(2)),
                    rs.getString(3), names.name(rs.getString(3)), rs.getString(4), names.name(rs.getString(4)),
                    i == null ? null : i.inspectionNumber(), i == null ? null : i.inspectedOn(), Inspections.result(i));
              })
              .list(), d.drawnBy(), d.drawnAt());
        })
        .toList();
  }

  private void requireMember(Caller caller, String group, String jurisdiction) {
    if (caller == null || !caller.mayAccess(jurisdiction)) {
      throw new ForbiddenException("行政区划" + jurisdiction + "不在您的管辖范围内");
    }
    if (!caller.administrator() && identity.createGroupQuery().groupMember(caller.userId()).groupIdIn(group, group + "-head").count() == 0) {
      throw new ForbiddenException("只有" + organisation.groupName(group) + "可以制定和抽取本部门的检查计划");
    }
  }
}
