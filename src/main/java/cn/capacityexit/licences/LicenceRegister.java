package cn.capacityexit.licences;

import cn.capacityexit.events.LicenceActionDone;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The licences the departments issued, and the holders published where a plan orders it (licence-publication.dmn). */
@Service
public class LicenceRegister {

  static final String LICENCE_PUBLICATION = "licence-publication";
  private static final String COLUMNS = "l.id, l.credit_code, e.name, l.jurisdiction_code, l.licence_type, l.licence_number,"
      + " l.issuing_group, l.status, l.issued_on, l.valid_until, l.ended_on, l.ended_reference, l.ended_document";

  private final JdbcClient jdbc;
  private final RegistryRepository registry;
  private final Organisation organisation;
  private final DecisionService decisions;
  private final Clock clock;
  private final IdentityService identity;
  private final RowMapper<Licence> mapper;

  LicenceRegister(JdbcClient jdbc, RegistryRepository registry, Organisation organisation, DecisionService decisions, Clock clock,
      IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.registry = registry;
    this.organisation = organisation;
    this.decisions = decisions;
    this.clock = clock;
    this.mapper = (rs, n) -> {
      LicenceCheck.LicenceType type = LicenceCheck.LicenceType.valueOf(rs.getString("licence_type"));
      String jurisdiction = rs.getString("jurisdiction_code");
      return new Licence(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"), jurisdiction,
          organisation.jurisdiction(jurisdiction).map(Jurisdiction::name).orElse(jurisdiction), type.name(), type.label(),
          rs.getString("licence_number"), rs.getString("issuing_group"), organisation.groupName(rs.getString("issuing_group")),
          rs.getString("status"), rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
          rs.getObject("ended_on", LocalDate.class), rs.getString("ended_reference"), rs.getString("ended_document"));
    };
  }

  /** A licence as the issuing department enters it. */
  public record Input(String creditCode, String licenceType, String licenceNumber, String issuedOn, String validUntil) {}

  /** Registers a licence issued by the caller's department (the issuing department of its type at the nearest level). */
  @Transactional
  public Licence register(Caller caller, Input in) {
    if (in == null) {
      throw new InvalidInputException("creditCode", "请填写许可信息");
    }
    Problems p = new Problems();
    String code = p.text("creditCode", in.creditCode(), true, 18);
    String number = p.text("licenceNumber", in.licenceNumber(), true, 64);
    LicenceCheck.LicenceType type = null;
    try {
      type = in.licenceType() == null ? null : LicenceCheck.LicenceType.valueOf(in.licenceType().strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      p.add("licenceType", "许可类型应为PRODUCTION_LICENCE、POLLUTANT_PERMIT、WATER_PERMIT或SAFETY_LICENCE");
    }
    if (type == null && in.licenceType() == null) {
      p.add("licenceType", "请填写许可类型");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate issued = date(p, "issuedOn", in.issuedOn(), true);
    LocalDate until = date(p, "validUntil", in.validUntil(), false);
    if (issued != null && issued.isAfter(today)) {
      p.add("issuedOn", "发证日期不能晚于今天");
    }
    if (issued != null && until != null && until.isBefore(issued)) {
      p.add("validUntil", "有效期至不能早于发证日期");
    }
    p.throwIfAny();
    Enterprise enterprise = registry.find(code).orElseThrow(() -> new NotFoundException("统一社会信用代码为" + code + "的企业未登记"));
    String department = type.department();
    String group = organisation.nearestWith(department, enterprise.jurisdiction()).map(j -> GroupIds.department(department, j.code()))
        .orElseThrow(() -> new ConflictException("本辖区及上级均无" + department + "部门，无法登记该许可"));
    if (caller == null || !(caller.administrator() || identity.createGroupQuery().groupMember(caller.userId()).groupId(group).count() > 0)) {
      throw new ForbiddenException("只有发证部门（" + organisation.groupName(group) + "）可以登记该许可");
    }
    if (jdbc.sql("SELECT COUNT(*) FROM lic_licence WHERE licence_type = ? AND licence_number = ?").params(type.name(), number)
        .query(Integer.class).single() > 0) {
      throw new ConflictException("编号为" + number + "的" + type.label() + "已登记");
    }
    jdbc.sql("INSERT INTO lic_licence (credit_code, jurisdiction_code, licence_type, licence_number, issuing_group, status,"
            + " issued_on, valid_until, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'VALID', ?, ?, ?, ?)")
        .params(code, enterprise.jurisdiction(), type.name(), number, group, issued, until, caller.userId(), OffsetDateTime.now(clock))
        .update();
    return jdbc.sql("SELECT " + COLUMNS + " FROM lic_licence l JOIN reg_enterprise e ON e.credit_code = l.credit_code"
        + " WHERE l.licence_type = ? AND l.licence_number = ?").params(type.name(), number).query(mapper).single();
  }

  /**
   * A closed case's licence action was done: the enterprise's valid licences of that kind end (注销, 吊销) on that day,
   * citing the case and the decision; they leave the published holders.
   */
  @Transactional
  public int ended(LicenceActionDone done) {
    return LicenceCheck.LicenceType.endedBy(done.action()).map(type -> jdbc.sql("UPDATE lic_licence SET status = ?, ended_on = ?,"
            + " ended_reference = ?, ended_document = ? WHERE credit_code = ? AND licence_type = ? AND status = 'VALID'")
        .params(type.endedStatus(), done.on(), done.caseNumber(), done.documentNumber(), done.creditCode(), type.name()).update())
        .orElse(0);
  }

  /** The licences of an enterprise, for a caller of its jurisdiction. */
  public List<Licence> of(Caller caller, String creditCode) {
    Enterprise enterprise = registry.find(creditCode == null ? "" : creditCode.strip())
        .orElseThrow(() -> new NotFoundException("统一社会信用代码为" + creditCode + "的企业未登记"));
    if (caller == null || !caller.mayAccess(enterprise.jurisdiction())) {
      throw new ForbiddenException("该企业所在行政区划" + enterprise.jurisdiction() + "不在您的管辖范围内");
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM lic_licence l JOIN reg_enterprise e ON e.credit_code = l.credit_code"
        + " WHERE l.credit_code = ? ORDER BY l.id").param(enterprise.creditCode()).query(mapper).list();
  }

  /**
   * The valid production licences of a province's (or a city's) enterprises, where the province's plan orders the
   * holders published; none otherwise, with published = false.
   */
  public Licence.Holders holders(String jurisdiction) {
    Jurisdiction j = organisation.jurisdiction(jurisdiction == null ? "" : jurisdiction.strip())
        .orElseThrow(() -> new InvalidInputException("jurisdiction", "请指明行政区划代码，如440000"));
    java.util.Optional<String> basis = publicationBasis(j.code());
    if (basis.isEmpty()) {
      return new Licence.Holders(j.code(), j.name(), false, null, List.of());
    }
    List<String> scope = organisation.selfAndDescendants(j.code()).stream().map(Jurisdiction::code).toList();
    List<Licence> list = jdbc.sql("SELECT " + COLUMNS + " FROM lic_licence l JOIN reg_enterprise e ON e.credit_code = l.credit_code"
            + " WHERE l.status = 'VALID' AND l.licence_type = 'PRODUCTION_LICENCE' AND l.jurisdiction_code IN (:scope)"
            + " ORDER BY l.jurisdiction_code, e.name")
        .param("scope", scope).query(mapper).list();
    return new Licence.Holders(j.code(), j.name(), true, basis.get(), list);
  }

  /** The clause under which the province of a jurisdiction publishes its production licence holders this year, if any. */
  private java.util.Optional<String> publicationBasis(String jurisdiction) {
    Map<String, Object> in = new java.util.HashMap<>();
    in.put("provinceCode", organisation.provinceOf(jurisdiction).code());
    in.put("publicationYear", LocalDate.now(clock).getYear());
    in.put("licenceType", LicenceCheck.LicenceType.PRODUCTION_LICENCE.name());
    var result = decisions.evaluateDecisionByKey(LICENCE_PUBLICATION).variables(Variables.fromMap(in)).evaluate();
    return result.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(result.getSingleResult().getEntry("legalBasis"));
  }

  /**
   * A production licence on its permanent public page, whatever its status now (a cancelled licence says so), where
   * the province publishes the holders; empty otherwise.
   */
  public java.util.Optional<Licence> published(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM lic_licence l JOIN reg_enterprise e ON e.credit_code = l.credit_code"
            + " WHERE l.id = ? AND l.licence_type = 'PRODUCTION_LICENCE'").param(id).query(mapper).optional()
        .filter(l -> publicationBasis(l.jurisdiction()).isPresent());
  }

  private static LocalDate date(Problems p, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        p.add(field, "请填写日期（YYYY-MM-DD）");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      p.add(field, "日期格式应为YYYY-MM-DD");
      return null;
    }
  }
}
