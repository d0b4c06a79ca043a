package cn.capacityexit.licences;

import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Actors;
import cn.capacityexit.web.ForbiddenException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The steps of licence-check.bpmn ({@code ${licences.…}}). */
@Component("licences")
public class LicenceSteps {

  private final LicenceGate gate;
  private final Actors actors;
  private final Organisation organisation;

  LicenceSteps(LicenceGate gate, Actors actors, Organisation organisation) {
    this.gate = gate;
    this.actors = actors;
    this.organisation = organisation;
  }

  /** 审查申请企业落后产能情况: the start form's fields, checked for the officer who started it; the answer shown on the task. */
  public void check(DelegateExecution execution) {
    var caller = actors.caller();
    if (caller == null) {
      throw new ForbiddenException("许可审查须由许可经办人发起");
    }
    LicenceCheck c = gate.check(caller, new LicenceGate.Request(ProcessVariables.string(execution, VariableNames.ENTERPRISE_CREDIT_CODE),
        ProcessVariables.string(execution, "licenceType"), ProcessVariables.string(execution, "application")),
        execution.getProcessInstanceId());
    if (!c.jurisdiction().equals(execution.getTenantId())) {
      throw new ForbiddenException("无权办理其他辖区的事项");
    }
    execution.setVariable(VariableNames.ENTERPRISE_NAME, c.enterpriseName());
    execution.setVariable("licenceTypeName", c.licenceTypeName());
    execution.setVariable("applicationName", c.applicationName());
    execution.setVariable("gateDecision", c.decision().name());
    execution.setVariable("gateDecisionName", c.decisionName());
    execution.setVariable("gateReason", c.reason() == null ? "申请企业没有未办结的整改案件，也没有列入淘汰尚未淘汰完毕的生产线（设备）" : c.reason());
    execution.setVariable("gateLegalBasis", c.legalBasis() == null ? "所在地工作方案对此项许可未作禁止性规定，依法审查" : c.legalBasis());
    execution.setVariable("gateCases", c.openCases().isEmpty() ? "无" : String.join("、", c.openCases()));
    execution.setVariable("licensingGroup", licensingGroup(c));
    execution.setVariable("gateEliminations", c.eliminations().isEmpty() ? "无" : String.join("、", c.eliminations()));
  }

  /** The issuing department of the licence at the applicant's level, or the nearest level above that has it. */
  private String licensingGroup(LicenceCheck c) {
    String department = LicenceCheck.LicenceType.valueOf(c.licenceType()).department();
    return organisation.nearestWith(department, c.jurisdiction()).map(j -> GroupIds.department(department, j.code()))
        .orElse(GroupIds.department("miit", c.jurisdiction()));
  }

  /** 记录许可审查意见: record-licence-decision.form's fields. */
  public void recorded(DelegateTask task) {
    gate.recordDecision(task.getProcessInstanceId(), task.getTenantId(), ProcessVariables.string(task, "decisionNote"),
        ProcessVariables.string(task, "decisionDocument"), actors.actor(task));
  }
}
