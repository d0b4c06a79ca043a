package cn.capacityexit.measures;

import cn.capacityexit.events.CaseProgressed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Raises and lifts a case's joint measures in the transaction of the step that moved the case. */
@Component
class MeasureListener {

  private final JointMeasures measures;

  MeasureListener(JointMeasures measures) {
    this.measures = measures;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(CaseProgressed progressed) {
    measures.progressed(progressed);
  }
}
