package cn.capacityexit.credit;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.Decisions;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/** credit-punishment.dmn: where a credit record of a jurisdiction goes, on which basis, for which punishments. */
@Component
public class CreditDecisions {

  public static final String CREDIT_PUNISHMENT = "credit-punishment";

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

  /** The platform, legal basis and joint-punishment domains of a credit record. */
  public record CreditRule(String platform, String legalBasis, String domains) {}
}
