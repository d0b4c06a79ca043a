package cn.capacityexit.sealing;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.Decisions;
import java.util.Map;
import cn.capacityexit.web.InvalidInputException;
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

  /** The rule of the plan in force in the elimination's plan year; a year before any plan is refused. */
  public EliminationService.Rule dismantle(String sector, String equipmentType, String jurisdiction, int planYear) {
    Map<String, Object> in = organisation.decisionLevels(jurisdiction);
    in.put("sector", sector);
    in.put("equipmentType", equipmentType);
    in.put("planYear", planYear);
    DmnDecisionResultEntries r = decisions.find(DISMANTLE_POLICY, in).orElseThrow(() -> new InvalidInputException("planYear",
        planYear + "年" + organisation.jurisdiction(jurisdiction).map(j -> j.name()).orElse(jurisdiction)
            + "尚无施行的工作方案规定淘汰设备的拆除或封存，不能列入该年度计划"));
    return new EliminationService.Rule(r.getEntry("leadDepartment"),
        Boolean.TRUE.equals(r.getEntry("sealAllowed")), Boolean.TRUE.equals(r.getEntry("reserveAllowed")),
        r.getEntry("announcementSite"), r.getEntry("legalBasis"));
  }
}
