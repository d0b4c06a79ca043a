package cn.capacityexit.licences;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.rectification.CaseState;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.sealing.EliminationState;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "may this applicant get this licence?" for an officer or a licensing system of the applicant's
 * jurisdiction, and records the answer.
 */
@Service
public class LicenceGate {

  static final String LICENCE_GATE = "licence-gate";
  /** Case states that are not ended (rc_case.state): a case still running against the applicant. */
  static final List<String> OPEN_CASE_STATES = Arrays.stream(CaseState.values()).filter(s -> !s.isEnded()).map(Enum::name).toList();
  /** Elimination states before the line is gone (ds_elimination.state): assessed, sealed, dismantling, to accept. */
  static final List<String> OPEN_ELIMINATION_STATES = Stream.of(EliminationState.ASSESSING, EliminationState.DISMANTLING,
      EliminationState.SEALING, EliminationState.SEALED, EliminationState.ACCEPTING).map(Enum::name).toList();

  private final JdbcClient jdbc;
  private final RegistryRepository registry;
  private final Organisation organisation;
  private final DecisionService decisions;
  private final Clock clock;

  LicenceGate(JdbcClient jdbc, RegistryRepository registry, Organisation organisation, DecisionService decisions, Clock clock) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.organisation = organisation;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** The request of a check. */
  public record Request(String creditCode, String licenceType, String application) {}

  @Transactional
  public LicenceCheck check(Caller caller, Request in) {
    return check(caller, in, null);
  }

  /** A check asked in Tasklist: recorded with its process instance (licence-check.bpmn). */
  @Transactional
  public LicenceCheck check(Caller caller, Request in, String processInstanceId) {
    Problems p = new Problems();
    String code = p.text("creditCode", in == null ? null : in.creditCode(), true, 18);
    LicenceCheck.LicenceType type = parse(p, "licenceType", in == null ? null : in.licenceType(), LicenceCheck.LicenceType.class,
        "许可类型应为" + names(LicenceCheck.LicenceType.values()));
    LicenceCheck.Application application = in == null || in.application() == null || in.application().isBlank()
        ? LicenceCheck.Application.NEW
        : parse(p, "application", in.application(), LicenceCheck.Application.class, "申请事项应为NEW（新申请）、RENEWAL（延续）或CHANGE（变更）");
    p.throwIfAny();
    Enterprise enterprise = registry.find(code).orElseThrow(() -> new NotFoundException("统一社会信用代码为" + code + "的企业未登记"));
    if (caller == null || !caller.mayAccess(enterprise.jurisdiction())) {
      throw new ForbiddenException("该企业所在行政区划" + enterprise.jurisdiction() + "不在您的管辖范围内");
    }
    List<String> cases = jdbc.sql("SELECT case_number FROM rc_case WHERE credit_code = :code AND state IN (:states) ORDER BY case_number")
        .param("code", code).param("states", OPEN_CASE_STATES).query(String.class).list();
    List<String> eliminations = jdbc.sql("SELECT e.elimination_number FROM ds_elimination e JOIN reg_production_line l ON l.id = e.line_id"
            + " WHERE l.credit_code = :code AND e.state IN (:states) ORDER BY e.elimination_number")
        .param("code", code).param("states", OPEN_ELIMINATION_STATES).query(String.class).list();
    LocalDate today = LocalDate.now(clock);
    String decision = LicenceCheck.Decision.ALLOWED.name();
    String reason = null;
    String basis = null;
    List<String> findings = new ArrayList<>();
    if (!cases.isEmpty()) {
      findings.add("OPEN_CASE");
    }
    if (!eliminations.isEmpty()) {
      findings.add("ELIMINATION");
    }
    for (String finding : findings) {
      Map<String, Object> vars = organisation.decisionLevels(enterprise.jurisdiction());
      vars.put("applicationYear", today.getYear());
      vars.put("licenceType", type.name());
      vars.put("application", application.name());
      vars.put("finding", finding);
      var result = decisions.evaluateDecisionByKey(LICENCE_GATE).variables(Variables.fromMap(vars)).evaluate();
      if (!result.isEmpty()) {
        decision = result.getSingleResult().getEntry("decision");
        reason = result.getSingleResult().getEntry("reason");
        basis = result.getSingleResult().getEntry("legalBasis");
        break;
      }
    }
    OffsetDateTime at = OffsetDateTime.now(clock);
    String refs = String.join(",", cases) + ";" + String.join(",", eliminations);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO lic_check (credit_code, jurisdiction_code, licence_type, application, decision, reason,"
            + " legal_basis, refs, checked_by, checked_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(code, enterprise.jurisdiction(), type.name(), application.name(), decision, reason, basis, refs, caller.userId(), at,
            processInstanceId)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    LicenceCheck.Decision d = LicenceCheck.Decision.valueOf(decision);
    return new LicenceCheck(id, code, enterprise.name(), enterprise.jurisdiction(), type.name(), type.label(), application.name(),
        application.label(), d, d.label(), reason, basis, cases, eliminations, caller.userId(), at);
  }

  /**
   * The licensing officer's own decision on the check of a process instance, which must belong to the instance's tenant
   * (variables are never the authority).
   */
  @Transactional
  public void recordDecision(String processInstanceId, String tenantId, String note, String document, String actor) {
    Problems p = new Problems();
    String text = p.text("decisionNote", note, true, 2000);
    String doc = p.text("decisionDocument", document, false, 100);
    p.throwIfAny();
    String jurisdiction = jdbc.sql("SELECT jurisdiction_code FROM lic_check WHERE process_instance_id = ?").param(processInstanceId)
        .query(String.class).optional().orElseThrow(() -> new NotFoundException("没有该流程实例的许可审查记录"));
    if (tenantId == null || !tenantId.equals(jurisdiction)) {
      throw new ForbiddenException("无权办理其他辖区的事项");
    }
    jdbc.sql("UPDATE lic_check SET decision_note = ?, decision_document = ?, recorded_by = ?, recorded_at = ? WHERE process_instance_id = ?")
        .params(text, doc, actor, OffsetDateTime.now(clock), processInstanceId).update();
  }

  private static <E extends Enum<E>> E parse(Problems p, String field, String value, Class<E> type, String reason) {
    if (value == null || value.isBlank()) {
      p.add(field, "请填写" + ("licenceType".equals(field) ? "许可类型" : "申请事项"));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      p.add(field, reason);
      return null;
    }
  }

  private static String names(LicenceCheck.LicenceType[] types) {
    return String.join("、", Arrays.stream(types).map(t -> t.name() + "（" + t.label() + "）").toList());
  }
}
