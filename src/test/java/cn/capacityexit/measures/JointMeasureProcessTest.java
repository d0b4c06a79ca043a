package cn.capacityexit.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.capacityexit.calendar.HandlingPeriods;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** joint-measure.bpmn: applied by the department that holds it, lifted when the case ends, withdrawn if it ends first. */
@Deployment(resources = "processes/joint-measure.bpmn")
class JointMeasureProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-unit-test.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  ProcessEngine processEngine;
  MeasureSteps steps = mock(MeasureSteps.class);

  @BeforeEach
  void mocks() {
    HandlingPeriods periods = mock(HandlingPeriods.class);
    when(periods.due(anyString())).thenReturn(new Date());
    Mocks.register("dueDates", periods);
    Mocks.register("measures", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance raise(boolean liftable) {
    ProcessInstance pi = processEngine.getRuntimeService().createProcessInstanceByKey(MeasureProcess.KEY).businessKey("LM-370800-2026-0001-01")
        .setVariables(Map.of("jurisdictionCode", "370800", "caseNumber", "ZG-370800-2026-0001", "measureTitle", "执行差别化能源资源价格",
            "measureGroup", "ndrc-370800", "measureLiftable", liftable))
        .execute();
    // The start is asynchronous: the case's step that raised the measure commits first.
    assertThat(pi).isWaitingAt("Event_MeasureRaised");
    execute(job());
    assertThat(pi).isWaitingAt("Task_ApplyMeasure");
    assertThat(task(pi).getName()).isEqualTo("落实联合措施：执行差别化能源资源价格");
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(task(pi).getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("ndrc-370800");
    return pi;
  }

  @Test
  void aLastingMeasureIsAppliedThenLiftedWhenTheCaseEnds() {
    ProcessInstance pi = raise(true);
    when(steps.awaitsLift(any(DelegateExecution.class))).thenReturn(true);
    complete(task(pi));
    verify(steps).applied(any());
    assertThat(pi).isWaitingAt("Event_CaseEnded");
    processEngine.getRuntimeService().createMessageCorrelation(MeasureProcess.MESSAGE_CASE_ENDED)
        .processInstanceVariableEquals("caseNumber", "ZG-370800-2026-0001").setVariable("caseOutcome", "整改销号").correlateAll();
    assertThat(pi).isWaitingAt("Task_LiftMeasure");
    assertThat(task(pi).getName()).isEqualTo("解除联合措施：执行差别化能源资源价格");
    complete(task(pi));
    verify(steps).lifted(any());
    assertThat(pi).isEnded().hasPassed("Event_MeasureLifted");
  }

  @Test
  void aFollowThroughMeasureEndsOnceRecorded() {
    ProcessInstance pi = raise(false);
    when(steps.awaitsLift(any(DelegateExecution.class))).thenReturn(false);
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_MeasureDone");
    verify(steps, never()).lifted(any());
  }

  @Test
  void aCaseThatEndsBeforeTheMeasureIsAppliedWithdrawsIt() {
    ProcessInstance pi = raise(true);
    processEngine.getRuntimeService().createMessageCorrelation(MeasureProcess.MESSAGE_CASE_ENDED)
        .processInstanceVariableEquals("caseNumber", "ZG-370800-2026-0001").correlateAll();
    verify(steps).withdrawn(any());
    verify(steps, never()).applied(any());
    assertThat(pi).isEnded().hasPassed("Event_MeasureWithdrawn");
  }

  @Test
  void aJointPunishmentIsLiftedWhenTheCreditIsRepaired() {
    ProcessInstance pi = raise(false);
    when(steps.awaitsLift(any(DelegateExecution.class))).thenReturn(false);
    when(steps.awaitsRepair(any(DelegateExecution.class))).thenReturn(true);
    complete(task(pi));
    assertThat(pi).isWaitingAt("Event_CreditRepaired");
    processEngine.getRuntimeService().createMessageCorrelation(MeasureProcess.MESSAGE_CREDIT_REPAIRED)
        .processInstanceVariableEquals("caseNumber", "ZG-370800-2026-0001").setVariable("caseOutcome", "信用修复").correlateAll();
    assertThat(pi).isWaitingAt("Task_LiftMeasure");
    complete(task(pi));
    verify(steps).lifted(any());
    assertThat(pi).isEnded().hasPassed("Event_CreditRepaired", "Event_MeasureLifted");
  }

  @Test
  void aRepairBeforeThePunishmentIsAppliedWithdrawsIt() {
    ProcessInstance pi = raise(false);
    processEngine.getRuntimeService().createMessageCorrelation(MeasureProcess.MESSAGE_CREDIT_REPAIRED)
        .processInstanceVariableEquals("caseNumber", "ZG-370800-2026-0001").correlateAll();
    verify(steps).withdrawn(any());
    assertThat(pi).isEnded().hasPassed("Event_CreditRepairedFirst", "Event_MeasureWithdrawn");
  }
}
