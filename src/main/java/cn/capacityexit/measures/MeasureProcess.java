package cn.capacityexit.measures;

/** The names of joint-measure.bpmn: its key, message, elements and variables (checked against the diagram). */
public final class MeasureProcess {

  public static final String KEY = "joint-measure";
  public static final String MESSAGE_CASE_ENDED = "CaseEnded";
  public static final String MESSAGE_CREDIT_REPAIRED = "CreditRepaired";
  public static final String TASK_APPLY = "Task_ApplyMeasure";
  public static final String TASK_LIFT = "Task_LiftMeasure";
  public static final String EVENT_CASE_ENDED = "Event_CaseEnded";
  public static final String EVENT_CREDIT_REPAIRED = "Event_CreditRepaired";
  public static final String END_LIFTED = "Event_MeasureLifted";
  public static final String END_DONE = "Event_MeasureDone";
  public static final String END_WITHDRAWN = "Event_MeasureWithdrawn";

  public static final String MEASURE_NUMBER = "measureNumber";
  public static final String MEASURE_TITLE = "measureTitle";
  public static final String MEASURE_ACTION = "measureAction";
  public static final String MEASURE_GROUP = "measureGroup";
  public static final String MEASURE_LIFTABLE = "measureLiftable";
  public static final String MEASURE_REPAIRABLE = "measureRepairable";
  public static final String LEGAL_BASIS = "legalBasis";
  public static final String CASE_OUTCOME = "caseOutcome";

  private MeasureProcess() {}
}
