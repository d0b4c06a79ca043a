package cn.capacityexit.process;

import cn.capacityexit.deployment.ModelDeployer;
import cn.capacityexit.registry.RegistryRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the product changes in the engine: tenants per jurisdiction, identifier rules, deployment. */
@Configuration
public class EngineConfiguration {

  /** China time: every statutory date ends at midnight here, whatever the server's zone. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Bean
  public Clock clock() {
    return new EngineClock(CHINA);
  }

  @Bean
  public ProcessEnginePlugin capacityExitEnginePlugin(RegistryRepository registry) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new JurisdictionTenantIdProvider(
            code -> registry.find(code).map(e -> e.jurisdiction())));
        // Group ids carry the department and the division code: energy-370800, energy-370800-head.
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+|camunda-admin");
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        // Authorization before tenant: a user without permission on another jurisdiction's task
        // is refused with 403 (AuthorizationException) rather than a generic engine error (500).
        List<CommandChecker> checkers = new ArrayList<>(configuration.getCommandCheckers());
        checkers.sort(Comparator.comparing(c -> c instanceof AuthorizationCommandChecker ? 0 : 1));
        configuration.setCommandCheckers(checkers);
      }

      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        ModelDeployer.deploy(engine);
      }

      @Override
      public String toString() {
        return "capacity-exit engine plugin";
      }
    };
  }
}
