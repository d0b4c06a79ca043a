package cn.capacityexit.licences;

import cn.capacityexit.events.LicenceActionDone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Ends the registered licences a closed case's licence action took away, in the step's transaction. */
@Component
class LicenceListener {

  private final LicenceRegister register;

  LicenceListener(LicenceRegister register) {
    this.register = register;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(LicenceActionDone done) {
    register.ended(done);
  }
}
