package cn.capacityexit.reporting;

/** Names in processes/annual-campaign.bpmn that code and tests refer to. */
public final class CampaignProcess {

  public static final String SUPERVISION_KEY = "milestone-supervision";
  public static final String TASK_SUPERVISE_MILESTONE = "Task_SuperviseMilestone";
  public static final String SUPERVISING_GROUP = "supervisingGroup";
  public static final String SUPERVISION_SUBJECT = "supervisionSubject";
  public static final String SUPERVISION_DETAIL = "supervisionDetail";
  public static final String KEY = "annual-campaign";
  public static final String LAUNCHER_KEY = "annual-campaign-launcher";

  public static final String TASK_COMPLETE = "Task_CompleteMilestone";
  public static final String TASK_PUBLISH_NOTICE = "Task_PublishNotice";
  public static final String TASK_HANDLE_OBJECTIONS = "Task_HandleObjections";
  public static final String TASK_APPROVE = "Task_ApproveMilestone";
  public static final String TASK_DISPATCH = "Task_DispatchProgress";
  public static final String TIMER_OBJECTION_WINDOW = "Event_ObjectionWindowClosed";
  public static final String TIMER_DISPATCH = "Event_DispatchDue";
  public static final String TASK_START_CHILDREN = "Task_StartChildCampaigns";

  public static final String CAMPAIGN_ID = "campaignId";
  public static final String CAMPAIGN_YEAR = "campaignYear";
  public static final String PARENT_CAMPAIGN_ID = "parentCampaignId";
  public static final String CHILD_JURISDICTION = "childJurisdiction";
  public static final String MILESTONE_KEY = "milestoneKey";
  public static final String MILESTONE_NAME = "milestoneName";
  public static final String MILESTONE_KIND = "milestoneKind";
  public static final String MILESTONE_DUE = "milestoneDue";
  public static final String MILESTONE_DUE_AT = "milestoneDueAt";
  public static final String MILESTONE_REMINDER_AT = "milestoneReminderAt";
  public static final String MILESTONE_REPORT = "milestoneReport";
  public static final String MILESTONE_GROUP = "milestoneGroup";
  public static final String NEEDS_APPROVAL = "needsApproval";
  public static final String APPROVED = "milestoneApproved";
  public static final String OBJECTION_WINDOW_ENDS_AT = "objectionWindowEndsAt";
  public static final String OBJECTION_WINDOW_ENDS = "objectionWindowEnds";
  public static final String HAS_DISPATCH = "hasDispatch";
  public static final String NEXT_DISPATCH_AT = "nextDispatchAt";
  public static final String DISPATCH_REPORT = "dispatchReport";

  private CampaignProcess() {}
}
