package cn.capacityexit.sealing;

import static cn.capacityexit.sealing.EliminationProcess.*;

import cn.capacityexit.process.AsSystem;
import cn.capacityexit.process.ProductCall;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.web.ConflictException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The port to dismantle-or-seal.bpmn: the only class of the product that starts its instances or
 * sends its messages, with the variables its start event and message events expect.
 */
@Component
public class EliminationEngine {

  private final RuntimeService runtime;
  private final AsSystem asSystem;

  public EliminationEngine(RuntimeService runtime, AsSystem asSystem) {
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  /** Starts the elimination of a validated line for the caller; returns the number the process gave it. */
  public String start(EliminationService.Target target, EliminationService.Input input) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(VariableNames.JURISDICTION_CODE, target.enterprise().jurisdiction());
    variables.put(PRODUCTION_LINE_ID, target.line().id());
    variables.put(CATALOGUE_ITEM, input.catalogueItem().strip());
    variables.put(PLAN_YEAR, input.planYear());
    if (input.dismantleDeadline() != null && !input.dismantleDeadline().isBlank()) {
      variables.put(DISMANTLE_DEADLINE, input.dismantleDeadline().strip());
    }
    return ProductCall.run(() -> (String) runtime.createProcessInstanceByKey(KEY).setVariables(variables)
        .executeWithVariablesInReturn().getVariables().get(ELIMINATION_NUMBER));
  }

  /** A recorded report of revived production starts its inspection (the public-supervision event subprocess). */
  public void revivalReported(String number, long complaintId) {
    try {
      asSystem.run(() -> runtime.createMessageCorrelation(MESSAGE_REVIVAL_REPORTED)
          .processInstanceVariableEquals(ELIMINATION_NUMBER, number)
          .setVariableLocal(COMPLAINT_ID, complaintId)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("淘汰事项" + number + "已办结，请通过12345热线反映");
    }
  }
}
