package cn.capacityexit.licences;

/** The names of licence-check.bpmn (checked against the diagram). */
public final class LicenceProcess {

  public static final String KEY = "licence-check";
  public static final String TASK_CHECK = "Task_CheckApplicant";
  public static final String TASK_RECORD = "Task_RecordLicenceDecision";
  public static final String END_CHECKED = "Event_LicenceChecked";

  private LicenceProcess() {}
}
