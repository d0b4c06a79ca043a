package cn.capacityexit.inspection;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.events.InspectionFound;
import cn.capacityexit.events.InspectionReferred;
import cn.capacityexit.exitplan.Catalogue;
import cn.capacityexit.exitplan.LineFacts;
import cn.capacityexit.process.Decisions;
import cn.capacityexit.process.UserNames;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.registry.ProductionLine;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inspections of the double-random draws: one per drawn enterprise, started by the product with the two drawn
 * inspectors (inspection.bpmn); what they record is checked here, the verdict is inspection-finding.dmn's, and a finding
 * is handed on as {@link InspectionFound} with the inspection as evidence.
 */
@Service
public class Inspections {

  static final String DECISION = "inspection-finding";

  private final JdbcClient jdbc;
  private final InspectionEngine engine;
  private final RegistryRepository registry;
  private final EnergyLimits limits;
  private final InspectionKinds kinds;
  private final Catalogue catalogue;
  private final Decisions decisions;
  private final ApplicationEventPublisher events;
  private final UserNames names;
  private final Clock clock;

  Inspections(JdbcClient jdbc, InspectionEngine engine, InspectionKinds kinds, RegistryRepository registry, EnergyLimits limits, Catalogue catalogue,
      Decisions decisions, ApplicationEventPublisher events, UserNames names,
      Clock clock) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.kinds = kinds;
    this.registry = registry;
    this.limits = limits;
    this.catalogue = catalogue;
    this.decisions = decisions;
    this.events = events;
    this.names = names;
    this.clock = clock;
  }

  /** One inspection as recorded. */
  public record Inspection(String inspectionNumber, String drawNumber, String planNumber, String jurisdiction, String kind,
      String kindName, int year, String creditCode, String enterpriseName, String firstInspector, String secondInspector,
      String state, LocalDate inspectedOn, Long lineId, String limitStandard, String indicator, String unit, BigDecimal limitValue,
      BigDecimal measuredValue, String permitNumber, Boolean permitHeld, String testResult, Boolean safetyConditionsMet,
      Boolean majorHazard, String catalogueItem, String observations, Boolean finding, String dimension, String route,
      String legalBasis, String referredTo, OffsetDateTime recordedAt, Boolean licenceHeld, Boolean equipmentEliminated,
      String eliminatedIn) {}

  /** What an inspector records (record-inspection.form's fields). */
  public record Recording(String inspectedOn, String lineChoice, String limitChoice, Object measuredValue, String permitHeld,
      String permitNumber, Object permitLimit, Object emissionMeasured, String testResult, String testReportNumber,
      String safetyConditionsMet, String majorHazard, String observations, String licenceHeld) {}

  /** Starts one inspection per drawn enterprise in the plan's tenant; the task goes to the first drawn inspector. */
  void start(InspectionPlan plan, String drawNumber, List<DoubleRandom.Assignment> drawn) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (int i = 0; i < drawn.size(); i++) {
      DoubleRandom.Assignment a = drawn.get(i);
      Enterprise e = registry.find(a.creditCode()).orElseThrow();
      String number = drawNumber + "-" + String.format("%02d", i + 1);
      jdbc.sql("INSERT INTO insp_inspection (inspection_number, draw_number, plan_number, jurisdiction_code, enterprise_jurisdiction,"
              + " department_group, kind, plan_year, credit_code, first_inspector, second_inspector, state, created_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', ?)")
          .params(number, drawNumber, plan.planNumber(), plan.jurisdiction(), e.jurisdiction(), plan.departmentGroup(), plan.kind(),
              plan.year(), e.creditCode(), a.firstInspector(), a.secondInspector(), now)
          .update();
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(VariableNames.JURISDICTION_CODE, plan.jurisdiction());
      v.put("inspectionNumber", number);
      v.put("planNumber", plan.planNumber());
      v.put("planTitle", plan.title());
      v.put("kind", plan.kind());
      v.put("kindName", plan.kindName());
      v.put("departmentGroup", plan.departmentGroup());
      v.put(VariableNames.ENTERPRISE_CREDIT_CODE, e.creditCode());
      v.put(VariableNames.ENTERPRISE_NAME, e.name());
      v.put("firstInspector", a.firstInspector());
      v.put("secondInspector", a.secondInspector());
      v.put("inspectorNames", names.name(a.firstInspector()) + "、" + names.name(a.secondInspector()));
      v.put("lineChoices", lineChoices(e.creditCode()));
      if ("ENERGY_SUPERVISION".equals(plan.kind())) {
        // Every edition of the sector's limits: the inspection day, checked on recording, decides which governs.
        v.put("limitChoices", limits.ofSector(e.sector()).stream().map(Inspections::choice).collect(Collectors.joining(";")));
      }
      String instance = engine.start(number, v);
      jdbc.sql("UPDATE insp_inspection SET process_instance_id = ? WHERE inspection_number = ?").params(instance, number).update();
    }
  }

  /** A limit as the form's list offers it: what an officer reads (the standard, the indicator, the limit). */
  static String choice(EnergyLimits.Limit l) {
    return l.label().replace(";", "；");
  }

  /** The enterprise's lines as the form's list offers them: the line number first. */
  private String lineChoices(String creditCode) {
    // A text variable holds at most 4,000 characters: the lines that fit (an enterprise of very many lines is inspected
    // line by line beyond them, the product's limit).
    StringBuilder text = new StringBuilder();
    for (ProductionLine l : registry.lines(creditCode, 0, 200).items()) {
      String choice = (l.id() + " " + l.name() + "（" + l.equipmentType() + (l.specification() == null ? "" : "，" + l.specification()) + "）")
          .replace(";", "；");
      if (text.length() + choice.length() + 1 > 3900) {
        break;
      }
      text.append(text.isEmpty() ? "" : ";").append(choice);
    }
    return text.isEmpty() ? null : text.toString();
  }

  private LocalDate drawnOn(String drawNumber) {
    OffsetDateTime at = jdbc.sql("SELECT drawn_at FROM insp_draw WHERE draw_number = ?").param(drawNumber).query(OffsetDateTime.class)
        .single();
    return Deadlines.dayOf(at.toInstant());
  }

  /** The inspection a process instance works on, as recorded when the product started it. */
  String numberOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT inspection_number FROM insp_inspection WHERE process_instance_id = ?").param(processInstanceId)
        .query(String.class).optional().orElseThrow(() -> new NotFoundException("该流程实例没有检查记录"));
  }

  /**
   * Checks and keeps what the inspector recorded; only one of the two drawn inspectors may record it. The limits are the
   * product's: the energy standard from the seed, the catalogue item from the catalogue.
   */
  void record(String number, String tenant, String actor, Recording in) {
    Inspection i = require(number);
    if (!i.jurisdiction().equals(tenant)) {
      throw new ForbiddenException("无权办理其他辖区的事项");
    }
    if (!actor.equals(i.firstInspector()) && !actor.equals(i.secondInspector())) {
      throw new ForbiddenException("只有随机抽取的执法检查人员（" + names.name(i.firstInspector()) + "、" + names.name(i.secondInspector())
          + "）可以记录本次检查结果");
    }
    Problems p = new Problems();
    LocalDate today = Deadlines.today(clock);
    LocalDate on = p.pastDay("inspectedOn", in.inspectedOn(), "检查日期", today);
    LocalDate drawnOn = drawnOn(i.drawNumber());
    if (on != null && on.isBefore(drawnOn)) {
      p.add("inspectedOn", "检查日期不能早于随机抽取的日期" + drawnOn);
    }
    String observations = p.text("observations", in.observations(), true, 2000);
    Enterprise enterprise = registry.find(i.creditCode()).orElseThrow();
    ProductionLine line = null;
    if (in.lineChoice() != null && !in.lineChoice().isBlank()) {
      Long id = leadingNumber(in.lineChoice());
      line = id == null ? null : registry.line(id).filter(l -> l.enterpriseCreditCode().equals(i.creditCode())).orElse(null);
      if (line == null) {
        p.add("lineChoice", "所选生产线不属于被检查企业");
      }
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    switch (i.kind()) {
      case "ENERGY_SUPERVISION" -> {
        // The list's text, or the limit's code (an API client).
        String chosen = in.limitChoice() == null ? "" : in.limitChoice().strip();
        EnergyLimits.Limit limit = limits.all().stream().filter(l -> choice(l).equals(chosen) || l.code().equals(chosen)).findFirst()
            .orElse(null);
        if (limit == null) {
          p.add("limitChoice", "请选择能耗限额标准及指标");
        } else if (!limit.sectors().contains(enterprise.sector().name())) {
          p.add("limitChoice", limit.standard() + "不适用于" + enterprise.sector().label() + "行业");
        } else if (on != null && !limit.inForce(on)) {
          p.add("limitChoice", limit.standard() + "在检查日期" + on + "不是有效版本");
        }
        BigDecimal measured = decimal(p, "measuredValue", in.measuredValue(), "实测值", true);
        if (limit != null) {
          columns.put("limit_code", limit.code());
          columns.put("limit_standard", limit.standard());
          columns.put("indicator", limit.indicator());
          columns.put("unit", limit.unit());
          columns.put("limit_value", limit.limit());
        }
        columns.put("measured_value", measured);
      }
      case "POLLUTANT_PERMIT" -> {
        Boolean held = p.yesNo("permitHeld", in.permitHeld(), "请选择是否持有排污许可证");
        columns.put("permit_held", held);
        if (Boolean.TRUE.equals(held)) {
          columns.put("permit_number", p.text("permitNumber", in.permitNumber(), true, 60));
          BigDecimal permitted = decimal(p, "permitLimit", in.permitLimit(), "许可排放浓度限值", true);
          BigDecimal measured = decimal(p, "emissionMeasured", in.emissionMeasured(), "实测排放浓度", true);
          columns.put("limit_standard", "排污许可证" + (in.permitNumber() == null ? "" : in.permitNumber().strip()));
          columns.put("indicator", "排放浓度");
          columns.put("unit", "mg/m³");
          columns.put("limit_value", permitted);
          columns.put("measured_value", measured);
        }
      }
      case "PRODUCT_LICENCE" -> {
        Boolean licensed = p.yesNo("licenceHeld", in.licenceHeld(), "请选择是否持有有效的生产许可证");
        columns.put("licence_held", licensed);
        String result = in.testResult() == null ? "" : in.testResult().strip();
        if (!result.equals("PASS") && !result.equals("FAIL")) {
          p.add("testResult", "请选择产品检验结论");
        }
        columns.put("test_result", result);
        columns.put("limit_standard", p.text("testReportNumber", in.testReportNumber(), true, 60));
      }
      case "SAFETY" -> {
        Boolean met = p.yesNo("safetyConditionsMet", in.safetyConditionsMet(), "请选择是否具备安全生产条件");
        Boolean hazard = p.yesNo("majorHazard", in.majorHazard(), "请选择是否存在重大事故隐患");
        columns.put("safety_conditions_met", met);
        columns.put("major_hazard", hazard);
      }
      default -> throw new IllegalStateException("unknown inspection kind " + i.kind());
    }
    p.throwIfAny();
    String item = null;
    if (line != null) {
      item = catalogue.eliminateItem(line, enterprise.sector(), on).map(Catalogue.Item::text).orElse(null);
    }
    columns.put("catalogue_item", item);
    columns.put("line_id", line == null ? null : line.id());
    columns.put("inspected_on", on);
    columns.put("observations", observations);
    columns.put("recorded_by", actor);
    columns.put("recorded_at", OffsetDateTime.now(clock));
    columns.put("state", "RECORDED");
    update(number, columns);
  }

  /** inspection-finding.dmn over what was recorded (the product's record, not the form); the verdict is kept with it. */
  Verdict decide(String number) {
    Inspection i = require(number);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("kind", i.kind());
    inputs.put("measuredValue", i.measuredValue() == null ? null : i.measuredValue().doubleValue());
    inputs.put("limitValue", i.limitValue() == null ? null : i.limitValue().doubleValue());
    inputs.put("permitHeld", i.permitHeld());
    inputs.put("testResult", i.testResult());
    inputs.put("licenceHeld", i.licenceHeld());
    inputs.put("majorHazard", i.majorHazard());
    inputs.put("safetyConditionsMet", i.safetyConditionsMet());
    var r = decisions.evaluate(DECISION, inputs, number);
    boolean equipment = i.catalogueItem() != null;
    Verdict v = new Verdict(Boolean.TRUE.equals(r.getEntry("finding")), r.getEntry("dimension"), r.getEntry("route"),
        r.getEntry("severity"), r.getEntry("legalBasis"), equipment);
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("finding", v.finding() || equipment);
    columns.put("dimension", v.finding() ? v.dimension() : equipment ? "TECHNOLOGY" : null);
    columns.put("route", v.route());
    columns.put("severity", v.severity());
    columns.put("legal_basis", v.finding() ? v.legalBasis() : equipment ? CATALOGUE_BASIS : v.legalBasis());
    columns.put("equipment_eliminated", equipment);
    update(number, columns);
    return v;
  }

  static final String CATALOGUE_BASIS = "《促进产业结构调整暂行规定》（国发〔2005〕40号）第十九条：淘汰类项目按规定限期淘汰；对照《产业结构调整指导目录》"
      + "淘汰相关工艺技术装备，拆除相应主体设备（鲁工信产〔2022〕124号 二(五)3；聊城方案 二(五)1、3）";

  /**
   * The verdict of inspection-finding.dmn for the kind ({@code finding}, {@code route}), and whether the line checked is
   * of the catalogue's eliminate category ({@code equipmentEliminated}): both are followed, neither hides the other.
   */
  record Verdict(boolean finding, String dimension, String route, String severity, String legalBasis, boolean equipmentEliminated) {}

  /** Hands the kind's finding on: the case (or the unlicensed-production case) opens and answers with its number. */
  void refer(String number) {
    Inspection i = require(number);
    events.publishEvent(new InspectionFound(i.inspectionNumber(), i.creditCode(), i.dimension(), severityOf(number), i.route(),
        i.inspectedOn(), description(i, false), i.lineId(), null));
  }

  /** Hands the eliminate-category line on: it goes into elimination, which answers with its number. */
  void referEquipment(String number) {
    Inspection i = require(number);
    events.publishEvent(new InspectionFound(i.inspectionNumber(), i.creditCode(), "TECHNOLOGY", "SERIOUS", "ELIMINATION",
        i.inspectedOn(), description(i, true), i.lineId(), i.catalogueItem()));
  }

  private String severityOf(String number) {
    return jdbc.sql("SELECT severity FROM insp_inspection WHERE inspection_number = ?").param(number).query(String.class).single();
  }

  /** What the case or the elimination records as its finding, from the inspection alone. */
  static String description(Inspection i, boolean equipment) {
    StringBuilder d = new StringBuilder(i.kindName()).append("（检查记录").append(i.inspectionNumber()).append("，")
        .append(i.inspectedOn()).append("）：");
    if (equipment) {
      d.append("检查的设备属于").append(i.catalogueItem()).append("；").append(i.observations());
      return d.length() > 2000 ? d.substring(0, 2000) : d.toString();
    }
    if (i.measuredValue() != null && i.limitValue() != null) {
      d.append(i.indicator()).append("实测").append(plain(i.measuredValue())).append(" ").append(i.unit()).append("，")
          .append(i.measuredValue().compareTo(i.limitValue()) > 0 ? "超过" : "未超过").append(i.limitStandard()).append("限值")
          .append(plain(i.limitValue())).append(" ").append(i.unit()).append("；");
    }
    if (Boolean.FALSE.equals(i.licenceHeld())) {
      d.append("未取得有效的生产许可证擅自生产列入目录的产品；");
    }
    if (Boolean.FALSE.equals(i.permitHeld())) {
      d.append("未取得排污许可证排放污染物；");
    }
    if ("FAIL".equals(i.testResult())) {
      d.append("产品检验不合格（检验报告").append(i.limitStandard()).append("）；");
    }
    if (Boolean.TRUE.equals(i.majorHazard())) {
      d.append("存在重大事故隐患；");
    }
    if (Boolean.FALSE.equals(i.safetyConditionsMet())) {
      d.append("不具备安全生产条件；");
    }
    d.append(i.observations());
    return d.length() > 2000 ? d.substring(0, 2000) : d.toString();
  }

  /** The result as the public reads it (一公开). */
  static String result(Inspection i) {
    if (i == null || !"RECORDED".equals(i.state())) {
      return "待检查";
    }
    if (!Boolean.TRUE.equals(i.finding())) {
      return "未发现问题";
    }
    String equipment = Boolean.TRUE.equals(i.equipmentEliminated())
        ? "设备属于淘汰类，已列入淘汰" + (i.eliminatedIn() == null ? "" : "（" + i.eliminatedIn() + "）") : null;
    if ("NONE".equals(i.route())) {
      return "发现技术方面问题，" + equipment;
    }
    String what = ComprehensiveEvaluations.LABELS.getOrDefault(String.valueOf(i.dimension()), "");
    String ref = i.referredTo() == null ? "" : "（" + i.referredTo() + "）";
    String next = "UNLICENSED".equals(i.route()) ? "无证生产已立案查处" : "已立案整改";
    return "发现" + what + "方面问题，" + next + ref + (equipment == null ? "" : "；" + equipment);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  @EventListener
  void on(InspectionReferred referred) {
    // An elimination (CF-) is the line's; a case or an unlicensed-production case is the kind's finding.
    update(referred.inspectionNumber(), Map.of(referred.referenceNumber().startsWith("CF-") ? "eliminated_in" : "referred_to",
        referred.referenceNumber()));
  }

  /** An inspection for a caller who may see its jurisdiction. */
  public Inspection get(Caller caller, String number) {
    Inspection i = find(number == null ? "" : number.strip()).orElseThrow(() -> new NotFoundException("没有编号为" + number + "的检查记录"));
    if (caller == null || !caller.mayAccess(i.jurisdiction())) {
      throw new ForbiddenException("检查记录" + number + "不在您的管辖范围内");
    }
    return i;
  }

  /** The inspections of a draw, in drawn order. */
  public List<Inspection> ofDraw(String drawNumber) {
    return jdbc.sql(SELECT + " WHERE i.draw_number = ? ORDER BY i.inspection_number").param(drawNumber).query(this::row).list();
  }

  Inspection require(String number) {
    return find(number).orElseThrow(() -> new NotFoundException("没有编号为" + number + "的检查记录"));
  }

  private Optional<Inspection> find(String number) {
    return jdbc.sql(SELECT + " WHERE i.inspection_number = ?").param(number).query(this::row).optional();
  }

  private static final String SELECT = "SELECT i.*, e.name AS enterprise_name FROM insp_inspection i"
      + " JOIN reg_enterprise e ON e.credit_code = i.credit_code";

  private Inspection row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    String kind = rs.getString("kind");
    return new Inspection(rs.getString("inspection_number"), rs.getString("draw_number"), rs.getString("plan_number"),
        rs.getString("jurisdiction_code"), kind, kinds.find(kind).map(InspectionKinds.Kind::name).orElse(kind), rs.getInt("plan_year"), rs.getString("credit_code"),
        rs.getString("enterprise_name"), rs.getString("first_inspector"), rs.getString("second_inspector"), rs.getString("state"),
        rs.getObject("inspected_on", LocalDate.class), rs.getObject("line_id", Long.class), rs.getString("limit_standard"),
        rs.getString("indicator"), rs.getString("unit"), rs.getBigDecimal("limit_value"), rs.getBigDecimal("measured_value"),
        rs.getString("permit_number"), rs.getObject("permit_held", Boolean.class), rs.getString("test_result"),
        rs.getObject("safety_conditions_met", Boolean.class), rs.getObject("major_hazard", Boolean.class),
        rs.getString("catalogue_item"), rs.getString("observations"), rs.getObject("finding", Boolean.class),
        rs.getString("dimension"), rs.getString("route"), rs.getString("legal_basis"), rs.getString("referred_to"),
        rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("licence_held", Boolean.class),
        rs.getObject("equipment_eliminated", Boolean.class), rs.getString("eliminated_in"));
  }

  private void update(String number, Map<String, Object> columns) {
    StringBuilder sql = new StringBuilder("UPDATE insp_inspection SET ");
    sql.append(columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", ")));
    sql.append(" WHERE inspection_number = :inspectionNumber");
    Map<String, Object> params = new HashMap<>(columns);
    params.put("inspectionNumber", number);
    jdbc.sql(sql.toString()).params(params).update();
  }

  private static Long leadingNumber(String choice) {
    String first = choice.strip().split("\\s+", 2)[0];
    try {
      return Long.valueOf(first);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal decimal(Problems p, String field, Object value, String label, boolean required) {
    if (value == null || value.toString().isBlank()) {
      if (required) {
        p.add(field, "请填写" + label);
      }
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(value.toString().strip());
      if (d.signum() < 0) {
        p.add(field, label + "不能为负数");
        return null;
      }
      if (d.compareTo(new BigDecimal("99999999999999")) > 0 || d.stripTrailingZeros().scale() > 4) {
        p.add(field, label + "超出范围（至多14位整数、4位小数）");
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      p.add(field, label + "应为数字");
      return null;
    }
  }
}
