package cn.capacityexit.process;

import cn.capacityexit.deployment.ModelDeployer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.ApplicationContext;
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

  /** The beans a model's expressions may call: the product's process steps. */
  public static final Set<String> STEP_BEANS = Set.of("rectification", "elimination", "campaign", "campaignSchedule", "dueDates",
      "measures", "licences", "credit", "evaluation", "inspection", "exitPlan", "unlicensed");

  @Bean
  public ModelPolicy modelPolicy(ApplicationContext context) {
    return new ModelPolicy(name -> STEP_BEANS.contains(name) && context.containsBean(name) ? context.getType(name) : null);
  }

  @Bean
  public ProcessEnginePlugin capacityExitEnginePlugin(EnterpriseJurisdictions enterprises, ModelPolicy models,
      List<RecordedVariables> recordedVariables) {
    Map<String, Set<String>> recorded = new HashMap<>();
    recordedVariables.forEach(r -> recorded.computeIfAbsent(r.processDefinitionKey(), k -> new HashSet<>()).addAll(r.names()));
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Users' commands are checked before the engine runs them: see ProcessIntegrityGuard.
        List<CommandInterceptor> guards = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
          guards.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        guards.add(new ProcessIntegrityGuard(configuration, models));
        configuration.setCustomPreCommandInterceptorsTxRequired(guards);
        // No authorization rows per task: officers read and work tasks through the process definitions, the guard
        // keeps the work to the task's addressees (TaskAuthorizations; issue 17).
        configuration.setResourceAuthorizationProvider(new TaskAuthorizations());
        // The user's groups are checked as they are, without reading every authorization's group first (issue 17).
        List<SessionFactory> sessions = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
          sessions.addAll(configuration.getCustomSessionFactories());
        }
        sessions.add(new KnownGroupAuthorizations.Factory());
        configuration.setCustomSessionFactories(sessions);
        // Wrong passwords never lock an account: the engine would lock it permanently after ten,
        // which anyone could do to anyone. LoginThrottle delays the guessing address instead.
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        // The decision tables' FEEL expressions parsed once (ParsedFeelExpressions; issue 17).
        if (configuration.getDmnEngineConfiguration() == null) {
          DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
          dmn.setFeelEngineFactory(ParsedFeelExpressions.factory(configuration::getDmnFeelCustomFunctionProviders));
          configuration.setDmnEngineConfiguration(dmn);
        }
        // A BPMN error nobody catches must fail, not silently end a legal procedure.
        configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayFactor(0);
        configuration.setLoginDelayMaxTime(0);
        configuration.setTenantIdProvider(new JurisdictionTenantIdProvider(
            enterprises::jurisdictionOf));
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
        // One row per task in the task list on PostgreSQL, with the engine's own criteria (issue 17).
        TaskListQueries.install(configuration);
        // The engine's history writer first, as the engine composes it, without the details of recorded variables'
        // creation (RecordedVariables); then the other handlers (the starter's Spring events).
        if (configuration.isEnableDefaultDbHistoryEventHandler()) {
          List<HistoryEventHandler> handlers = new ArrayList<>();
          handlers.add(new RecordedVariablesHistory(recorded));
          if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
          }
          configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
        }
      }

      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        EngineMigrations.migrate(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
        ModelDeployer.deploy(engine);
      }

      @Override
      public String toString() {
        return "capacity-exit engine plugin";
      }
    };
  }
}
