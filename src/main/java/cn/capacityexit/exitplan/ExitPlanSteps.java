package cn.capacityexit.exitplan;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Actors;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of exit-plan.bpmn ({@code ${exitPlan.…}}): each finds its plan from the process instance, reads only its
 * form's fields and acts in the instance's tenant.
 */
@Component("exitPlan")
public class ExitPlanSteps {

  private final ExitPlans plans;
  private final Actors actors;

  ExitPlanSteps(ExitPlans plans, Actors actors) {
    this.plans = plans;
    this.actors = actors;
  }

  /** 生成候选名单: start-exit-plan.form's fields; the plan is the tenant's. */
  public void generate(DelegateExecution execution) {
    Caller caller = actors.caller();
    if (caller == null) {
      throw new ForbiddenException("须由经办人发起");
    }
    String jurisdiction = ProcessVariables.string(execution, VariableNames.JURISDICTION_CODE);
    if (jurisdiction == null || !jurisdiction.strip().equals(execution.getTenantId())) {
      throw new ForbiddenException("无权编制其他辖区的计划");
    }
    Integer year = ProcessVariables.integer(execution, "planYear", "计划年度应为四位数字");
    String number = plans.create(caller, jurisdiction.strip(), year, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    execution.setVariable("exitPlanNumber", number);
    execution.setVariable("candidateSummary", plans.summary(number));
  }

  /** 审核候选名单. */
  public void reviewed(DelegateTask task) {
    String number = plans.numberOfInstance(task.getProcessInstanceId());
    plans.review(number, ProcessVariables.string(task, "excludedLines"), ProcessVariables.string(task, "exclusionReason"),
        ProcessVariables.string(task, "reviewOpinion"), actors.actor(task));
    task.getExecution().setVariable("candidateSummary", plans.summary(number));
  }

  /** 批准年度淘汰落后计划: the gateway reads {@code planApproved}. */
  public void approved(DelegateTask task) {
    String number = plans.numberOfInstance(task.getProcessInstanceId());
    boolean approved = plans.approve(number, ProcessVariables.string(task, "approvalDecision"),
        ProcessVariables.string(task, "approvalOpinion"), actors.actor(task));
    task.getExecution().setVariable("planApproved", approved);
  }

  /** 下达年度淘汰落后计划. */
  public void issue(DelegateExecution execution) {
    plans.issue(plans.numberOfInstance(execution.getProcessInstanceId()));
  }

  /** The lines that present a capacity-replacement plan: one task each. */
  public List<Long> replacementLines(DelegateExecution execution) {
    return plans.replacementLines(plans.numberOfInstance(execution.getProcessInstanceId()));
  }

  /**
   * The replacement plan is due by the end of the plan year: the plans give no date; the year's summary (汇总整理,
   * Shandong 四(三), December) counts what was done, so the product asks for it by 31 December.
   */
  public Date replacementDue(DelegateExecution execution) {
    int year = plans.require(plans.numberOfInstance(execution.getProcessInstanceId())).year();
    return Date.from(Deadlines.endOfDay(LocalDate.of(year, 12, 31)));
  }

  /** Names the line on its task (the form shows it). */
  public void replacementOpened(DelegateTask task) {
    Object line = task.getVariable("replacementLineId");
    String number = plans.numberOfInstance(task.getProcessInstanceId());
    plans.require(number).candidates().stream().filter(c -> line != null && String.valueOf(c.lineId()).equals(line.toString()))
        .findFirst().ifPresent(c -> {
          task.setVariableLocal("replacementLineText", c.enterpriseName() + " " + c.lineName() + "（" + c.capacity() + c.capacityUnit() + "）");
          task.setVariableLocal(VariableNames.ENTERPRISE_NAME, c.enterpriseName());
        });
  }

  /** 登记产能置换方案. */
  public void replacementRecorded(DelegateTask task) {
    Object line = task.getVariable("replacementLineId");
    plans.recordReplacement(plans.numberOfInstance(task.getProcessInstanceId()), line == null ? null : Long.valueOf(line.toString()),
        ProcessVariables.string(task, "replacementNumber"), ProcessVariables.string(task, "replacementPlan"),
        ProcessVariables.string(task, "replacementOn"));
  }
}
