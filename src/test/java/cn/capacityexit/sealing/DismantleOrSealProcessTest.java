package cn.capacityexit.sealing;

import static cn.capacityexit.sealing.EliminationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
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

/** Every path of dismantle-or-seal.bpmn on an in-memory engine, with the product's steps mocked. */
@Deployment(resources = "processes/dismantle-or-seal.bpmn")
class DismantleOrSealProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-unit-test.cfg.xml")
      .assertClassCoverageAtLeast(0.9).build();

  ProcessEngine processEngine;
  EliminationSteps steps;
  Instant now = Instant.parse("2025-03-20T02:00:00Z");

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(Date.from(now));
    steps = mock(EliminationSteps.class);
    HandlingPeriods dueDates = mock(HandlingPeriods.class);
    when(dueDates.due(anyString())).thenReturn(Date.from(now.plus(5, ChronoUnit.DAYS)));
    when(steps.reinspectionDates(any())).thenReturn(List.of(Date.from(now.plus(180, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS))));
    when(steps.escalationGroups(any())).thenReturn(List.of("miit-371000-head", "miit-370000"));
    Mocks.register("elimination", steps);
    Mocks.register("dueDates", dueDates);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance start() {
    Map<String, Object> v = new HashMap<>();
    v.put(VariableNames.JURISDICTION_CODE, "371000");
    v.put(ELIMINATION_NUMBER, "CF-371000-2025-0001");
    v.put(VariableNames.LEAD_DEPARTMENT, "miit");
    v.put(DISMANTLE_DEADLINE_AT, Date.from(now.plus(90, ChronoUnit.DAYS)));
    v.put(DISMANTLE_REMINDER_AT, Date.from(now.plus(60, ChronoUnit.DAYS)));
    v.put(RESERVE_REVIEW_AT, Date.from(now.plus(365, ChronoUnit.DAYS)));
    return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, "CF-371000-2025-0001", v);
  }

  private Task taskAt(ProcessInstance pi, String key) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private Job timerAt(ProcessInstance pi, String activity) {
    return processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
  }

  private void reinspectTwice(ProcessInstance pi) {
    for (int i = 0; i < 2; i++) {
      execute(timerAt(pi, TIMER_REINSPECTION));
      complete(taskAt(pi, TASK_REINSPECT));
    }
  }

  @Test
  void equipmentThatCanBeDismantledIsDismantledAcceptedAndReinspectedTwice() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_ASSESS);
    assertThat(task(pi)).hasCandidateGroup("miit-371000");
    complete(task(pi), withVariables(ELIMINATION_METHOD, "DISMANTLE"));
    complete(taskAt(pi, TASK_DISMANTLE));
    complete(taskAt(pi, TASK_ACCEPT), withVariables(ACCEPTANCE_RESULT, "FAILED"));
    assertThat(pi).isWaitingAt(TASK_REDO);
    complete(taskAt(pi, TASK_REDO));
    complete(taskAt(pi, TASK_ACCEPT), withVariables(ACCEPTANCE_RESULT, "PASSED"));
    verify(steps).recordDismantled(any());
    reinspectTwice(pi);
    assertThat(pi).isEnded().hasPassed(END_ELIMINATED);
  }

  @Test
  void equipmentNotYetDismantlableIsSealedPledgedAnnouncedAndDismantledByTheDeadline() {
    ProcessInstance pi = start();
    complete(task(pi), withVariables(ELIMINATION_METHOD, "SEAL"));
    assertThat(pi).isWaitingAt(TASK_CUT_WATER, TASK_CUT_POWER, TASK_REMOVE_POWER_UNITS, TASK_SEAL);
    for (String key : List.of(TASK_CUT_WATER, TASK_CUT_POWER, TASK_REMOVE_POWER_UNITS, TASK_SEAL)) {
      complete(taskAt(pi, key));
    }
    verify(steps).recordSeal(any());
    assertThat(pi).isWaitingAt(TASK_UPLOAD_PLEDGE);
    complete(taskAt(pi, TASK_UPLOAD_PLEDGE));
    verify(steps).publishAnnouncement(any());
    assertThat(pi).isWaitingAt(TASK_DISMANTLE_SEALED);
    execute(timerAt(pi, TIMER_DISMANTLE_REMINDER));
    complete(taskAt(pi, TASK_FOLLOW_UP));
    execute(timerAt(pi, TIMER_DISMANTLE_DEADLINE));
    execute(job(TASK_RECORD_OVERDUE, pi));
    verify(steps).dismantleOverdue(any());
    assertThat(taskAt(pi, TASK_SUPERVISE)).hasCandidateGroup("miit-371000-head").hasCandidateGroup("miit-370000");
    complete(taskAt(pi, TASK_SUPERVISE));
    complete(taskAt(pi, TASK_DISMANTLE_SEALED));
    complete(taskAt(pi, TASK_ACCEPT), withVariables(ACCEPTANCE_RESULT, "PASSED"));
    reinspectTwice(pi);
    assertThat(pi).isEnded().hasPassed("Event_DismantlingFollowedUp", "Event_DismantlingSupervised", END_ELIMINATED);
  }

  @Test
  void aCoalPowerUnitKeptAsReserveIsReviewedPeriodicallyUntilItIsDismantled() {
    ProcessInstance pi = start();
    complete(task(pi), withVariables(ELIMINATION_METHOD, "RESERVE"));
    verify(steps).recordReserve(any());
    execute(timerAt(pi, TIMER_RESERVE_REVIEW));
    complete(taskAt(pi, TASK_REVIEW_RESERVE), withVariables(KEEP_AS_RESERVE, true));
    execute(timerAt(pi, TIMER_RESERVE_REVIEW));
    complete(taskAt(pi, TASK_REVIEW_RESERVE), withVariables(KEEP_AS_RESERVE, false));
    assertThat(pi).isWaitingAt(TASK_DISMANTLE);
  }

  @Test
  void everyReportOfRevivalStartsAnInspectionAndAConfirmedOneOpensAClosureCase() {
    ProcessInstance pi = start();
    correlate(pi, 1L);
    correlate(pi, 2L);
    List<Task> inspections = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_INSPECT_REVIVAL).list();
    org.assertj.core.api.Assertions.assertThat(inspections).hasSize(2);
    complete(inspections.get(0), withVariables(REVIVAL_CONFIRMED, false));
    complete(inspections.get(1));
    assertThat(pi).hasPassed("Event_ComplaintClosed").isWaitingAt(TASK_ASSESS);
    correlate(pi, 3L);
    Task third = taskAt(pi, TASK_INSPECT_REVIVAL);
    // The step sets the decision on the report's own scope, as EliminationSteps.inspected does.
    processEngine.getRuntimeService().setVariableLocal(third.getExecutionId(), REVIVAL_CONFIRMED, true);
    complete(third);
    verify(steps).revivalConfirmed(any());
    assertThat(pi).hasPassed("Event_RevivalHandled").isWaitingAt(TASK_ASSESS);
  }

  private void correlate(ProcessInstance pi, long complaint) {
    processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_REVIVAL_REPORTED).processInstanceId(pi.getId())
        .setVariableLocal(COMPLAINT_ID, complaint).correlate();
  }
}
