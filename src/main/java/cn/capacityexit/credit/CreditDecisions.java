package cn.capacityexit.credit;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.Decisions;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/** credit-punishment.dmn: where a credit record of a jurisdiction goes, on which basis, for which punishments. */
@Component
public class CreditDecisions {

  public static final String CREDIT_PUNISHMENT = "credit-punishment";
  public static final String CREDIT_REPAIR = "credit-repair";

  private final Decisions decisions;
  private final Organisation organisation;

  public CreditDecisions(Decisions decisions, Organisation organisation) {
    this.decisions = decisions;
    this.organisation = organisation;
  }

  /** The rule of the plan in force in the year of the breach (the national guideline before a province's plan). */
  public CreditRule credit(String jurisdiction, int year) {
    java.util.Map<String, Object> in = organisation.decisionLevels(jurisdiction);
    in.put("recordYear", year);
    DmnDecisionResultEntries r = decisions.evaluate(CREDIT_PUNISHMENT, in, jurisdiction + " in " + year);
    return new CreditRule(r.getEntry("platform"), r.getEntry("legalBasis"), r.getEntry("domains"));
  }

  /** credit-repair.dmn: whether a record of a kind, corrected or not, published for so many months may be repaired. */
  public RepairRule repair(String kind, boolean corrected, int monthsPublished) {
    DmnDecisionResultEntries r = decisions.evaluate(CREDIT_REPAIR, new java.util.HashMap<>(java.util.Map.of("kind", kind,
        "corrected", corrected, "monthsPublished", monthsPublished)), kind);
    return new RepairRule(Boolean.TRUE.equals(r.getEntry("allowed")), r.getEntry("reason"), r.getEntry("legalBasis"));
  }

  /** Whether a repair is allowed, why, on which basis. */
  public record RepairRule(boolean allowed, String reason, String legalBasis) {}

  /** The platform, legal basis and joint-punishment domains of a credit record. */
  public record CreditRule(String platform, String legalBasis, String domains) {}
}
