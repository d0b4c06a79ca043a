package cn.capacityexit.demo;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.RegistryRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo profile's data: demo logins and demo enterprises, each loaded once. */
@Component
@Profile("demo")
@Order(2)
public class DemoSeeder implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

  private final Organisation organisation;
  private final IdentityService identity;
  private final RegistryRepository registry;
  private final Clock clock;
  private final String password;

  public DemoSeeder(Organisation organisation, IdentityService identity, RegistryRepository registry, Clock clock,
      @Value("${capacity-exit.demo.password}") String password) {
    this.organisation = organisation;
    this.identity = identity;
    this.registry = registry;
    this.clock = clock;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int users = new DemoUsers(organisation, identity, password).seed();
    int[] added = new DemoEnterprises(registry).load(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    LOG.info("Demo data: {} users, {} enterprises, {} production lines added", users, added[0], added[1]);
  }
}
