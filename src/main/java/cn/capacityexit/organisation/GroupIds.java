package cn.capacityexit.organisation;

/**
 * Names of the Camunda groups. Department groups carry the candidate tasks of one jurisdiction;
 * role groups carry the permissions every member of a role needs.
 */
public final class GroupIds {

  /** Role group of every department officer (Tasklist, starting cases). */
  public static final String OFFICERS = "officers";
  /** Role group of the managers who monitor in Cockpit. */
  public static final String MANAGERS = "managers";
  /** Role group of the analysts who edit and deploy the models. */
  public static final String ANALYSTS = "analysts";
  /** The national managers, who supervise every jurisdiction (member of every tenant). */
  public static final String NATIONAL_MANAGERS = "manager-national";
  /** Camunda's administrators. */
  public static final String ADMINS = "camunda-admin";

  private GroupIds() {}

  /** Officers of a department in a jurisdiction, such as {@code energy-370800}. */
  public static String department(String departmentCode, String jurisdictionCode) {
    return departmentCode + "-" + jurisdictionCode;
  }

  /** The head (负责人) of a department in a jurisdiction, such as {@code energy-370800-head}. */
  public static String departmentHead(String departmentCode, String jurisdictionCode) {
    return department(departmentCode, jurisdictionCode) + "-head";
  }

  /** The managers of a jurisdiction, such as {@code manager-371500}. */
  public static String manager(String jurisdictionCode) {
    return "manager-" + jurisdictionCode;
  }
}
