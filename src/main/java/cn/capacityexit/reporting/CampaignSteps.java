package cn.capacityexit.reporting;

import static cn.capacityexit.reporting.CampaignProcess.*;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.calendar.HandlingPeriods;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.process.ProcessVariables;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Actors;
import cn.capacityexit.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The steps of annual-campaign.bpmn: each milestone of the jurisdiction's calendar becomes a
 * track with its own tasks and statutory date; reminders and escalations are task timeouts.
 */
@Component("campaign")
public class CampaignSteps {

  private final CampaignService campaigns;
  private final Calendars calendars;
  private final WorkingDays workingDays;
  private final HandlingPeriods periods;
  private final Organisation organisation;
  private final Actors actors;
  private final Clock clock;
  private final CampaignEngine engine;

  public CampaignSteps(CampaignService campaigns, Calendars calendars, WorkingDays workingDays, HandlingPeriods periods,
      Organisation organisation, Actors actors, Clock clock, CampaignEngine engine) {
    this.campaigns = campaigns;
    this.calendars = calendars;
    this.workingDays = workingDays;
    this.periods = periods;
    this.organisation = organisation;
    this.actors = actors;
    this.clock = clock;
    this.engine = engine;
  }

  public void prepare(DelegateExecution execution) {
    String jurisdiction = string(execution, VariableNames.JURISDICTION_CODE);
    int year = wholeYear(string(execution, CAMPAIGN_YEAR));
    String parent = string(execution, PARENT_CAMPAIGN_ID);
    if (parent == null) {
      campaigns.validate(actors.caller(), jurisdiction, year);
    }
    String id = campaigns.prepare(jurisdiction, year, parent, actors.actor(null), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(id);
    execution.setVariable(CAMPAIGN_ID, id);
    execution.setVariable(CAMPAIGN_YEAR, year);
    execution.setVariable(VariableNames.ENTERPRISE_NAME, organisation.jurisdiction(jurisdiction).map(Jurisdiction::name).orElse(jurisdiction) + year + "年度工作");
    Optional<Period> dispatch = campaigns.dispatchPeriod(jurisdiction, year);
    execution.setVariable(HAS_DISPATCH, dispatch.isPresent());
    dispatch.ifPresent(p -> execution.setVariable(NEXT_DISPATCH_AT, nextDispatch(p, year)));
  }

  public List<String> milestoneKeys(DelegateExecution execution) {
    return campaigns.ownWork(string(execution, CAMPAIGN_ID));
  }

  /** Starts a lower level's campaign as its own process instance, in its own jurisdiction's tenant. */
  public void startChild(DelegateExecution execution) {
    String child = string(execution, CHILD_JURISDICTION);
    int year = Integer.parseInt(string(execution, CAMPAIGN_YEAR));
    if (!campaigns.exists(child, year)) {
      engine.startChild(child, year, string(execution, CAMPAIGN_ID));
    } else {
      campaigns.adopt(child, year, string(execution, CAMPAIGN_ID));
    }
  }

  /** A campaign's year as the start form or the API gives it: a whole year ("2024"; "2024.0" from a number field), never 2024.5. */
  static int wholeYear(String value) {
    try {
      java.math.BigDecimal year = new java.math.BigDecimal(value == null ? "" : value.strip());
      if (year.stripTrailingZeros().scale() > 0) {
        throw new InvalidInputException(CAMPAIGN_YEAR, "年度应为整数年份，如2025");
      }
      return year.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(CAMPAIGN_YEAR, "年度应为整数年份，如2025");
    }
  }

  public List<String> childJurisdictions(DelegateExecution execution) {
    return calendars.children(string(execution, VariableNames.JURISDICTION_CODE));
  }

  /** Opens one milestone's track: its name, statutory date, reminder and, for reports, the exits so far. */
  public void openMilestone(DelegateExecution execution) {
    Campaign.Step step = campaigns.milestone(string(execution, CAMPAIGN_ID), string(execution, MILESTONE_KEY));
    execution.setVariableLocal(MILESTONE_NAME, step.name());
    execution.setVariableLocal(MILESTONE_KIND, step.kind());
    execution.setVariableLocal(MILESTONE_DUE, step.due().toString());
    execution.setVariableLocal(VariableNames.DEADLINE, Date.from(Deadlines.endOfDay(step.due())));
    execution.setVariableLocal(MILESTONE_DUE_AT, Date.from(Deadlines.endOfDay(step.due())));
    execution.setVariableLocal(MILESTONE_REMINDER_AT, Date.from(periods.reminderBefore(step.due())));
    execution.setVariableLocal(NEEDS_APPROVAL, step.governmentApproval());
    // Declared on this track's scope, so that the tasks inside set them here and not on the campaign.
    execution.setVariableLocal(APPROVED, null);
    execution.setVariableLocal(OBJECTION_WINDOW_ENDS, null);
    execution.setVariableLocal(OBJECTION_WINDOW_ENDS_AT, null);
    if (!step.kind().equals("TASK")) {
      int year = Integer.parseInt(string(execution, CAMPAIGN_YEAR));
      String jurisdiction = string(execution, VariableNames.JURISDICTION_CODE);
      execution.setVariableLocal(MILESTONE_REPORT, campaigns.exitsSoFar(jurisdiction, year)
          + "\n\n落后产能退出情况统计表：/api/reports/annual-exits?jurisdiction=" + jurisdiction + "&year=" + year + "&format=xlsx");
    }
  }

  public List<String> groups(DelegateExecution execution) {
    String jurisdiction = string(execution, VariableNames.JURISDICTION_CODE);
    return campaigns.groups(jurisdiction, campaigns.milestone(string(execution, CAMPAIGN_ID), string(execution, MILESTONE_KEY)));
  }

  /** Before the date: the task moves up the officer's list. */
  public void remind(DelegateTask task) {
    task.setPriority(Math.max(task.getPriority(), 80));
  }

  /**
   * Past the date: the milestone is overdue and the body that receives the work supervises it
   * (通报、约谈), naming the late department: a department's report to its own level's MIIT is
   * supervised there; the level's own duty to the level above is supervised by the level above. One
   * milestone-supervision instance per late task, in the supervising jurisdiction's tenant.
   */
  public void overdue(DelegateTask task) {
    String campaignId = string(task, CAMPAIGN_ID);
    String jurisdiction = string(task, VariableNames.JURISDICTION_CODE);
    String key = string(task, MILESTONE_KEY);
    Campaign.Step step = campaigns.milestone(campaignId, key);
    String late = task.getCandidates().stream().map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .filter(g -> g != null && !g.endsWith("-head")).findFirst().orElse(GroupIds.department("miit", jurisdiction));
    String receiver = campaigns.overdue(campaignId, key, late, step.scope());
    String supervising = receiver.substring(receiver.indexOf('-') + 1).replace("-head", "");
    String subject = organisation.groupName(late) + "“" + string(task, MILESTONE_NAME) + "”逾期（"
        + campaigns.escalationOf(jurisdiction, Integer.parseInt(string(task, CAMPAIGN_YEAR))) + "）";
    engine.superviseOverdue(campaignId, supervising, receiver, subject, "年度工作" + campaignId + "，法定期限" + string(task, MILESTONE_DUE));
  }

  /** The officer's work on a milestone is recorded with the task. */
  public void completed(DelegateTask task) {
    Object note = task.getVariable("milestoneNote");
    if (note == null || note.toString().isBlank()) {
      throw new InvalidInputException("milestoneNote", "请填写办理情况");
    }
  }

  /** Reports go to the receiving industry and IT department (工信), which reviews them. */
  public boolean needsReview(DelegateExecution execution) {
    return "REPORT".equals(string(execution, MILESTONE_KIND));
  }

  /** The receiving department: this level's MIIT for its departments' reports, the level above's for its own. */
  public String reviewGroup(DelegateExecution execution) {
    String jurisdiction = string(execution, VariableNames.JURISDICTION_CODE);
    Campaign.Step step = campaigns.milestone(string(execution, CAMPAIGN_ID), string(execution, MILESTONE_KEY));
    String receiver = step.scope().equals("OWN") ? jurisdiction
        : organisation.parentOf(jurisdiction).map(Jurisdiction::code).orElse(jurisdiction);
    return GroupIds.department("miit", receiver);
  }

  public void reviewed(DelegateTask task) {
    Object note = task.getVariable("reviewNote");
    if (note == null || note.toString().isBlank()) {
      throw new InvalidInputException("reviewNote", "请填写审核意见");
    }
  }

  /** The government's decision belongs to this milestone's track only. */
  public void approved(DelegateTask task) {
    task.getExecution().setVariable(APPROVED, Boolean.TRUE.equals(task.getVariable(APPROVED)));
  }

  /** The yearly launcher: a campaign for every province with a calendar, unless it runs already. */
  public void launchProvinces(DelegateExecution execution) {
    int year = Deadlines.today(clock).getYear();
    for (Jurisdiction j : organisation.jurisdictions()) {
      if (j.isProvince() && calendars.own(j.code(), year).isPresent() && !campaigns.exists(j.code(), year)) {
        engine.startProvince(j.code(), year);
      }
    }
  }

  /** The public notice is out: the objection window ends after the working days the calendar sets. */
  public void noticePublished(DelegateTask task) {
    Campaign.Step step = campaigns.milestone(string(task, CAMPAIGN_ID), string(task, MILESTONE_KEY));
    int days = calendars.milestones(string(task, VariableNames.JURISDICTION_CODE), Integer.parseInt(string(task, CAMPAIGN_YEAR))).stream()
        .filter(m -> m.key().equals(step.key())).findFirst().map(Milestone::objectionWorkingDays).filter(d -> d != null).orElse(periods.objectionWorkingDays());
    LocalDate ends = workingDays.plusWorkingDays(Deadlines.today(clock), days);
    task.getExecution().setVariable(OBJECTION_WINDOW_ENDS, ends.toString());
    task.getExecution().setVariable(OBJECTION_WINDOW_ENDS_AT, Date.from(Deadlines.endOfDay(ends)));
  }

  public void recordMilestone(DelegateExecution execution) {
    campaigns.done(string(execution, CAMPAIGN_ID), string(execution, MILESTONE_KEY), actors.actor(null));
  }

  /** The joint meeting's regular dispatch, pre-filled with the jurisdiction's cases and exits. */
  public void dispatchOpened(DelegateTask task) {
    String jurisdiction = string(task, VariableNames.JURISDICTION_CODE);
    task.setVariableLocal(DISPATCH_REPORT, campaigns.casesSoFar(jurisdiction) + campaigns.exitsSoFar(jurisdiction,
        Integer.parseInt(string(task, CAMPAIGN_YEAR))));
  }

  public void dispatched(DelegateTask task) {
    String jurisdiction = string(task, VariableNames.JURISDICTION_CODE);
    int year = Integer.parseInt(string(task, CAMPAIGN_YEAR));
    campaigns.dispatchPeriod(jurisdiction, year).ifPresent(p -> task.getExecution().setVariable(NEXT_DISPATCH_AT, nextDispatch(p, year)));
  }

  /** Dispatch goes on through the plan year. */
  public boolean dispatchContinues(DelegateExecution execution) {
    Object next = execution.getVariable(NEXT_DISPATCH_AT);
    int year = Integer.parseInt(string(execution, CAMPAIGN_YEAR));
    return next instanceof Date d && !d.toInstant().isAfter(Deadlines.endOfDay(LocalDate.of(year, 12, 31)));
  }

  public void close(DelegateExecution execution) {
    campaigns.finish(string(execution, CAMPAIGN_ID));
  }

  private Date nextDispatch(Period period, int year) {
    LocalDate today = Deadlines.today(clock);
    LocalDate from = today.getYear() < year ? LocalDate.of(year, 1, 1) : today;
    return Date.from(from.plus(period).atTime(9, 0).atZone(Deadlines.CHINA).toInstant());
  }

  private static String string(VariableScope scope, String name) {
    return ProcessVariables.string(scope, name);
  }
}
