package cn.capacityexit.measures;

import static cn.capacityexit.measures.MeasureProcess.*;

import cn.capacityexit.process.AsSystem;
import cn.capacityexit.process.VariableNames;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The port to joint-measure.bpmn: the only class of the product that starts its instances or sends its message.
 * Both happen as the system, within the command of the case's step that reached the stage (the officer who served a
 * notice need not hold the rights of the department that applies the measure).
 */
@Component
class MeasureEngine {

  private final RuntimeService runtime;
  private final AsSystem asSystem;

  MeasureEngine(RuntimeService runtime, AsSystem asSystem) {
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  /** Starts the measure's instance in the case's tenant; returns its id. */
  String start(String number, String caseNumber, Measure.Rule rule, String jurisdiction, String group, String creditCode,
      String enterpriseName) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(VariableNames.JURISDICTION_CODE, jurisdiction);
    v.put(VariableNames.CASE_NUMBER, caseNumber);
    v.put(MEASURE_NUMBER, number);
    v.put(VariableNames.ENTERPRISE_NAME, enterpriseName);
    v.put(VariableNames.ENTERPRISE_CREDIT_CODE, creditCode);
    v.put(MEASURE_TITLE, rule.title());
    v.put(MEASURE_ACTION, rule.action());
    v.put(LEGAL_BASIS, rule.legalBasis());
    v.put(MEASURE_GROUP, group);
    v.put(MEASURE_LIFTABLE, rule.liftable());
    v.put(MEASURE_REPAIRABLE, rule.repairable());
    return asSystem.call(() -> runtime.createProcessInstanceByKey(KEY).businessKey(number).setVariables(v).execute().getId());
  }

  /** The case ended: its lasting measures go to be lifted, those not yet applied are withdrawn. */
  void caseEnded(String caseNumber, String outcome) {
    asSystem.run(() -> runtime.createMessageCorrelation(MESSAGE_CASE_ENDED)
        .processInstanceVariableEquals(VariableNames.CASE_NUMBER, caseNumber)
        .processInstanceVariableEquals(MEASURE_LIFTABLE, true)
        .setVariable(CASE_OUTCOME, outcome)
        .correlateAllWithResult());
  }

  /**
   * The credit record (or the rating) behind a record's joint punishments was repaired: those applied go to be lifted,
   * those not yet applied are withdrawn.
   */
  void creditRepaired(String subjectNumber, String reason) {
    asSystem.run(() -> runtime.createMessageCorrelation(MESSAGE_CREDIT_REPAIRED)
        .processInstanceVariableEquals(VariableNames.CASE_NUMBER, subjectNumber)
        .processInstanceVariableEquals(MEASURE_REPAIRABLE, true)
        .setVariable(CASE_OUTCOME, reason)
        .correlateAllWithResult());
  }
}
