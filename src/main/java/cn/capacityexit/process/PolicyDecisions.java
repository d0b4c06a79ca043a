package cn.capacityexit.process;

import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.rectification.Dimension;
import cn.capacityexit.rectification.FirstMeasure;
import cn.capacityexit.rectification.LicenceAction;
import cn.capacityexit.rectification.RectificationPolicy;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Evaluates the decision tables the analysts maintain in processes/*.dmn: always the latest
 * deployed version, so that a redeployed table governs new cases.
 */
@Component
public class PolicyDecisions {

  public static final String RECTIFICATION_POLICY = "rectification-policy";
  public static final String CREDIT_PUNISHMENT = "credit-punishment";
  public static final String DISMANTLE_POLICY = "dismantle-policy";

  private final ProcessEngine engine;
  private final Organisation organisation;

  public PolicyDecisions(ProcessEngine engine, Organisation organisation) {
    this.engine = engine;
    this.organisation = organisation;
  }

  /** The rule for a finding of a dimension against an enterprise of a sector in a jurisdiction (its city and province decide). */
  public RectificationPolicy rectification(Dimension dimension, String sector, String jurisdiction, String severity) {
    Map<String, Object> in = levels(jurisdiction);
    in.put("dimension", dimension.name());
    in.put("sector", sector);
    in.put("severity", severity);
    DmnDecisionResultEntries r = evaluate(RECTIFICATION_POLICY, in, dimension + " in " + jurisdiction);
    String period = r.getEntry("rectificationPeriod");
    String extension = r.getEntry("maxExtension");
    Boolean approval = r.getEntry("needsGovernmentApproval");
    return new RectificationPolicy(r.getEntry("leadDepartment"), FirstMeasure.valueOf(r.getEntry("firstMeasure")),
        period == null || period.isBlank() ? null : Period.parse(period),
        extension == null || extension.isBlank() ? null : Period.parse(extension),
        Boolean.TRUE.equals(approval), LicenceAction.parseAll(r.getEntry("licenceActions")), r.getEntry("legalBasis"));
  }

  /** Where a credit record of the jurisdiction goes, on which legal basis and for which punishments. */
  public CreditRule credit(String jurisdiction) {
    DmnDecisionResultEntries r = evaluate(CREDIT_PUNISHMENT, levels(jurisdiction), jurisdiction);
    return new CreditRule(r.getEntry("platform"), r.getEntry("legalBasis"), r.getEntry("domains"));
  }

  /** How equipment of a sector and type may leave production in a jurisdiction (dismantle-policy.dmn). */
  public cn.capacityexit.sealing.EliminationService.Rule dismantle(String sector, String equipmentType, String jurisdiction) {
    Map<String, Object> in = levels(jurisdiction);
    in.put("sector", sector);
    in.put("equipmentType", equipmentType);
    DmnDecisionResultEntries r = evaluate(DISMANTLE_POLICY, in, sector + "/" + equipmentType + " in " + jurisdiction);
    return new cn.capacityexit.sealing.EliminationService.Rule(r.getEntry("leadDepartment"),
        Boolean.TRUE.equals(r.getEntry("sealAllowed")), Boolean.TRUE.equals(r.getEntry("reserveAllowed")),
        r.getEntry("announcementSite"), r.getEntry("legalBasis"));
  }

  /** The platform, legal basis and joint-punishment domains of a credit record. */
  public record CreditRule(String platform, String legalBasis, String domains) {}

  private Map<String, Object> levels(String jurisdiction) {
    Jurisdiction province = organisation.provinceOf(jurisdiction);
    String city = null;
    for (Jurisdiction j = organisation.jurisdiction(jurisdiction).orElseThrow(); j != null;
        j = organisation.parentOf(j.code()).orElse(null)) {
      if (j.level() == cn.capacityexit.organisation.Level.CITY) {
        city = j.code();
      }
    }
    Map<String, Object> in = new HashMap<>();
    in.put("provinceCode", province.code());
    in.put("cityCode", city);
    return in;
  }

  private DmnDecisionResultEntries evaluate(String key, Map<String, Object> variables, String what) {
    // Called by an officer's request, the officer's permissions apply (officers may evaluate decisions).
    var result = engine.getDecisionService().evaluateDecisionByKey(key).variables(variables).evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException("decision " + key + " has no rule for " + what);
    }
    return result.getSingleResult();
  }
}
