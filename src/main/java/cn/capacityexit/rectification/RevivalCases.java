package cn.capacityexit.rectification;

import cn.capacityexit.sealing.RevivalConfirmed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed revival of eliminated equipment opens a rectification case that goes straight to
 * closure (the message start of rectification-to-closure.bpmn), in the inspection's transaction.
 */
@Component
class RevivalCases {

  private final RectificationEngine engine;

  RevivalCases(RectificationEngine engine) {
    this.engine = engine;
  }

  @EventListener
  public void on(RevivalConfirmed revival) {
    engine.openRevival(revival.jurisdiction(), revival.creditCode(), revival.confirmedOn(),
        "已淘汰设备" + revival.lineName() + "恢复生产（" + revival.eliminationNumber() + "，举报" + revival.complaintId()
            + "查实），依法关停", revival.lineId());
  }
}
