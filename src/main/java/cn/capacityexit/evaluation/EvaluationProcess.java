package cn.capacityexit.evaluation;

/** The names of per-mu-evaluation.bpmn (checked against the diagram). */
public final class EvaluationProcess {

  public static final String KEY = "per-mu-evaluation";
  public static final String START = "Event_EvaluationMade";
  public static final String TASK_RECORD = "Task_RecordEvaluation";
  public static final String END_RECORDED = "Event_EvaluationRecorded";

  private EvaluationProcess() {}
}
