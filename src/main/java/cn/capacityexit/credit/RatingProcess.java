package cn.capacityexit.credit;

/** The names of environmental-credit-rating.bpmn and repair-credit-record.bpmn (checked against the diagrams). */
public final class RatingProcess {

  public static final String KEY = "environmental-credit-rating";
  public static final String START = "Event_RatingMade";
  public static final String TASK_RECORD = "Task_RecordRating";
  public static final String END_PUBLISHED = "Event_RatingPublished";

  public static final String REPAIR_KEY = "repair-credit-record";
  public static final String REPAIR_START = "Event_RepairApplied";
  public static final String TASK_REPAIR = "Task_RepairRecord";
  public static final String END_REPAIRED = "Event_RecordRepaired";

  private RatingProcess() {}
}
