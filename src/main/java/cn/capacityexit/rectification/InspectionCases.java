package cn.capacityexit.rectification;

import cn.capacityexit.events.InspectionFound;
import cn.capacityexit.events.InspectionReferred;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An inspection's finding opens the rectification case (整改到关停) in the inspection's transaction: the finding's
 * enterprise, dimension, date and description are the inspection's, recorded once; the case keeps the inspection number
 * as its evidence (rc_case.inspection_number) and the inspection learns the case number.
 */
@Component
class InspectionCases {

  private final RectificationCases cases;
  private final RectificationEngine engine;
  private final CaseRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InspectionCases(RectificationCases cases, RectificationEngine engine, CaseRepository repository, ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.engine = engine;
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  public void on(InspectionFound found) {
    if (!"RECTIFICATION".equals(found.route())) {
      return;
    }
    RectificationCases.NewCase c = cases.validate(null, new CaseInput(found.creditCode(), found.dimension(),
        found.inspectedOn().toString(), found.description(), found.lineId() == null ? List.of() : List.of(found.lineId()),
        found.severity(), null));
    String number = engine.open(c);
    OffsetDateTime at = OffsetDateTime.now(clock);
    repository.update(number, Map.of("inspection_number", found.inspectionNumber()), at);
    repository.event(number, CaseEvents.INSPECTION_EVIDENCE, RectificationCases.SYSTEM, "检查记录" + found.inspectionNumber(), at);
    events.publishEvent(new InspectionReferred(found.inspectionNumber(), number));
  }
}
