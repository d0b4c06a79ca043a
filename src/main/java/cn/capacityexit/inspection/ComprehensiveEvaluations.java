package cn.capacityexit.inspection;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.organisation.OrganisationConfiguration;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The comprehensive-standards evaluation (综合标准评价) of each enterprise and year: a verdict per dimension from the
 * inspections recorded in the year (the latest of each kind decides; the inspections behind each verdict are named),
 * the figures the annual report cites, and the reports a department sends to the province with a copy to the city
 * where the plan says so (seeds/inspection/evaluation-reporting.yaml).
 */
@Service
public class ComprehensiveEvaluations {

  static final String REPORTING = "seeds/inspection/evaluation-reporting.yaml";

  /** The dimension each inspection kind evaluates; equipment checked against the catalogue evaluates technology. */
  static final Map<String, String> DIMENSION_OF_KIND = Map.of("ENERGY_SUPERVISION", "ENERGY", "POLLUTANT_PERMIT", "ENVIRONMENT",
      "PRODUCT_LICENCE", "QUALITY", "SAFETY", "SAFETY");
  static final List<String> DIMENSIONS = List.of("ENERGY", "ENVIRONMENT", "QUALITY", "SAFETY", "TECHNOLOGY");
  static final Map<String, String> LABELS = Map.of("ENERGY", "能耗", "ENVIRONMENT", "环保", "QUALITY", "质量", "SAFETY", "安全",
      "TECHNOLOGY", "技术");

  /** A plan's order to report the evaluation. */
  public record Reporting(String jurisdiction, String reportTo, String copyTo, String clause) {}

  record ReportingFile(List<Reporting> reporting) {}

  /** One dimension's verdict: PASSED (达标), FAILED (不达标) or NOT_EVALUATED, and the inspections behind it. */
  public record Verdict(String dimension, String dimensionName, String result, String resultName, List<String> inspections) {}

  /** An enterprise's evaluation of a year. */
  public record EnterpriseEvaluation(String creditCode, String enterpriseName, String jurisdiction, int year, List<Verdict> verdicts) {}

  /** The year's figures per dimension, as the annual report cites them. */
  public record Tally(String dimension, String dimensionName, long evaluated, long passed, long failed) {}

  /** A report of the evaluation work and whom it went to. */
  public record Report(String reportNumber, String jurisdiction, String departmentGroup, String departmentName, int year,
      String summary, String note, String reportedTo, String reportedToName, String copiedTo, String copiedToName,
      String submittedBy, OffsetDateTime submittedAt, String receivedBy, OffsetDateTime receivedAt, String receivedNote,
      String readBy, OffsetDateTime readAt) {}

  private final JdbcClient jdbc;
  private final Organisation organisation;
  private final IdentityService identity;
  private final Clock clock;
  private final List<Reporting> reporting;

  ComprehensiveEvaluations(JdbcClient jdbc, Organisation organisation, IdentityService identity, Clock clock) {
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.identity = identity;
    this.clock = clock;
    try (InputStream in = new ClassPathResource(REPORTING).getInputStream()) {
      this.reporting = List.copyOf(OrganisationConfiguration.seedReader().readValue(in, ReportingFile.class).reporting());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + REPORTING, e);
    }
  }

  /** An inspection as the evaluation reads it; {@code finding}: the kind's own finding (the catalogue's is apart). */
  record Row(String creditCode, String name, String jurisdiction, String kind, String number, boolean finding,
      String catalogueItem, Long lineId, LocalDate on) {}

  /** The evaluations of the enterprises inspected in the year in the jurisdictions. */
  public List<EnterpriseEvaluation> evaluate(List<String> scope, int year) {
    return evaluate(scope, year, null);
  }

  /** As {@link #evaluate(List, int)}, only the inspections of one department when it is given. */
  List<EnterpriseEvaluation> evaluate(List<String> scope, int year, String departmentGroup) {
    if (scope.isEmpty()) {
      return List.of();
    }
    List<Row> rows = jdbc.sql("SELECT i.credit_code, e.name, i.enterprise_jurisdiction, i.kind, i.inspection_number,"
            + " CASE WHEN i.route IN ('RECTIFICATION', 'UNLICENSED') THEN TRUE ELSE FALSE END AS kind_finding,"
            + " i.catalogue_item, i.line_id, i.inspected_on FROM insp_inspection i JOIN reg_enterprise e ON e.credit_code = i.credit_code"
            + " WHERE i.state = 'RECORDED' AND i.enterprise_jurisdiction IN (:scope) AND i.inspected_on BETWEEN :from AND :to"
            + (departmentGroup == null ? "" : " AND i.department_group = :group")
            + " ORDER BY i.credit_code, i.inspected_on, i.inspection_number")
        .param("scope", scope).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
        .param("group", departmentGroup == null ? "" : departmentGroup)
        .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getBoolean(6), rs.getString(7), rs.getObject(8, Long.class), rs.getObject(9, LocalDate.class)))
        .list();
    Map<String, List<Row>> byEnterprise = new TreeMap<>();
    rows.forEach(r -> byEnterprise.computeIfAbsent(r.creditCode(), k -> new ArrayList<>()).add(r));
    List<EnterpriseEvaluation> result = new ArrayList<>();
    byEnterprise.forEach((code, list) -> result.add(new EnterpriseEvaluation(code, list.get(0).name(), list.get(0).jurisdiction(), year,
        verdicts(list))));
    return result;
  }

  /**
   * The verdict of each dimension: the latest inspection of its kind decides (an enterprise that rectified passes the
   * next inspection); technology by the equipment checked against the catalogue (any eliminate-category line fails it).
   */
  static List<Verdict> verdicts(List<Row> rows) {
    Map<String, List<String>> numbers = new LinkedHashMap<>();
    Map<String, Boolean> failed = new LinkedHashMap<>();
    for (Row r : rows) {
      String dimension = DIMENSION_OF_KIND.get(r.kind());
      if (dimension != null) {
        numbers.computeIfAbsent(dimension, k -> new ArrayList<>()).add(r.number());
        failed.put(dimension, r.finding());
      }
      if (r.lineId() != null) {
        numbers.computeIfAbsent("TECHNOLOGY", k -> new ArrayList<>()).add(r.number());
        failed.merge("TECHNOLOGY", r.catalogueItem() != null, Boolean::logicalOr);
      }
    }
    List<Verdict> result = new ArrayList<>();
    for (String d : DIMENSIONS) {
      String outcome = !failed.containsKey(d) ? "NOT_EVALUATED" : failed.get(d) ? "FAILED" : "PASSED";
      result.add(new Verdict(d, LABELS.get(d), outcome, switch (outcome) {
        case "PASSED" -> "达标";
        case "FAILED" -> "不达标";
        default -> "未评价";
      }, numbers.getOrDefault(d, List.of())));
    }
    return result;
  }

  /** How many enterprises were evaluated in each dimension and how many passed. */
  public List<Tally> tally(List<String> scope, int year) {
    return tally(evaluate(scope, year));
  }

  static List<Tally> tally(List<EnterpriseEvaluation> evaluations) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    DIMENSIONS.forEach(d -> counts.put(d, new long[3]));
    for (EnterpriseEvaluation e : evaluations) {
      for (Verdict v : e.verdicts()) {
        long[] c = counts.get(v.dimension());
        if (!v.result().equals("NOT_EVALUATED")) {
          c[0]++;
          c[v.result().equals("PASSED") ? 1 : 2]++;
        }
      }
    }
    return DIMENSIONS.stream().map(d -> new Tally(d, LABELS.get(d), counts.get(d)[0], counts.get(d)[1], counts.get(d)[2])).toList();
  }

  /** The evaluations of a jurisdiction and those below it, for a caller who may see it. */
  public List<EnterpriseEvaluation> evaluations(Caller caller, String jurisdiction, Integer year) {
    return evaluate(scope(caller, jurisdiction, year), year);
  }

  private List<String> scope(Caller caller, String jurisdiction, Integer year) {
    Problems p = new Problems();
    Jurisdiction j = jurisdiction == null ? null : organisation.jurisdiction(jurisdiction.strip()).orElse(null);
    if (j == null) {
      p.add("jurisdiction", "未知行政区划代码：" + jurisdiction);
    }
    if (year == null || year < 2017 || year > 2100) {
      p.add("year", "请填写评价年度");
    }
    p.throwIfAny();
    if (caller == null || !caller.mayAccess(j.code())) {
      throw new ForbiddenException("行政区划" + j.name() + "不在您的管辖范围内");
    }
    return organisation.selfAndDescendants(j.code()).stream().map(Jurisdiction::code).toList();
  }

  /** The plan's order to report for a jurisdiction (its own or its city's), if any. */
  Optional<Reporting> reportingOf(String jurisdiction) {
    return reporting.stream().filter(r -> r.jurisdiction().equals(jurisdiction)
        || organisation.selfAndDescendants(r.jurisdiction()).stream().anyMatch(j -> j.code().equals(jurisdiction))).findFirst();
  }

  /**
   * Records the report of a department's evaluation work of the year (the start of evaluation-report.bpmn): only where
   * the plan orders it, by a member of the department; one per department and year.
   */
  Report submit(Caller caller, String jurisdiction, String department, Integer year, String note, String processInstanceId) {
    Problems first = new Problems();
    Jurisdiction j = jurisdiction == null ? null : organisation.jurisdiction(jurisdiction.strip()).orElse(null);
    if (j == null) {
      first.add("jurisdictionCode", "未知行政区划代码：" + jurisdiction);
    }
    int thisYear = Deadlines.today(clock).getYear();
    if (year == null || year < 2017 || year > thisYear) {
      first.add("reportYear", "评价年度应在2017年至" + thisYear + "年之间");
    }
    first.throwIfAny();
    List<String> scope = scope(caller, j.code(), year);
    Problems p = new Problems();
    String dept = department == null ? "" : department.strip();
    if (!j.departments().contains(dept)) {
      p.add("department", j.name() + "没有" + dept + "部门");
    }
    String text = p.text("note", note, true, 2000);
    p.throwIfAny();
    Reporting order = reportingOf(j.code()).orElseThrow(() -> new InvalidInputException("jurisdictionCode",
        j.name() + "所在地工作方案未要求报送综合标准评价工作情况；评价结果由年度报告引用"));
    String group = GroupIds.department(dept, j.code());
    if (!caller.administrator() && identity.createGroupQuery().groupMember(caller.userId()).groupIdIn(group, group + "-head").count() == 0) {
      throw new ForbiddenException("只有" + organisation.groupName(group) + "可以报送本部门的综合标准评价工作情况");
    }
    String province = j.code().substring(0, 2) + "0000";
    Jurisdiction p2 = organisation.jurisdiction(province).orElseThrow();
    String to = GroupIds.department(p2.departments().contains(dept) ? dept : "miit", province);
    String city = j.code().endsWith("00") ? j.code() : j.code().substring(0, 4) + "00";
    String copy = order.copyTo() == null ? null : GroupIds.department(order.copyTo(), city);
    if (copy != null && copy.equals(group)) {
      copy = null;
    }
    String number = "PJ-" + j.code() + "-" + year + "-" + dept;
    if (jdbc.sql("SELECT COUNT(*) FROM insp_eval_report WHERE report_number = ?").param(number).query(Long.class).single() > 0) {
      throw new ConflictException(organisation.groupName(group) + year + "年综合标准评价工作情况已报送（" + number + "）");
    }
    StringBuilder summary = new StringBuilder(year + "年" + organisation.groupName(group) + "综合标准评价工作情况（" + j.name() + "及下辖区县）：");
    for (Tally t : tally(evaluate(scope, year, group))) {
      summary.append(t.dimensionName()).append("方面评价").append(t.evaluated()).append("家，达标").append(t.passed()).append("家，不达标")
          .append(t.failed()).append("家；");
    }
    summary.append("依据：").append(order.clause());
    String s = summary.length() > 3900 ? summary.substring(0, 3900) : summary.toString();
    jdbc.sql("INSERT INTO insp_eval_report (report_number, jurisdiction_code, department_group, report_year, process_instance_id, summary,"
            + " note, reported_to, copied_to, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(number, j.code(), group, year, processInstanceId, s, text, to, copy, caller.userId(), OffsetDateTime.now(clock)).update();
    return require(number);
  }

  String numberOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT report_number FROM insp_eval_report WHERE process_instance_id = ?").param(processInstanceId)
        .query(String.class).optional().orElseThrow(() -> new NotFoundException("该流程实例没有综合标准评价工作情况报告"));
  }

  void received(String number, String note, String actor) {
    String text = new Problems().text("receivedNote", note, false, 2000);
    jdbc.sql("UPDATE insp_eval_report SET received_by = ?, received_at = ?, received_note = ? WHERE report_number = ?")
        .params(actor, OffsetDateTime.now(clock), text, number).update();
  }

  void read(String number, String actor) {
    jdbc.sql("UPDATE insp_eval_report SET read_by = ?, read_at = ? WHERE report_number = ?").params(actor, OffsetDateTime.now(clock), number)
        .update();
  }

  /** A report for a caller who may see the reporting jurisdiction or who received it. */
  public Report get(Caller caller, String number) {
    Report r = require(number == null ? "" : number.strip());
    if (caller == null || !caller.mayAccess(r.jurisdiction())) {
      throw new ForbiddenException("报告" + number + "不在您的管辖范围内");
    }
    return r;
  }

  Report require(String number) {
    return jdbc.sql("SELECT * FROM insp_eval_report WHERE report_number = ?").param(number)
        .query((rs, n) -> new Report(rs.getString("report_number"), rs.getString("jurisdiction_code"), rs.getString("department_group"),
            organisation.groupName(rs.getString("department_group")), rs.getInt("report_year"), rs.getString("summary"), rs.getString("note"),
            rs.getString("reported_to"), organisation.groupName(rs.getString("reported_to")), rs.getString("copied_to"),
            rs.getString("copied_to") == null ? null : organisation.groupName(rs.getString("copied_to")), rs.getString("submitted_by"),
            rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("received_by"), rs.getObject("received_at", OffsetDateTime.class),
            rs.getString("received_note"), rs.getString("read_by"), rs.getObject("read_at", OffsetDateTime.class)))
        .optional().orElseThrow(() -> new NotFoundException("没有编号为" + number + "的综合标准评价工作情况报告"));
  }
}
