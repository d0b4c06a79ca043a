package cn.capacityexit.sealing;

import cn.capacityexit.events.EliminationOpened;
import cn.capacityexit.events.ExitPlanApproved;
import cn.capacityexit.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The lines of an approved elimination plan go into elimination (拆除或封存) for the plan year, each with its clause; a
 * line already in one keeps it (one per line) and the plan records that one.
 */
@Component
class PlannedEliminations {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlannedEliminations.class);

  private final EliminationService eliminations;
  private final EliminationEngine engine;
  private final EliminationRepository repository;
  private final ApplicationEventPublisher events;

  PlannedEliminations(EliminationService eliminations, EliminationEngine engine, EliminationRepository repository,
      ApplicationEventPublisher events) {
    this.eliminations = eliminations;
    this.engine = engine;
    this.repository = repository;
    this.events = events;
  }

  @EventListener
  public void on(ExitPlanApproved plan) {
    for (ExitPlanApproved.PlannedLine line : plan.lines()) {
      String number = repository.eliminationOfLine(line.lineId()).orElse(null);
      if (number == null) {
        EliminationService.Input input = new EliminationService.Input(line.lineId(), line.basis(), plan.year(), null);
        EliminationService.Target target;
        try {
          target = eliminations.validate(null, input, true);
        } catch (InvalidInputException gone) {
          // Dismantled since the candidate list was made: nothing left to eliminate; the plan keeps the line without one.
          LOG.info("plan {}: line {} not put into elimination: {}", plan.planNumber(), line.lineId(), gone.getMessage());
          continue;
        }
        number = engine.start(target, input);
      }
      events.publishEvent(new EliminationOpened(plan.planNumber(), line.lineId(), number));
    }
  }
}
