package cn.capacityexit.registry;

import cn.capacityexit.events.CaseExited;
import cn.capacityexit.events.LineEliminated;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an exit means for the registry, in the publisher's transaction: the lines leave production
 * with the case or elimination as their reference, the enterprise is closed where the case closed it (停业、关闭), and
 * the capacity is counted once in the year of the exit ({@code ex_capacity_exit}).
 */
@Component
class ExitListener {

  private final RegistryService registry;
  private final RegistryRepository repository;
  private final CapacityExits exits;
  private final Clock clock;

  ExitListener(RegistryService registry, RegistryRepository repository, CapacityExits exits, Clock clock) {
    this.registry = registry;
    this.repository = repository;
    this.exits = exits;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(CaseExited exited) {
    for (Long line : exited.lineIds()) {
      registry.changeStatus(line, LineStatus.CLOSED, exited.actor(), "依法关停退出", exited.caseNumber());
      exits.record(line, exited.caseNumber(), exited.dimension(), CapacityExits.Method.CLOSED, exited.exitDate(),
          exited.enterpriseClosed());
    }
    if (exited.enterpriseClosed()) {
      repository.markClosed(exited.creditCode(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(LineEliminated eliminated) {
    LineStatus status = switch (eliminated.how()) {
      case SEALED -> LineStatus.SEALED;
      case DISMANTLED -> LineStatus.DISMANTLED;
      case RESERVED -> LineStatus.CLOSED;
    };
    CapacityExits.Method method = switch (eliminated.how()) {
      case SEALED -> CapacityExits.Method.SEALED;
      case DISMANTLED -> CapacityExits.Method.DISMANTLED;
      case RESERVED -> CapacityExits.Method.CLOSED;
    };
    registry.changeStatus(eliminated.lineId(), status, eliminated.actor(), eliminated.reason(), eliminated.reference());
    exits.record(eliminated.lineId(), eliminated.reference(), eliminated.dimension(), method, eliminated.on(), false);
  }
}
