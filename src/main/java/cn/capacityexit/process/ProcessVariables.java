package cn.capacityexit.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading process variables the same way in every step class. */
public final class ProcessVariables {

  private ProcessVariables() {}

  /** The variable as text, or null when it is not set. */
  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }
}
