package cn.capacityexit.licences;

import cn.capacityexit.process.AsSystem;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The port to the engine of unlicensed-production.bpmn (no start form: only the product starts it, on a finding). */
@Component
class UnlicensedProductionEngine {

  static final String KEY = "unlicensed-production";

  private final RuntimeService runtime;
  private final AsSystem asSystem;

  UnlicensedProductionEngine(RuntimeService runtime, AsSystem asSystem) {
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  String start(String caseNumber, Map<String, Object> variables) {
    return asSystem.call(() -> runtime.createProcessInstanceByKey(KEY).businessKey(caseNumber).setVariables(variables).execute().getId());
  }
}
