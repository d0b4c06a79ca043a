package cn.capacityexit.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.CapacityExitApplication;
import cn.capacityexit.support.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outside the demo profile the organisation is there, but no demo login and no demo enterprise. */
@ExtendWith(TestDatabase.class)
class WithoutDemoProfileIntegrationTests {

  @Test
  void noDemoUserOrEnterpriseExistsOutsideTheDemoProfile() {
    Map<String, String> properties = new LinkedHashMap<>(TestDatabase.properties("nodemo"));
    properties.put("server.port", "0");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("camunda.bpm.process-engine-name", "noDemo");
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CapacityExitApplication.class).run(args)) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().count()).as("no demo logins, not even admin").isZero();
      assertThat(identity.createTenantQuery().count()).isEqualTo(15);
      assertThat(identity.createGroupQuery().groupId("energy-370800").count()).isEqualTo(1);
      assertThat(app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM reg_enterprise").query(Long.class).single()).isZero();
    }
  }
}
