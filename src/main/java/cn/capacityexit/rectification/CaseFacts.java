package cn.capacityexit.rectification;

import static cn.capacityexit.rectification.RectificationProcess.*;

import cn.capacityexit.process.RecordedVariables;
import cn.capacityexit.process.VariableNames;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The case's facts that RectificationSteps copies into the process when it registers the case and determines its
 * policy: rc_case holds them (and rc_case_event the policy with its legal basis), the decision table's history holds
 * the policy's inputs and outputs. Their creation is not detailed again in the engine's history (issue 17).
 */
@Component
class CaseFacts implements RecordedVariables {

  @Override
  public String processDefinitionKey() {
    return KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(VariableNames.CASE_NUMBER, VariableNames.JURISDICTION_CODE, VariableNames.ENTERPRISE_CREDIT_CODE,
        VariableNames.ENTERPRISE_NAME, DIMENSION, DIMENSION_NAME, SEVERITY, FINDING_DATE, DESCRIPTION, LEAD_DEPARTMENT,
        FIRST_MEASURE, FIRST_MEASURE_NAME, NEEDS_GOVERNMENT_APPROVAL, LEGAL_BASIS, HAS_STATUTORY_PERIOD,
        MAX_EXTENSION_MONTHS, PERIOD_TEXT, PROPOSED_DECISION, APPROVING_GOVERNMENT);
  }
}
