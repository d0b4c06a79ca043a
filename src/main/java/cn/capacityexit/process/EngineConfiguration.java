package cn.capacityexit.process;

import cn.capacityexit.deployment.ModelDeployer;
import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
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
  public ProcessEnginePlugin capacityExitEnginePlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new JurisdictionTenantIdProvider());
        // Group ids carry the department and the division code: energy-370800, energy-370800-head.
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+|camunda-admin");
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
