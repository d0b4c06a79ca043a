package cn.capacityexit.credit;

import cn.capacityexit.events.CaseProgressed;
import cn.capacityexit.events.CreditPunishmentDue;
import cn.capacityexit.events.LineEliminated;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the credit record a breach calls for, in the publisher's transaction, once per key; marks it corrected when the breach ends. */
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

  /** The case exited: its overdue-exit record is corrected (the repair may follow). */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(CaseProgressed progressed) {
    if (progressed.stage() == CaseProgressed.Stage.EXITED) {
      credit.corrected(progressed.caseNumber(), List.of("EXIT_OVERDUE"), progressed.on());
    }
  }

  /** The line was dismantled: the overdue-dismantling and revival records of its elimination are corrected. */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(LineEliminated eliminated) {
    if (eliminated.how() == LineEliminated.How.DISMANTLED) {
      credit.correctedElimination(eliminated.eliminationNumber(), eliminated.on());
    }
  }
}
