package cn.capacityexit.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.IntegrationTest;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's decision tables evaluate FEEL with the parsed expressions kept (issue 17). */
class ParsedFeelExpressionsIntegrationTests extends IntegrationTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void theDecisionTablesEvaluateFeelWithTheParsedExpressionsKept() {
    var dmn = (DefaultDmnEngineConfiguration) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDmnEngineConfiguration();
    assertThat(dmn.getFeelEngine()).isInstanceOf(ParsedFeelExpressions.class);
  }
}
