package cn.capacityexit.credit;

import cn.capacityexit.events.CreditPunishmentDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the credit record a breach calls for, in the publisher's transaction, once per key. */
@Component
class CreditListener {

  private final CreditService credit;

  CreditListener(CreditService credit) {
    this.credit = credit;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(CreditPunishmentDue due) {
    credit.record(due);
  }
}
