package cn.capacityexit.sealing;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.Decisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/** dismantle-policy.dmn: how equipment of a sector and type may leave production in a jurisdiction. */
@Component
public class DismantleDecisions {

  public static final String DISMANTLE_POLICY = "dismantle-policy";

  private final Decisions decisions;
  private final Organisation organisation;

  public DismantleDecisions(Decisions decisions, Organisation organisation) {
    this.decisions = decisions;
    this.organisation = organisation;
  }

  public EliminationService.Rule dismantle(String sector, String equipmentType, String jurisdiction) {
    Map<String, Object> in = organisation.decisionLevels(jurisdiction);
    in.put("sector", sector);
    in.put("equipmentType", equipmentType);
    DmnDecisionResultEntries r = decisions.evaluate(DISMANTLE_POLICY, in, sector + "/" + equipmentType + " in " + jurisdiction);
    return new EliminationService.Rule(r.getEntry("leadDepartment"),
        Boolean.TRUE.equals(r.getEntry("sealAllowed")), Boolean.TRUE.equals(r.getEntry("reserveAllowed")),
        r.getEntry("announcementSite"), r.getEntry("legalBasis"));
  }
}
