package cn.capacityexit.inspection;

import cn.capacityexit.process.AsSystem;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The inspection module's port to the engine: starts an inspection (inspection.bpmn has no start form; only the product starts it). */
@Component
class InspectionEngine {

  static final String KEY = "inspection";

  private final RuntimeService runtime;
  private final AsSystem asSystem;

  InspectionEngine(RuntimeService runtime, AsSystem asSystem) {
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  /** Starts the inspection in the plan's tenant; returns the instance id. */
  String start(String inspectionNumber, Map<String, Object> variables) {
    return asSystem.call(() -> runtime.createProcessInstanceByKey(KEY).businessKey(inspectionNumber).setVariables(variables).execute()
        .getId());
  }
}
