package cn.capacityexit.rectification;

import java.time.Period;
import java.util.List;

/**
 * What the law says for one finding: a row of rectification-policy.dmn. {@code period} is null
 * where no statutory period exists (safety; environment outside Jining; Guangdong quality): the
 * officer then sets the re-inspection date. {@code maxExtension} is null where no extension is allowed.
 * {@code approvalLevel} says which people's government decides a closure the department proposes
 * (the case's own level, or the city for a county's case); {@code exitScope} what is closed.
 */
public record RectificationPolicy(
    String leadDepartment,
    FirstMeasure firstMeasure,
    Period period,
    Period maxExtension,
    boolean needsGovernmentApproval,
    ApprovalLevel approvalLevel,
    ExitScope exitScope,
    List<LicenceAction> licenceActions,
    String legalBasis) {

  /** The people's government that decides a closure: of the case's own level, or the city's. */
  public enum ApprovalLevel { SAME, CITY }

  /** What a closure takes out of production: the lines of the case (产能退出), or the enterprise (停业、关闭). */
  public enum ExitScope {
    LINE("关停退出不达标的生产线（设备）"),
    ENTERPRISE("责令停业、关闭企业");

    private final String label;

    ExitScope(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean allowsExtension() {
    return maxExtension != null && !maxExtension.isZero();
  }

  /** The maximum extension in whole months (P3M → 3). */
  public int maxExtensionMonths() {
    return maxExtension == null ? 0 : (int) maxExtension.toTotalMonths();
  }
}
