package cn.capacityexit.inspection;

import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.security.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of inspection.bpmn ({@code ${inspection.…}}): each finds its inspection from the process instance (the
 * product's record), reads only record-inspection.form's fields and acts in the instance's tenant.
 */
@Component("inspection")
public class InspectionSteps {

  private final Inspections inspections;
  private final Actors actors;

  InspectionSteps(Inspections inspections, Actors actors) {
    this.inspections = inspections;
    this.actors = actors;
  }

  /** 记录检查结果: the form's fields, checked and kept; only a drawn inspector may complete it. */
  public void recorded(DelegateTask task) {
    String number = inspections.numberOfInstance(task.getProcessInstanceId());
    inspections.record(number, task.getTenantId(), actors.actor(task), new Inspections.Recording(
        ProcessVariables.string(task, "inspectedOn"), ProcessVariables.string(task, "lineChoice"),
        ProcessVariables.string(task, "limitChoice"), task.getVariable("measuredValue"), ProcessVariables.string(task, "permitHeld"),
        ProcessVariables.string(task, "permitNumber"), task.getVariable("permitLimit"), task.getVariable("emissionMeasured"),
        ProcessVariables.string(task, "testResult"), ProcessVariables.string(task, "testReportNumber"),
        ProcessVariables.string(task, "safetyConditionsMet"), ProcessVariables.string(task, "majorHazard"),
        ProcessVariables.string(task, "observations")));
  }

  /** 判定检查结果: inspection-finding.dmn; the gateway reads {@code route}. */
  public void decide(DelegateExecution execution) {
    Inspections.Verdict v = inspections.decide(inspections.numberOfInstance(execution.getProcessInstanceId()));
    execution.setVariable("route", v.route());
    execution.setVariable("findingDimension", v.dimension());
  }

  /** 立案整改 / 列入淘汰: the finding goes on with the inspection as its evidence. */
  public void refer(DelegateExecution execution) {
    String number = inspections.numberOfInstance(execution.getProcessInstanceId());
    inspections.refer(number);
    execution.setVariable("referredTo", inspections.require(number).referredTo());
  }
}
