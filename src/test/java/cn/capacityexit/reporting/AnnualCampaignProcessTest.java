package cn.capacityexit.reporting;

import static cn.capacityexit.reporting.CampaignProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.capacityexit.calendar.HandlingPeriods;
import cn.capacityexit.process.VariableNames;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of annual-campaign.bpmn on an in-memory engine, with the product's steps mocked. */
@Deployment(resources = "processes/annual-campaign.bpmn")
class AnnualCampaignProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-unit-test.cfg.xml")
      .assertClassCoverageAtLeast(0.9).build();

  ProcessEngine processEngine;
  CampaignSteps steps;
  Instant now = Instant.parse("2025-01-05T01:00:00Z");

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(Date.from(now));
    steps = mock(CampaignSteps.class);
    HandlingPeriods dueDates = mock(HandlingPeriods.class);
    when(dueDates.due(anyString())).thenReturn(Date.from(now.plus(7, ChronoUnit.DAYS)));
    when(steps.milestoneKeys(any())).thenReturn(List.of("county-plan"));
    // The step opens the milestone with its title: the tasks are named after it (办理工作节点：制定实施方案).
    org.mockito.Mockito.doAnswer(call -> {
      ((org.camunda.bpm.engine.delegate.DelegateExecution) call.getArgument(0)).setVariableLocal(CampaignProcess.MILESTONE_NAME, "制定实施方案");
      return null;
    }).when(steps).openMilestone(any());
    when(steps.groups(any())).thenReturn(List.of("miit-371521"));
    when(steps.childJurisdictions(any())).thenReturn(List.of("371521"));
    Mocks.register("campaign", steps);
    Mocks.register("dueDates", dueDates);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance start(String kind, boolean approval, boolean dispatch) {
    Map<String, Object> v = new HashMap<>();
    v.put(VariableNames.JURISDICTION_CODE, "371500");
    v.put(CAMPAIGN_ID, "ND-371500-2025");
    v.put(CAMPAIGN_YEAR, 2025);
    v.put(MILESTONE_KIND, kind);
    v.put(NEEDS_APPROVAL, approval);
    v.put(MILESTONE_DUE_AT, Date.from(now.plus(170, ChronoUnit.DAYS)));
    v.put(MILESTONE_REMINDER_AT, Date.from(now.plus(140, ChronoUnit.DAYS)));
    v.put(OBJECTION_WINDOW_ENDS_AT, Date.from(now.plus(10, ChronoUnit.DAYS)));
    v.put(HAS_DISPATCH, dispatch);
    v.put(NEXT_DISPATCH_AT, Date.from(now.plus(30, ChronoUnit.DAYS)));
    return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, "ND-371500-2025", v);
  }

  private Task taskAt(ProcessInstance pi, String key) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private Job jobAt(ProcessInstance pi, String activity) {
    return processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
  }

  @Test
  void aMilestoneThatTheGovernmentSendsBackIsWorkedAgainThenRecorded() {
    ProcessInstance pi = start("TASK", true, false);
    verify(steps).startChild(any());
    Task work = taskAt(pi, TASK_COMPLETE);
    assertThat(work).hasCandidateGroup("miit-371521");
    org.assertj.core.api.Assertions.assertThat(work.getName()).as("issue 14: milestones are told apart in the list")
        .isEqualTo("办理工作节点：制定实施方案");
    complete(work);
    assertThat(taskAt(pi, TASK_APPROVE)).hasCandidateGroup("gov-371500");
    org.assertj.core.api.Assertions.assertThat(taskAt(pi, TASK_APPROVE).getName()).isEqualTo("审批工作节点：制定实施方案");
    complete(taskAt(pi, TASK_APPROVE), withVariables(APPROVED, false));
    complete(taskAt(pi, TASK_COMPLETE));
    complete(taskAt(pi, TASK_APPROVE), withVariables(APPROVED, true));
    verify(steps).recordMilestone(any());
    assertThat(pi).isEnded().hasPassed("Task_CloseCampaign", "Event_CampaignCompleted");
  }

  @Test
  void aReportIsReviewedByTheReceivingDepartment() {
    when(steps.needsReview(any())).thenReturn(true);
    when(steps.reviewGroup(any())).thenReturn("miit-371500");
    ProcessInstance pi = start("REPORT", false, false);
    complete(taskAt(pi, TASK_COMPLETE));
    assertThat(taskAt(pi, "Task_ReviewReport")).hasCandidateGroup("miit-371500");
    complete(taskAt(pi, "Task_ReviewReport"));
    assertThat(pi).isEnded();
  }

  @Test
  void aPublicNoticeWaitsForItsObjectionWindowBeforeTheObjectionsAreHandled() {
    ProcessInstance pi = start("PUBLIC_NOTICE", false, false);
    complete(taskAt(pi, TASK_PUBLISH_NOTICE));
    verify(steps).noticePublished(any());
    assertThat(pi).isWaitingAt(TIMER_OBJECTION_WINDOW);
    execute(jobAt(pi, TIMER_OBJECTION_WINDOW));
    complete(taskAt(pi, TASK_HANDLE_OBJECTIONS));
    assertThat(pi).isEnded();
  }

  @Test
  void tasksRemindBeforeTheirDateAndEscalateAfterIt() {
    ProcessInstance pi = start("TASK", false, false);
    Task work = taskAt(pi, TASK_COMPLETE);
    List<Job> timeouts = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().list();
    timeouts.forEach(j -> processEngine.getManagementService().executeJob(j.getId()));
    verify(steps, atLeastOnce()).remind(any());
    verify(steps, atLeastOnce()).overdue(any());
    complete(processEngine.getTaskService().createTaskQuery().taskId(work.getId()).singleResult());
    assertThat(pi).isEnded();
  }

  @Test
  void aCountyUnderLiaochengReportsToTheJointMeetingRegularlyThroughTheYear() {
    when(steps.dispatchContinues(any())).thenReturn(true, false);
    ProcessInstance pi = start("TASK", false, true);
    complete(taskAt(pi, TASK_COMPLETE));
    execute(jobAt(pi, TIMER_DISPATCH));
    complete(taskAt(pi, TASK_DISPATCH));
    execute(jobAt(pi, TIMER_DISPATCH));
    complete(taskAt(pi, TASK_DISPATCH));
    verify(steps, times(2)).dispatched(any());
    assertThat(pi).isEnded();
  }
}
