package cn.capacityexit.process;

import java.util.Set;

/**
 * Variables a feature copies into its process from its own record (a case's number, enterprise, finding, the decision
 * table's outcome): their creation is not written again as a history detail ({@code ACT_HI_DETAIL}), because the
 * feature's table, the variable's history ({@code ACT_HI_VARINST}, with its creation time) and, for a decision's
 * outcome, the decision's history hold the value already. A later change of such a variable is detailed as any other,
 * and so is every value an officer submits in a form.
 */
public interface RecordedVariables {

  /** The process whose variables these are. */
  String processDefinitionKey();

  /** The names of the variables copied from the record. */
  Set<String> names();
}
