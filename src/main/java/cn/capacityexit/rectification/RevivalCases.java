package cn.capacityexit.rectification;

import cn.capacityexit.process.VariableNames;
import cn.capacityexit.sealing.RevivalConfirmed;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed revival of eliminated equipment opens a rectification case that goes straight to
 * closure (the message start of rectification-to-closure.bpmn), in the inspection's transaction.
 */
@Component
public class RevivalCases {

  public static final String MESSAGE_REVIVAL_CONFIRMED = "RevivalConfirmed";

  private final RuntimeService runtime;

  public RevivalCases(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  public void on(RevivalConfirmed revival) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VariableNames.JURISDICTION_CODE, revival.jurisdiction());
    variables.put(VariableNames.ENTERPRISE_CREDIT_CODE, revival.creditCode());
    variables.put(RectificationProcess.DIMENSION, Dimension.TECHNOLOGY.name());
    variables.put(RectificationProcess.SEVERITY, "SERIOUS");
    variables.put(RectificationProcess.FINDING_DATE, revival.confirmedOn().toString());
    variables.put(RectificationProcess.DESCRIPTION, "已淘汰设备" + revival.lineName() + "恢复生产（" + revival.eliminationNumber()
        + "，举报" + revival.complaintId() + "查实），依法关停");
    variables.put(RectificationProcess.PRODUCTION_LINE_IDS, String.valueOf(revival.lineId()));
    runtime.startProcessInstanceByMessage(MESSAGE_REVIVAL_CONFIRMED, variables);
  }
}
