package cn.capacityexit.reporting;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The yearly timer that starts the provinces' campaigns. */
class AnnualCampaignLauncherProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-unit-test.cfg.xml")
      .assertClassCoverageAtLeast(0.9).build();

  ProcessEngine processEngine;
  CampaignSteps steps = mock(CampaignSteps.class);

  @BeforeEach
  void mocks() {
    CampaignSchedule schedule = mock(CampaignSchedule.class);
    when(schedule.getLaunchCycle()).thenReturn("R/2027-01-02T09:00:00+08:00/P1Y");
    Mocks.register("campaignSchedule", schedule);
    Mocks.register("campaign", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  @Deployment(resources = "processes/annual-campaign-launcher.bpmn")
  void theNewYearStartsEveryProvincesCampaign() {
    Job timer = processEngine.getManagementService().createJobQuery().processDefinitionKey(CampaignProcess.LAUNCHER_KEY).singleResult();
    // Issue 13, item 10: 09:00 China time is 01:00 UTC, whatever the server's zone.
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate().toInstant()).isEqualTo(java.time.Instant.parse("2027-01-02T01:00:00Z"));
    processEngine.getManagementService().executeJob(timer.getId());
    verify(steps).launchProvinces(any());
  }
}
