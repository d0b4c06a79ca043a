package cn.capacityexit.rectification;

import static cn.capacityexit.rectification.RectificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of rectification-to-closure.bpmn on an in-memory engine, with the product's steps
 * mocked: what the diagram does with the variables the steps would set. The rules themselves
 * are tested in RectificationIntegrationTests.
 */
@Deployment(resources = {"processes/rectification-to-closure.bpmn", "test-processes/dismantle-or-seal-stub.bpmn"})
class RectificationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-unit-test.cfg.xml")
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("dismantle-or-seal")
      .build();

  ProcessEngine processEngine;
  RectificationSteps steps;
  HandlingPeriods dueDates;
  Instant now = Instant.parse("2025-03-20T02:00:00Z");

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(Date.from(now));
    steps = mock(RectificationSteps.class);
    dueDates = mock(HandlingPeriods.class);
    when(dueDates.due(anyString())).thenReturn(Date.from(now.plus(5, ChronoUnit.DAYS)));
    when(dueDates.dueNoLaterThan(anyString(), any())).thenReturn(Date.from(now.plus(5, ChronoUnit.DAYS)));
    when(steps.licenceActions(any())).thenReturn(List.of("samr:CANCEL_PRODUCTION_LICENCE"));
    when(steps.licenceGroup(anyString(), anyString())).thenReturn("samr-370800");
    when(steps.lineIds(any())).thenReturn(List.of(11L, 12L));
    when(steps.hasLines(any())).thenReturn(true);
    when(steps.escalationGroups(any())).thenReturn(List.of("miit-370800-head", "miit-370000"));
    when(steps.approvalGroup(any())).thenReturn("gov-370800");
    when(steps.hearingRequestWindowEnds(any())).thenReturn(Date.from(now.plus(8, ChronoUnit.DAYS)));
    Mocks.register("rectification", steps);
    Mocks.register("dueDates", dueDates);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance start(String firstMeasure, boolean needsApproval) {
    when(steps.needsApproval(any())).thenReturn(needsApproval);
    Map<String, Object> v = new HashMap<>();
    v.put(VariableNames.JURISDICTION_CODE, "370800");
    v.put(VariableNames.CASE_NUMBER, "ZG-370800-2025-0001");
    v.put(LEAD_DEPARTMENT, "miit");
    v.put(FIRST_MEASURE, firstMeasure);
    v.put(NEEDS_GOVERNMENT_APPROVAL, needsApproval);
    v.put(VariableNames.DEADLINE, Date.from(now.plus(180, ChronoUnit.DAYS)));
    v.put(REMINDER_DATE, Date.from(now.plus(150, ChronoUnit.DAYS)));
    return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, "ZG-370800-2025-0001", v);
  }

  /** Proposal, rights notice and statement (and the hearing, when asked for): the procedure before any closure. */
  private void penaltyProcedure(ProcessInstance pi, boolean hearing) {
    when(steps.hearingRequested(any())).thenReturn(hearing);
    assertThat(pi).isWaitingAt(TASK_PROPOSE_CLOSURE);
    assertThat(task(pi)).hasCandidateGroup("miit-370800");
    complete(task(pi));
    assertThat(pi).isWaitingAt(TASK_NOTIFY_RIGHTS);
    complete(task(pi));
    assertThat(pi).isWaitingAt(TASK_HEAR_STATEMENT);
    assertThat(task(pi)).hasDueDate(Date.from(now.plus(8, ChronoUnit.DAYS)));
    complete(task(pi));
    if (hearing) {
      assertThat(pi).isWaitingAt(TASK_NOTIFY_HEARING);
      assertThat(task(pi)).hasCandidateGroup("miit-370800");
      complete(task(pi));
      assertThat(pi).isWaitingAt(TASK_HOLD_HEARING);
      complete(task(pi));
      verify(steps).hearingNotified(any());
    }
    verify(steps).closureProposed(any());
    verify(steps).rightsNotified(any());
    verify(steps).statementHeard(any());
  }

  /** The notice's contents, then its service: the period starts only from the recorded service (issue 18). */
  private void issueNotice(ProcessInstance pi) {
    complete(task(TASK_ISSUE_NOTICE, pi));
    verify(steps).noticeIssued(any());
    serveNotice(pi);
  }

  private void serveNotice(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(TASK_RECORD_NOTICE_SERVICE);
    assertThat(task(TASK_RECORD_NOTICE_SERVICE, pi)).hasCandidateGroup("miit-370800");
    complete(task(TASK_RECORD_NOTICE_SERVICE, pi));
    verify(steps, org.mockito.Mockito.atLeastOnce()).noticeServed(any());
  }

  /** The officer records the enterprise's report in the period's step (issue 14: in Tasklist, not only through the API). */
  private void report(ProcessInstance pi) {
    assertThat(task(TASK_AWAIT_RECTIFICATION, pi)).hasCandidateGroup("miit-370800");
    complete(task(TASK_AWAIT_RECTIFICATION, pi), withVariables(SUBMISSION, SUBMISSION_REPORT));
  }

  private Job timer(ProcessInstance pi, String activity) {
    return processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
  }

  @Test
  void reportedRectificationThatPassesReinspectionEndsRectified() {
    ProcessInstance pi = start("RECTIFY", false);
    assertThat(pi).isWaitingAt(TASK_ISSUE_NOTICE);
    assertThat(task(pi)).hasCandidateGroup("miit-370800");
    issueNotice(pi);
    assertThat(pi).isWaitingAt(TASK_AWAIT_RECTIFICATION);
    verify(steps).startRectification(any());
    report(pi);
    assertThat(pi).isWaitingAt(TASK_REINSPECT);
    complete(task(pi), withVariables(REINSPECTION_RESULT, PASSED));
    assertThat(pi).isEnded().hasPassed("Task_CloseCaseRectified", END_RECTIFIED);
  }

  @Test
  void anExtensionRequestGoesToTheOfficerAndBackToWaitingWithANewTimer() {
    ProcessInstance pi = start("RECTIFY", false);
    issueNotice(pi);
    when(steps.extensionRequested(any())).thenReturn(true);
    complete(task(TASK_AWAIT_RECTIFICATION, pi), withVariables(SUBMISSION, SUBMISSION_EXTENSION, EXTENSION_MONTHS, 3));
    verify(steps).submissionRecorded(any());
    assertThat(pi).isWaitingAt(TASK_DECIDE_EXTENSION);
    when(steps.extensionRequested(any())).thenReturn(false);
    Date later = Date.from(now.plus(270, ChronoUnit.DAYS));
    processEngine.getRuntimeService().setVariable(pi.getId(), VariableNames.DEADLINE, later);
    complete(task(pi), withVariables(EXTENSION_GRANTED, true));
    assertThat(pi).isWaitingAt(TASK_AWAIT_RECTIFICATION);
    assertThat(timer(pi, TIMER_DEADLINE).getDuedate()).isEqualTo(later);
  }

  @Test
  void theDeadlinePassingMarksTheCaseOverdueAndAFailedReinspectionClosesWithoutApproval() {
    ProcessInstance pi = start("RECTIFY", false);
    issueNotice(pi);
    execute(timer(pi, TIMER_DEADLINE));
    verify(steps).markOverdue(any());
    assertThat(pi).isWaitingAt(TASK_REINSPECT);
    complete(task(pi), withVariables(REINSPECTION_RESULT, "FAILED"));
    penaltyProcedure(pi, false);
    assertThat(pi).isWaitingAt(TASK_ISSUE_CLOSURE_ORDER);
    complete(task(pi), withVariables(EXIT_DEADLINE_AT, Date.from(now.plus(60, ChronoUnit.DAYS))));
    assertThat(pi).as("issue 18: the decision is served before it is executed").isWaitingAt(TASK_RECORD_DECISION_SERVICE);
    complete(task(pi));
    verify(steps).decisionServed(any());
    assertThat(pi).isWaitingAt(TASK_REVOKE_LICENCE, TASK_CONFIRM_EXIT);
    var licence = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_REVOKE_LICENCE).singleResult();
    assertThat(licence).hasCandidateGroup("samr-370800");
    complete(licence);
    complete(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_CONFIRM_EXIT).singleResult());
    assertThat(pi).isEnded().hasPassed("Task_RecordExit", CALL_DISMANTLE_CLOSED_LINES, END_EXITED);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId()).count())
        .as("one dismantle-or-seal per line").isEqualTo(2);
  }

  @Test
  void aClosureWithoutEquipmentEndsAfterTheExit() {
    when(steps.hasLines(any())).thenReturn(false);
    when(steps.licenceActions(any())).thenReturn(List.of());
    ProcessInstance pi = start("RECTIFY", false);
    issueNotice(pi);
    report(pi);
    complete(task(pi), withVariables(REINSPECTION_RESULT, "FAILED"));
    penaltyProcedure(pi, false);
    complete(task(pi), withVariables(EXIT_DEADLINE_AT, Date.from(now.plus(60, ChronoUnit.DAYS))));
    execute(timer(pi, TIMER_DECISION_SERVICE_OVERDUE));
    var supervise = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_SUPERVISE_DECISION_SERVICE).singleResult();
    assertThat(supervise).as("issue 18: a decision not served in time is supervised").hasCandidateGroup("miit-370800-head");
    complete(supervise);
    complete(task(TASK_RECORD_DECISION_SERVICE, pi));
    complete(task(pi));
    assertThat(pi).hasPassed("Event_DecisionServiceSupervised").isEnded().hasPassed(END_EXITED).hasNotPassed(CALL_DISMANTLE_CLOSED_LINES);
  }

  @Test
  void aReminderBeforeTheDeadlineGivesTheOfficerAFollowUpTask() {
    ProcessInstance pi = start("RECTIFY", false);
    issueNotice(pi);
    execute(timer(pi, TIMER_REMINDER));
    assertThat(pi).isWaitingAt(TASK_AWAIT_RECTIFICATION, TASK_FOLLOW_UP);
    complete(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_FOLLOW_UP).singleResult());
    assertThat(pi).hasPassed("Event_FollowUpDone").isWaitingAt(TASK_AWAIT_RECTIFICATION);
  }

  /** Issue 13, item 5: no task is left open behind a path that has moved on. */
  @Test
  void theFollowUpTaskEndsWithTheRectificationPeriod() {
    ProcessInstance pi = start("RECTIFY", false);
    issueNotice(pi);
    execute(timer(pi, TIMER_REMINDER));
    assertThat(pi).isWaitingAt(TASK_AWAIT_RECTIFICATION, TASK_FOLLOW_UP);
    execute(timer(pi, TIMER_DEADLINE));
    assertThat(pi).hasPassed(END_PERIOD_OVERDUE).isWaitingAt(TASK_REINSPECT);
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_FOLLOW_UP).count())
        .as("the follow-up ends with the period").isZero();
  }

  @Test
  void safetyStopsProductionAtOnce() {
    ProcessInstance pi = start("SUSPEND_IMMEDIATELY", true);
    assertThat(pi).isWaitingAt(TASK_ORDER_SUSPENSION);
    complete(task(pi), withVariables(REINSPECTION_DATE, "2025-04-20"));
    serveNotice(pi);
    assertThat(pi).isWaitingAt(TASK_AWAIT_RECTIFICATION);
  }

  /** 行政处罚法第六十四条 and 环境保护法第六十条: the hearing the enterprise asked for, then the government decides. */
  @Test
  void theGovernmentRefusesOnceThenApprovesTheClosureAfterAHearing() {
    ProcessInstance pi = start("RESTRICT_OR_SUSPEND", true);
    issueNotice(pi);
    report(pi);
    complete(task(pi), withVariables(REINSPECTION_RESULT, "FAILED"));
    penaltyProcedure(pi, true);
    verify(steps).hearingHeld(any());
    assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE);
    assertThat(task(pi)).hasCandidateGroup("gov-370800");
    complete(task(pi), withVariables(APPROVAL_DECISION, REFUSED));
    assertThat(pi).isWaitingAt(TASK_REINSPECT);
    complete(task(pi), withVariables(REINSPECTION_RESULT, "FAILED"));
    complete(task(TASK_PROPOSE_CLOSURE, pi));
    complete(task(TASK_NOTIFY_RIGHTS, pi));
    complete(task(TASK_HEAR_STATEMENT, pi));
    complete(task(TASK_NOTIFY_HEARING, pi));
    complete(task(TASK_HOLD_HEARING, pi));
    complete(task(pi), withVariables(APPROVAL_DECISION, APPROVED));
    assertThat(pi).isWaitingAt(TASK_ISSUE_CLOSURE_ORDER);
  }

  /** Issue 13, item 4 (环境保护法第六十条; 鲁工信产〔2022〕124号 二(二)3): a serious case is closed without a rectification period. */
  @Test
  void aSeriousEnvironmentCaseGoesStraightToTheClosureProcedure() {
    ProcessInstance pi = start("PROPOSE_CLOSURE", true);
    penaltyProcedure(pi, false);
    assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE).hasNotPassed(TASK_ISSUE_NOTICE, "Task_StartRectification");
  }

  /** Issue 13, item 3 (广东方案 二(三)3): 构成犯罪的，移送公安机关, at any time, the case going on. */
  @Test
  void anOfficerTransfersASuspectedCrimeToThePoliceWhileTheCaseGoesOn() {
    ProcessInstance pi = start("REVOKE_BUSINESS_LICENCE", false);
    assertThat(pi).isWaitingAt(TASK_PROPOSE_CLOSURE);
    processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_POLICE_TRANSFER_REQUESTED).processInstanceId(pi.getId()).correlate();
    assertThat(pi).isWaitingAt(TASK_PROPOSE_CLOSURE, TASK_APPROVE_TRANSFER);
    complete(task(TASK_APPROVE_TRANSFER, pi), withVariables(TRANSFER_DECISION, "APPROVED"));
    verify(steps).transferDecided(any());
    assertThat(pi).isWaitingAt(TASK_PROPOSE_CLOSURE, TASK_TRANSFER_TO_POLICE);
    complete(task(TASK_TRANSFER_TO_POLICE, pi));
    verify(steps).transferredToPolice(any());
    complete(task(TASK_RECORD_POLICE_DECISION, pi));
    verify(steps).policeDecided(any());
    assertThat(pi).hasPassed(END_POLICE_TRANSFERRED).isWaitingAt(TASK_PROPOSE_CLOSURE);
    // A second transfer the head refuses ends without reaching the police.
    processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_POLICE_TRANSFER_REQUESTED).processInstanceId(pi.getId()).correlate();
    complete(task(TASK_APPROVE_TRANSFER, pi), withVariables(TRANSFER_DECISION, "REJECTED"));
    assertThat(pi).hasPassed(END_TRANSFER_REFUSED).isWaitingAt(TASK_PROPOSE_CLOSURE);
    penaltyProcedure(pi, false);
    assertThat(pi).as("the licence revocation needs no government").isWaitingAt(TASK_ISSUE_CLOSURE_ORDER);
  }

  @Test
  void technologyEliminatesTheEquipmentThroughDismantleOrSeal() {
    ProcessInstance pi = start("ELIMINATE_EQUIPMENT", false);
    assertThat(pi).isWaitingAt(TASK_ISSUE_ELIMINATION_NOTICE);
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed(CALL_ELIMINATE_EQUIPMENT, "Task_RecordElimination", END_ELIMINATED);
    verify(steps).recordElimination(any());
  }

  @Test
  void anEnterpriseNotExitedByTheDeadlineGetsACreditRecordPushedAsynchronously() {
    ProcessInstance pi = start("RECTIFY", false);
    issueNotice(pi);
    report(pi);
    complete(task(pi), withVariables(REINSPECTION_RESULT, "FAILED"));
    penaltyProcedure(pi, false);
    complete(task(pi), withVariables(EXIT_DEADLINE_AT, Date.from(now.plus(60, ChronoUnit.DAYS))));
    complete(task(TASK_RECORD_DECISION_SERVICE, pi));
    execute(timer(pi, TIMER_EXIT_DEADLINE));
    assertThat(pi).isWaitingAt(TASK_RECORD_CREDIT);
    execute(job(TASK_RECORD_CREDIT, pi));
    assertThat(pi).isWaitingAt(TASK_PUSH_CREDIT);
    execute(job(TASK_PUSH_CREDIT, pi));
    assertThat(pi).isWaitingAt(TASK_REMIND_OR_ENFORCE);
    verify(steps).recordCreditPunishment(any());
    verify(steps).pushCreditRecord(any());
    Date reminded = Date.from(now.plus(80, ChronoUnit.DAYS));
    complete(task(TASK_REMIND_OR_ENFORCE, pi), withVariables(EXIT_DEADLINE_AT, reminded));
    verify(steps).remindedOrEnforced(any());
    assertThat(pi).isWaitingAt(TASK_CONFIRM_EXIT);
    assertThat(timer(pi, TIMER_EXIT_DEADLINE).getDuedate()).as("the reminder's period").isEqualTo(reminded);
  }

  @Test
  void aConfirmedRevivalOfSealedEquipmentOpensACaseThatGoesStraightToTheClosureProcedure() {
    Map<String, Object> v = new HashMap<>();
    v.put(VariableNames.JURISDICTION_CODE, "370800");
    v.put(VariableNames.CASE_NUMBER, "ZG-370800-2025-0002");
    v.put(LEAD_DEPARTMENT, "miit");
    v.put(NEEDS_GOVERNMENT_APPROVAL, false);
    when(steps.needsApproval(any())).thenReturn(true);
    ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByMessage("RevivalConfirmed", v);
    assertThat(pi).hasPassed("Task_RegisterRevivalCase", "Task_DetermineRevivalPolicy");
    penaltyProcedure(pi, false);
    assertThat(pi).as("issue 13, item 1: a revival's closure is the government's decision too").isWaitingAt(TASK_APPROVE_CLOSURE);
  }

  @Test
  void overdueTasksEscalateToTheHeadAndTheSupervisingLevel() {
    ProcessInstance pi = start("RECTIFY", false);
    execute(timer(pi, TIMER_NOTICE_OVERDUE));
    var supervise = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_SUPERVISE_NOTICE).singleResult();
    assertThat(supervise).hasCandidateGroup("miit-370800-head").hasCandidateGroup("miit-370000");
    complete(supervise);
    complete(task(TASK_ISSUE_NOTICE, pi));
    assertThat(pi).isWaitingAt(TASK_RECORD_NOTICE_SERVICE);
    execute(timer(pi, TIMER_SERVICE_OVERDUE));
    complete(task(TASK_SUPERVISE_SERVICE, pi));
    serveNotice(pi);
    report(pi);
    execute(timer(pi, TIMER_REINSPECTION_OVERDUE));
    complete(task(TASK_SUPERVISE_REINSPECTION, pi));
    assertThat(pi).hasPassed("Event_NoticeSupervised", "Event_ReinspectionSupervised").isWaitingAt(TASK_REINSPECT);
  }
}
