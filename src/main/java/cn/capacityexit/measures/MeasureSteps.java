package cn.capacityexit.measures;

import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.security.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of joint-measure.bpmn ({@code ${measures.…}}): each finds its measure from the instance and its tenant,
 * reads only the fields its form declares, and records through {@link JointMeasures}.
 */
@Component("measures")
public class MeasureSteps {

  private final JointMeasures measures;
  private final Actors actors;

  MeasureSteps(JointMeasures measures, Actors actors) {
    this.measures = measures;
    this.actors = actors;
  }

  /** 落实联合措施 completed: apply-measure.form's fields. */
  public void applied(DelegateTask task) {
    measures.applied(task.getProcessInstanceId(), task.getTenantId(), string(task, "measureOutcome"),
        string(task, "measureDocument"), string(task, "measureDate"), string(task, "measureNote"), actors.actor(task));
  }

  public boolean awaitsLift(DelegateExecution execution) {
    return measures.awaitsLift(execution.getProcessInstanceId(), execution.getTenantId());
  }

  public boolean awaitsRepair(DelegateExecution execution) {
    return measures.awaitsRepair(execution.getProcessInstanceId(), execution.getTenantId());
  }

  /** 解除联合措施 completed: lift-measure.form's fields. */
  public void lifted(DelegateTask task) {
    measures.lifted(task.getProcessInstanceId(), task.getTenantId(), string(task, "liftDate"), string(task, "liftNote"),
        actors.actor(task));
  }

  /** The case ended before the measure was applied. */
  public void withdrawn(DelegateExecution execution) {
    measures.withdrawn(execution.getProcessInstanceId(), execution.getTenantId());
  }

  private static String string(DelegateTask task, String name) {
    return ProcessVariables.string(task, name);
  }
}
