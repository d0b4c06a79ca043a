package cn.capacityexit.rectification;

import java.time.Period;
import java.util.List;

/**
 * What the law says for one finding: a row of rectification-policy.dmn. {@code period} is null
 * where no statutory period exists (safety; environment outside Jining; Guangdong quality): the
 * officer then sets the re-inspection date. {@code maxExtension} is null where no extension is allowed.
 */
public record RectificationPolicy(
    String leadDepartment,
    FirstMeasure firstMeasure,
    Period period,
    Period maxExtension,
    boolean needsGovernmentApproval,
    List<LicenceAction> licenceActions,
    String legalBasis) {

  public boolean allowsExtension() {
    return maxExtension != null && !maxExtension.isZero();
  }

  /** The maximum extension in whole months (P3M → 3). */
  public int maxExtensionMonths() {
    return maxExtension == null ? 0 : (int) maxExtension.toTotalMonths();
  }
}
