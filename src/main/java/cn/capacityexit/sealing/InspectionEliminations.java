package cn.capacityexit.sealing;

import cn.capacityexit.events.InspectionFound;
import cn.capacityexit.events.InspectionReferred;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An inspection that found equipment of the catalogue's eliminate category puts the line into the year's elimination
 * (拆除或封存) in the inspection's transaction; the elimination keeps the inspection number as its evidence.
 */
@Component
class InspectionEliminations {

  private final EliminationService eliminations;
  private final EliminationEngine engine;
  private final EliminationRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InspectionEliminations(EliminationService eliminations, EliminationEngine engine, EliminationRepository repository,
      ApplicationEventPublisher events, Clock clock) {
    this.eliminations = eliminations;
    this.engine = engine;
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  public void on(InspectionFound found) {
    if (!"ELIMINATION".equals(found.route())) {
      return;
    }
    OffsetDateTime at = OffsetDateTime.now(clock);
    String existing = repository.eliminationOfLine(found.lineId()).orElse(null);
    if (existing != null) {
      // Already in elimination (one per line): the inspection is added to its evidence, nothing starts twice.
      repository.event(existing, EliminationEvents.INSPECTION_EVIDENCE, "system", "检查记录" + found.inspectionNumber() + "：" + found.description(),
          at);
      events.publishEvent(new InspectionReferred(found.inspectionNumber(), existing));
      return;
    }
    EliminationService.Input input = new EliminationService.Input(found.lineId(), found.catalogueItem(),
        found.inspectedOn().getYear(), null);
    String number = engine.start(eliminations.validate(null, input, true), input);
    repository.update(number, Map.of("inspection_number", found.inspectionNumber()), at);
    repository.event(number, EliminationEvents.INSPECTION_EVIDENCE, "system", "检查记录" + found.inspectionNumber() + "：" + found.description(),
        at);
    events.publishEvent(new InspectionReferred(found.inspectionNumber(), number));
  }
}
