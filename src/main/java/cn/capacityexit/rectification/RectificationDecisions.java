package cn.capacityexit.rectification;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.Decisions;
import java.time.Period;
import java.util.Map;
import cn.capacityexit.web.InvalidInputException;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/** rectification-policy.dmn: the rule for a finding, as the jurisdiction's city and province decide it. */
@Component
public class RectificationDecisions {

  public static final String RECTIFICATION_POLICY = "rectification-policy";

  private final Decisions decisions;
  private final Organisation organisation;

  public RectificationDecisions(Decisions decisions, Organisation organisation) {
    this.decisions = decisions;
    this.organisation = organisation;
  }

  /**
   * The rule for a finding of a dimension against an enterprise of a sector in a jurisdiction, in the
   * version of the plan in force in the finding's year; a year before any plan of the jurisdiction
   * is refused naming the finding date.
   */
  public RectificationPolicy rectification(Dimension dimension, String sector, String jurisdiction, String severity, String violation,
      int findingYear) {
    Map<String, Object> in = organisation.decisionLevels(jurisdiction);
    in.put("dimension", dimension.name());
    in.put("sector", sector);
    in.put("severity", severity);
    in.put("findingYear", findingYear);
    in.put("violation", violation);
    DmnDecisionResultEntries r = decisions.find(RECTIFICATION_POLICY, in).orElseThrow(() -> new InvalidInputException("findingDate",
        findingYear + "年" + organisation.jurisdiction(jurisdiction).map(j -> j.name()).orElse(jurisdiction)
            + "尚无施行的利用综合标准依法依规推动落后产能退出工作方案，不能依方案登记案件"));
    String period = r.getEntry("rectificationPeriod");
    String extension = r.getEntry("maxExtension");
    Boolean approval = r.getEntry("needsGovernmentApproval");
    return new RectificationPolicy(r.getEntry("leadDepartment"), FirstMeasure.valueOf(r.getEntry("firstMeasure")),
        period == null || period.isBlank() ? null : Period.parse(period),
        extension == null || extension.isBlank() ? null : Period.parse(extension),
        Boolean.TRUE.equals(approval), enumOf(RectificationPolicy.ApprovalLevel.class, r.getEntry("approvalLevel"), RectificationPolicy.ApprovalLevel.SAME),
        enumOf(RectificationPolicy.ExitScope.class, r.getEntry("exitScope"), RectificationPolicy.ExitScope.LINE),
        LicenceAction.parseAll(r.getEntry("licenceActions")), r.getEntry("legalBasis"));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, E absent) {
    return value == null || value.isBlank() ? absent : Enum.valueOf(type, value.strip());
  }
}
