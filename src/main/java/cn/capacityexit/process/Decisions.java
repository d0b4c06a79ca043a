package cn.capacityexit.process;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Evaluates the decision tables the analysts maintain in processes/*.dmn: always the latest
 * deployed version, so that a redeployed table governs new cases. The features read their own
 * tables through it (RectificationDecisions, DismantleDecisions, CreditDecisions).
 */
@Component
public class Decisions {

  private final ProcessEngine engine;

  public Decisions(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * The single matching rule, or empty where no row applies: the tables' rows carry the year from
   * which their plan is in force, so a year before any plan finds none (the caller refuses it).
   */
  public java.util.Optional<DmnDecisionResultEntries> find(String key, Map<String, Object> variables) {
    var result = engine.getDecisionService().evaluateDecisionByKey(key).variables(variables).evaluate();
    return result.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(result.getSingleResult());
  }

  /** The single matching rule of the table; a table without a rule for the input is a modelling error. */
  public DmnDecisionResultEntries evaluate(String key, Map<String, Object> variables, String what) {
    // Called by an officer's request, the officer's permissions apply (officers may evaluate decisions).
    var result = engine.getDecisionService().evaluateDecisionByKey(key).variables(variables).evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException("decision " + key + " has no rule for " + what);
    }
    return result.getSingleResult();
  }
}
