package cn.capacityexit.inspection;

import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Actors;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
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
  private final ComprehensiveEvaluations evaluations;
  private final Actors actors;

  InspectionSteps(Inspections inspections, ComprehensiveEvaluations evaluations, Actors actors) {
    this.inspections = inspections;
    this.evaluations = evaluations;
    this.actors = actors;
  }

  /** 生成综合标准评价工作情况: start-evaluation-report.form's fields; the report is the tenant's. */
  public void prepareReport(DelegateExecution execution) {
    Caller caller = actors.caller();
    if (caller == null) {
      throw new ForbiddenException("须由经办人发起");
    }
    String jurisdiction = ProcessVariables.string(execution, VariableNames.JURISDICTION_CODE);
    if (jurisdiction == null || !jurisdiction.strip().equals(execution.getTenantId())) {
      throw new ForbiddenException("无权报送其他辖区的事项");
    }
    ComprehensiveEvaluations.Report r = evaluations.submit(caller, jurisdiction.strip(), ProcessVariables.string(execution, "department"),
        ProcessVariables.integer(execution, "reportYear", "评价年度应为四位数字"), ProcessVariables.string(execution, "note"),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(r.reportNumber());
    execution.setVariable("reportNumber", r.reportNumber());
    execution.setVariable("reportSummary", r.summary());
    execution.setVariable("reportingDepartment", r.departmentName());
    execution.setVariable("reportedTo", r.reportedTo());
    execution.setVariable("copiedTo", r.copiedTo());
    execution.setVariable("hasCopy", r.copiedTo() != null);
  }

  /** 审阅综合标准评价工作情况 (the province's department). */
  public void reportReceived(DelegateTask task) {
    evaluations.received(evaluations.numberOfInstance(task.getProcessInstanceId()), ProcessVariables.string(task, "receivedNote"),
        actors.actor(task));
  }

  /** 阅知综合标准评价工作情况（抄送）. */
  public void copyRead(DelegateTask task) {
    evaluations.read(evaluations.numberOfInstance(task.getProcessInstanceId()), actors.actor(task));
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
        ProcessVariables.string(task, "observations"), ProcessVariables.string(task, "licenceHeld")));
  }

  /** 判定检查结果: inspection-finding.dmn; the gateway reads {@code route}. */
  public void decide(DelegateExecution execution) {
    Inspections.Verdict v = inspections.decide(inspections.numberOfInstance(execution.getProcessInstanceId()));
    execution.setVariable("route", v.route());
    execution.setVariable("findingDimension", v.dimension());
    execution.setVariable("equipmentEliminated", v.equipmentEliminated());
  }

  /** 立案整改 / 立案查处无证生产: the kind's finding goes on with the inspection as its evidence. */
  public void refer(DelegateExecution execution) {
    String number = inspections.numberOfInstance(execution.getProcessInstanceId());
    inspections.refer(number);
    execution.setVariable("referredTo", inspections.require(number).referredTo());
  }

  /** 列入淘汰: the eliminate-category line goes into elimination with the inspection as its evidence. */
  public void referEquipment(DelegateExecution execution) {
    String number = inspections.numberOfInstance(execution.getProcessInstanceId());
    inspections.referEquipment(number);
    execution.setVariable("eliminatedIn", inspections.require(number).eliminatedIn());
  }
}
