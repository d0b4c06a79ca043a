package cn.capacityexit.evaluation;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.events.EnterpriseEvaluated;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.registry.YearlySequences;
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
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-mu performance evaluations: recorded by the industry department (工业和信息化) of the enterprise's
 * jurisdiction, which leads the evaluation in the Shandong plans; each one supersedes the enterprise's previous one and
 * publishes {@link EnterpriseEvaluated} for the differentiated policies.
 */
@Service
public class PerMuEvaluations {

  static final String EVALUATING_DEPARTMENT = "miit";
  private static final String COLUMNS = "evaluation_number, credit_code, enterprise_name, jurisdiction_code, evaluation_year, grade,"
      + " tax_per_mu, value_per_energy, document_number, evaluated_on, evaluating_group, superseded_by";

  private final JdbcClient jdbc;
  private final RegistryRepository registry;
  private final Organisation organisation;
  private final YearlySequences sequences;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final RowMapper<PerMuEvaluation> mapper;

  PerMuEvaluations(JdbcClient jdbc, RegistryRepository registry, Organisation organisation, YearlySequences sequences,
      IdentityService identity, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.organisation = organisation;
    this.sequences = sequences;
    this.identity = identity;
    this.events = events;
    this.clock = clock;
    this.mapper = (rs, n) -> {
      PerMuEvaluation.Grade grade = PerMuEvaluation.Grade.valueOf(rs.getString("grade"));
      return new PerMuEvaluation(rs.getString("evaluation_number"), rs.getString("credit_code"), rs.getString("enterprise_name"),
          rs.getString("jurisdiction_code"), rs.getInt("evaluation_year"), grade.name(), grade.label(), rs.getBigDecimal("tax_per_mu"),
          rs.getBigDecimal("value_per_energy"), rs.getString("document_number"), rs.getObject("evaluated_on", LocalDate.class),
          organisation.groupName(rs.getString("evaluating_group")), rs.getString("superseded_by"));
    };
  }

  /** An evaluation as the industry department enters it. */
  public record Input(String creditCode, Integer year, String grade, BigDecimal taxPerMu, BigDecimal valuePerEnergy,
      String evaluatedOn, String documentNumber) {}

  @Transactional
  public PerMuEvaluation evaluate(Caller caller, Input in) {
    if (in == null) {
      throw new InvalidInputException("creditCode", "请填写评价信息");
    }
    Problems p = new Problems();
    String code = p.text("creditCode", in.creditCode(), true, 18);
    String document = p.text("documentNumber", in.documentNumber(), true, 100);
    PerMuEvaluation.Grade grade = null;
    if (in.grade() == null || in.grade().isBlank()) {
      p.add("grade", "请选择评价类别");
    } else {
      try {
        grade = PerMuEvaluation.Grade.valueOf(in.grade().strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        p.add("grade", "评价类别应为A、B、C或D");
      }
    }
    if (in.taxPerMu() != null && in.taxPerMu().signum() < 0) {
      p.add("taxPerMu", "亩均税收不能为负数");
    }
    if (in.valuePerEnergy() != null && in.valuePerEnergy().signum() < 0) {
      p.add("valuePerEnergy", "单位能耗增加值不能为负数");
    }
    LocalDate on = p.pastDay("evaluatedOn", in.evaluatedOn(), "评价结果公布日期", Deadlines.today(clock));
    p.evaluationYear("year", in.year(), on, "公布日期");
    p.throwIfAny();
    Enterprise enterprise = registry.find(code).orElseThrow(() -> new NotFoundException("统一社会信用代码为" + code + "的企业未登记"));
    String group = GroupIds.department(EVALUATING_DEPARTMENT, enterprise.jurisdiction());
    if (caller == null || !(caller.administrator() || identity.createGroupQuery().groupMember(caller.userId())
        .groupIdIn(group, group + "-head").count() > 0)) {
      throw new ForbiddenException("只有" + organisation.groupName(group) + "可以登记该企业的亩产效益评价结果");
    }
    Optional<PerMuEvaluation> previous = current(code);
    if (previous.isPresent() && previous.get().year() > in.year()) {
      throw new ConflictException("该企业已有" + previous.get().year() + "年度的评价结果（" + previous.get().evaluationNumber()
          + "），不能再登记更早年度的评价");
    }
    String number = String.format("MJ-%s-%d-%04d", enterprise.jurisdiction(), on.getYear(),
        sequences.next("ev_sequence", "eval_year", enterprise.jurisdiction(), on.getYear()));
    jdbc.sql("INSERT INTO ev_per_mu (evaluation_number, credit_code, enterprise_name, jurisdiction_code, evaluation_year, grade,"
            + " tax_per_mu, value_per_energy, document_number, evaluated_on, evaluating_group, evaluated_by, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(number, code, enterprise.name(), enterprise.jurisdiction(), in.year(), grade.name(), in.taxPerMu(),
            in.valuePerEnergy(), document, on, group, caller.userId(), OffsetDateTime.now(clock))
        .update();
    String superseded = previous.map(PerMuEvaluation::evaluationNumber).orElse(null);
    boolean improved = previous.isPresent() && grade.ordinal() < PerMuEvaluation.Grade.valueOf(previous.get().grade()).ordinal();
    if (superseded != null && jdbc.sql("UPDATE ev_per_mu SET superseded_by = ? WHERE evaluation_number = ? AND superseded_by IS NULL")
        .params(number, superseded).update() != 1) {
      throw new ConflictException("该企业的亩产效益评价刚被他人更新，请刷新后重试");
    }
    events.publishEvent(new EnterpriseEvaluated(number, code, enterprise.name(), enterprise.jurisdiction(), grade.name(), on,
        superseded, improved));
    return find(number).orElseThrow();
  }

  public Optional<PerMuEvaluation> current(String creditCode) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM ev_per_mu WHERE credit_code = ? AND superseded_by IS NULL").param(creditCode)
        .query(mapper).optional();
  }

  public Optional<PerMuEvaluation> find(String number) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM ev_per_mu WHERE evaluation_number = ?").param(number).query(mapper).optional();
  }

  /** The evaluations of an enterprise, newest first, for a caller of its jurisdiction. */
  public List<PerMuEvaluation> of(Caller caller, String creditCode) {
    Enterprise enterprise = registry.find(creditCode == null ? "" : creditCode.strip())
        .orElseThrow(() -> new NotFoundException("统一社会信用代码为" + creditCode + "的企业未登记"));
    if (caller == null || !caller.mayAccess(enterprise.jurisdiction())) {
      throw new ForbiddenException("该企业所在行政区划" + enterprise.jurisdiction() + "不在您的管辖范围内");
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM ev_per_mu WHERE credit_code = ? ORDER BY id DESC").param(enterprise.creditCode())
        .query(mapper).list();
  }
}
