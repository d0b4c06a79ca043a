package cn.capacityexit.sealing;

/** Names in processes/dismantle-or-seal.bpmn that code and tests refer to. */
public final class EliminationProcess {

  public static final String KEY = "dismantle-or-seal";
  public static final String MESSAGE_REVIVAL_REPORTED = "RevivalReported";

  public static final String TASK_ASSESS = "Task_AssessDismantling";
  public static final String TASK_DISMANTLE = "Task_DismantleEquipment";
  public static final String TASK_CUT_WATER = "Task_CutWater";
  public static final String TASK_CUT_POWER = "Task_CutPower";
  public static final String TASK_REMOVE_POWER_UNITS = "Task_RemovePowerUnits";
  public static final String TASK_SEAL = "Task_SealEquipment";
  public static final String TASK_UPLOAD_PLEDGE = "Task_UploadPledge";
  public static final String TASK_DISMANTLE_SEALED = "Task_DismantleSealedEquipment";
  public static final String TASK_FOLLOW_UP = "Task_FollowUpDismantling";
  public static final String TASK_RECORD_OVERDUE = "Task_RecordDismantleOverdue";
  public static final String TASK_SUPERVISE = "Task_SuperviseDismantling";
  public static final String TASK_ACCEPT = "Task_AcceptDismantling";
  public static final String TASK_REDO = "Task_RedoDismantling";
  public static final String TASK_REVIEW_RESERVE = "Task_ReviewReserve";
  public static final String TASK_REINSPECT = "Task_ReinspectEliminated";
  public static final String TASK_INSPECT_REVIVAL = "Task_InspectRevival";
  public static final String TIMER_DISMANTLE_DEADLINE = "Event_DismantleDeadlinePassed";
  public static final String TIMER_DISMANTLE_REMINDER = "Event_DismantleReminderDue";
  public static final String TIMER_REINSPECTION = "Event_ReinspectionDue";
  public static final String TIMER_RESERVE_REVIEW = "Event_ReserveReviewDue";
  public static final String END_ELIMINATED = "Event_EquipmentEliminated";

  public static final String ELIMINATION_NUMBER = "eliminationNumber";
  public static final String PRODUCTION_LINE_ID = "productionLineId";
  public static final String CATALOGUE_ITEM = "catalogueItem";
  public static final String PLAN_YEAR = "planYear";
  public static final String LINE_NAME = "lineName";
  public static final String CAPACITY_TEXT = "capacityText";
  public static final String SEAL_ALLOWED = "sealAllowed";
  public static final String RESERVE_ALLOWED = "reserveAllowed";
  public static final String LEGAL_BASIS = "legalBasis";
  public static final String ANNOUNCEMENT_SITE = "announcementSite";
  public static final String EVIDENCE_LINKS = "evidenceLinks";
  public static final String ELIMINATION_METHOD = "eliminationMethod";
  public static final String DISMANTLE_DEADLINE = "dismantleDeadline";
  public static final String DISMANTLE_DEADLINE_AT = "dismantleDeadlineAt";
  public static final String DISMANTLE_REMINDER_AT = "dismantleReminderAt";
  public static final String ASSESSMENT_NOTE = "assessmentNote";
  public static final String STEP_DATE = "stepDate";
  public static final String STEP_NAME = "stepName";
  public static final String DISMANTLED_ON = "dismantledOn";
  public static final String ACCEPTANCE_RESULT = "acceptanceResult";
  public static final String ACCEPTANCE_FINDINGS = "acceptanceFindings";
  public static final String RESERVE_REVIEW_AT = "reserveReviewAt";
  public static final String KEEP_AS_RESERVE = "keepAsReserve";
  public static final String REVIEW_NOTE = "reviewNote";
  public static final String REINSPECTION_AT = "reinspectionAt";
  public static final String REINSPECTION_FINDINGS = "reinspectionFindings";
  public static final String REVIVED = "revived";
  public static final String COMPLAINT_ID = "complaintId";
  public static final String COMPLAINT_CONTENT = "complaintContent";
  public static final String REVIVAL_CONFIRMED = "revivalConfirmed";
  public static final String INSPECTION_FINDINGS = "inspectionFindings";
  /** Form inputs of type File are named evidence_<STEP>, such as evidence_BEFORE. */
  public static final String EVIDENCE_PREFIX = "evidence_";

  private EliminationProcess() {}
}
