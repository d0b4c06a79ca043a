package cn.capacityexit.licences;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.process.ProcessVariables;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of unlicensed-production.bpmn ({@code ${unlicensed.…}}): each finds its case from the process instance and
 * reads only its form's fields.
 */
@Component("unlicensed")
public class UnlicensedSteps {

  private final UnlicensedProduction cases;

  UnlicensedSteps(UnlicensedProduction cases) {
    this.cases = cases;
  }

  /** 责令停止生产. */
  public void stopOrdered(DelegateTask task) {
    cases.orderStop(number(task), ProcessVariables.string(task, "stopOrderNumber"), ProcessVariables.string(task, "stopServedOn"),
        ProcessVariables.string(task, "seizedProducts"), task.getVariable("goodsValue"));
  }

  /** 告知拟作出的行政处罚: the decision task waits for the five days of a hearing request. */
  public void penaltyNotified(DelegateTask task) {
    LocalDate served = cases.notifyPenalty(number(task), ProcessVariables.string(task, "noticeNumber"),
        ProcessVariables.string(task, "noticeServedOn"));
    task.getExecution().setVariable("hearingWindowEndsAt", Date.from(Deadlines.endOfDay(cases.hearingWindowEnd(served))));
  }

  /** 作出行政处罚决定: the gateway reads {@code suspectedCrime}. */
  public void penaltyDecided(DelegateTask task) {
    boolean crime = cases.decide(number(task), ProcessVariables.string(task, "statement"), ProcessVariables.string(task, "hearingRequested"),
        ProcessVariables.string(task, "hearingOn"), ProcessVariables.string(task, "hearingRecord"), ProcessVariables.string(task, "penaltyNumber"), ProcessVariables.string(task, "penaltyOn"), task.getVariable("fine"),
        task.getVariable("illegalIncome"), ProcessVariables.string(task, "suspectedCrime"));
    task.getExecution().setVariable("crimeSuspected", crime);
  }

  /** 移送公安机关. */
  public void transferred(DelegateTask task) {
    cases.transfer(number(task), ProcessVariables.string(task, "transferLetter"), ProcessVariables.string(task, "transferOn"),
        ProcessVariables.string(task, "policeReceiptOn"));
  }

  private String number(DelegateTask task) {
    return cases.numberOfInstance(task.getProcessInstanceId());
  }
}
