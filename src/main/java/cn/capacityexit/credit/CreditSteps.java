package cn.capacityexit.credit;

import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Actors;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of environmental-credit-rating.bpmn and repair-credit-record.bpmn ({@code ${credit.…}}): each reads only
 * the fields its start form declares, acts for the officer who started it (the services check the department), and
 * refuses a record outside the instance's tenant.
 */
@Component("credit")
public class CreditSteps {

  private final EnvironmentalRatings ratings;
  private final CreditService credit;
  private final Actors actors;

  CreditSteps(EnvironmentalRatings ratings, CreditService credit, Actors actors) {
    this.ratings = ratings;
    this.credit = credit;
    this.actors = actors;
  }

  /** 登记并公开评价结果: record-environmental-rating.form's fields. */
  public void rated(DelegateExecution execution) {
    EnvironmentalRating r = ratings.rate(caller(), new EnvironmentalRatings.Input(
        ProcessVariables.string(execution, VariableNames.ENTERPRISE_CREDIT_CODE),
        ProcessVariables.integer(execution, "ratingYear", "评价年度应为四位数字"),
        ProcessVariables.string(execution, "colour"), ProcessVariables.string(execution, "ratedOn"),
        ProcessVariables.string(execution, "documentNumber"), ProcessVariables.string(execution, "basis")));
    requireTenant(execution, r.jurisdiction());
    execution.setVariable("ratingNumber", r.ratingNumber());
    execution.setVariable(VariableNames.ENTERPRISE_NAME, r.enterpriseName());
  }

  /** 修复信用记录并解除联合惩戒: repair-credit-record.form's fields. */
  public void repaired(DelegateExecution execution) {
    CreditRecord r = credit.repairOfCase(caller(), ProcessVariables.string(execution, VariableNames.ENTERPRISE_CREDIT_CODE),
        ProcessVariables.string(execution, VariableNames.CASE_NUMBER), new CreditService.RepairInput(
            ProcessVariables.string(execution, "repairDate"), ProcessVariables.string(execution, "repairDocument"),
            ProcessVariables.string(execution, "repairReason")));
    requireTenant(execution, r.jurisdiction());
    execution.setVariable(VariableNames.ENTERPRISE_NAME, r.enterpriseName());
  }

  private Caller caller() {
    Caller caller = actors.caller();
    if (caller == null) {
      throw new ForbiddenException("须由经办人发起");
    }
    return caller;
  }

  private static void requireTenant(DelegateExecution execution, String jurisdiction) {
    if (execution.getTenantId() == null || !execution.getTenantId().equals(jurisdiction)) {
      throw new ForbiddenException("无权办理其他辖区的事项");
    }
  }
}
