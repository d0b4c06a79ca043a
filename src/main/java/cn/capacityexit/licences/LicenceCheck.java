package cn.capacityexit.licences;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded licence check: the applicant, what it applies for, the decision with its reason and clause, and the
 * records behind it (open cases, eliminations not yet finished).
 */
public record LicenceCheck(
    long checkId,
    String creditCode,
    String enterpriseName,
    String jurisdiction,
    String licenceType,
    String licenceTypeName,
    String application,
    String applicationName,
    Decision decision,
    String decisionName,
    String reason,
    String legalBasis,
    List<String> openCases,
    List<String> eliminations,
    String checkedBy,
    OffsetDateTime checkedAt) {

  /** The gate's answer. */
  public enum Decision {
    ALLOWED("未发现方案禁止的情形，依法审查"), REFUSE("不予许可"), NOT_ACCEPTED("不予受理");

    private final String label;

    Decision(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The licences the plans name. */
  public enum LicenceType {
    PRODUCTION_LICENCE("工业产品生产许可证", "samr", "CANCEL_PRODUCTION_LICENCE", "CANCELLED"),
    POLLUTANT_PERMIT("排污许可证", "eco", null, null),
    WATER_PERMIT("取水许可", "water", null, null),
    SAFETY_LICENCE("安全生产许可证", "emergency", "REVOKE_RELATED_LICENCES", "REVOKED");

    private final String label;
    private final String department;
    private final String endedBy;
    private final String endedStatus;

    LicenceType(String label, String department, String endedBy, String endedStatus) {
      this.label = label;
      this.department = department;
      this.endedBy = endedBy;
      this.endedStatus = endedStatus;
    }

    /** The closure's licence action that ends this licence (rectification-policy.dmn), and the status it leaves. */
    public static java.util.Optional<LicenceType> endedBy(String action) {
      return java.util.Arrays.stream(values()).filter(t -> action != null && action.equals(t.endedBy)).findFirst();
    }

    public String endedStatus() {
      return endedStatus;
    }

    public String label() {
      return label;
    }

    /** The department that issues it (市场监管, 生态环境, 水利, 应急管理). */
    public String department() {
      return department;
    }
  }

  /** What is applied for. */
  public enum Application {
    NEW("新申请"), RENEWAL("延续"), CHANGE("变更");

    private final String label;

    Application(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
