package cn.capacityexit.process;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer, which does not detail the creation of a {@link RecordedVariables recorded variable}
 * (issue 17: 19 of the 116 statements of a case opened through the API were such details). Everything else is
 * written as the engine writes it at history level full.
 */
final class RecordedVariablesHistory extends DbHistoryEventHandler {

  private final Map<String, Set<String>> recorded;

  RecordedVariablesHistory(Map<String, Set<String>> recorded) {
    this.recorded = Map.copyOf(recorded);
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    if (HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(event.getEventType())
        && event.getProcessDefinitionKey() != null
        && recorded.getOrDefault(event.getProcessDefinitionKey(), Set.of()).contains(event.getVariableName())) {
      return false;
    }
    return super.shouldWriteHistoricDetail(event);
  }
}
