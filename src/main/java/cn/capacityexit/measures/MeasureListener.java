package cn.capacityexit.measures;

import cn.capacityexit.events.CaseProgressed;
import cn.capacityexit.events.CreditRepaired;
import cn.capacityexit.events.EnterpriseEvaluated;
import cn.capacityexit.events.EnvironmentalCreditRated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Raises and lifts the joint measures in the transaction of the step that moved the case, recorded the rating or repaired the credit. */
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

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(EnvironmentalCreditRated rated) {
    measures.rated(rated);
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(EnterpriseEvaluated evaluated) {
    measures.evaluated(evaluated);
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(CreditRepaired repaired) {
    measures.repaired(repaired);
  }
}
