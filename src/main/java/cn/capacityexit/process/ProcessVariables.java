package cn.capacityexit.process;

import cn.capacityexit.web.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading process variables the same way in every step class. */
public final class ProcessVariables {

  private ProcessVariables() {}

  /**
   * A whole number from a form's number field (Long or Double in the engine) or from text; null when not set; refused
   * naming the field otherwise.
   */
  public static Integer integer(VariableScope scope, String name, String reason) {
    Object v = scope.getVariable(name);
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.intValue();
    }
    try {
      return Integer.valueOf(v.toString().strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, reason);
    }
  }

  /** The variable as text, or null when it is not set. */
  public static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }
}
