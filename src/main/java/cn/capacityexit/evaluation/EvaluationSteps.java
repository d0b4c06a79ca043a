package cn.capacityexit.evaluation;

import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Actors;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The step of per-mu-evaluation.bpmn ({@code ${evaluation.…}}): reads only the start form's fields, acts for the
 * officer who started it, and refuses an enterprise outside the instance's tenant.
 */
@Component("evaluation")
public class EvaluationSteps {

  private final PerMuEvaluations evaluations;
  private final Actors actors;

  EvaluationSteps(PerMuEvaluations evaluations, Actors actors) {
    this.evaluations = evaluations;
    this.actors = actors;
  }

  /** 登记评价结果并落实差别化政策: record-per-mu-evaluation.form's fields. */
  public void evaluated(DelegateExecution execution) {
    Caller caller = actors.caller();
    if (caller == null) {
      throw new ForbiddenException("须由经办人发起");
    }
    PerMuEvaluation e = evaluations.evaluate(caller, new PerMuEvaluations.Input(
        ProcessVariables.string(execution, VariableNames.ENTERPRISE_CREDIT_CODE),
        ProcessVariables.integer(execution, "evaluationYear", "评价年度应为四位数字"),
        ProcessVariables.string(execution, "grade"), decimal(execution, "taxPerMu"), decimal(execution, "valuePerEnergy"),
        ProcessVariables.string(execution, "evaluatedOn"), ProcessVariables.string(execution, "documentNumber")));
    if (execution.getTenantId() == null || !execution.getTenantId().equals(e.jurisdiction())) {
      throw new ForbiddenException("无权办理其他辖区的事项");
    }
    execution.setVariable("evaluationNumber", e.evaluationNumber());
    execution.setVariable(VariableNames.ENTERPRISE_NAME, e.enterpriseName());
  }

  private static BigDecimal decimal(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.toString().strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "应为数字");
    }
  }
}
