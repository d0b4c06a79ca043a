package cn.capacityexit.process;

/**
 * Names of the process variables that more than one process, form or Tasklist filter reads. Every
 * process keeps its variables few and typed; the records themselves live in the product's tables.
 */
public final class VariableNames {

  /** Administrative division code of the jurisdiction the instance belongs to; also its tenant. */
  public static final String JURISDICTION_CODE = "jurisdictionCode";
  /** The case number, which is also the business key (ZG-370800-2025-0001). */
  public static final String CASE_NUMBER = "caseNumber";
  /** The enterprise's unified social credit code. */
  public static final String ENTERPRISE_CREDIT_CODE = "enterpriseCreditCode";
  /** The enterprise's name, shown in task lists. */
  public static final String ENTERPRISE_NAME = "enterpriseName";
  /** The department that leads the work and receives the tasks (miit, eco, samr, ...). */
  public static final String LEAD_DEPARTMENT = "leadDepartment";
  /** The deadline the officer works against, shown in task lists. */
  public static final String DEADLINE = "deadline";

  private VariableNames() {}
}
