package cn.capacityexit.rectification;

import cn.capacityexit.process.VariableNames;

/** Names in processes/rectification-to-closure.bpmn that code and tests refer to. */
public final class RectificationProcess {

  public static final String KEY = "rectification-to-closure";

  /** The message start that takes a revived line straight to closure. */
  public static final String MESSAGE_REVIVAL_CONFIRMED = "RevivalConfirmed";
  /** Starts the transfer of a suspected crime to the police (event subprocess), at any time of the case. */
  public static final String MESSAGE_POLICE_TRANSFER_REQUESTED = "PoliceTransferRequested";

  // Activities
  public static final String START = "Event_FindingRegistered";
  public static final String TASK_ORDER_SUSPENSION = "Task_OrderSuspension";
  public static final String TASK_ISSUE_NOTICE = "Task_IssueRectificationNotice";
  public static final String TASK_SUPERVISE_NOTICE = "Task_SuperviseNotice";
  public static final String TASK_AWAIT_RECTIFICATION = "Task_AwaitRectification";
  public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
  public static final String TASK_FOLLOW_UP = "Task_FollowUpRectification";
  public static final String TASK_REINSPECT = "Task_Reinspect";
  public static final String TASK_SUPERVISE_REINSPECTION = "Task_SuperviseReinspection";
  public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";
  public static final String TASK_ISSUE_CLOSURE_ORDER = "Task_IssueClosureOrder";
  public static final String TASK_RECORD_DECISION_SERVICE = "Task_RecordDecisionService";
  public static final String TASK_REVOKE_LICENCE = "Task_RevokeLicence";
  public static final String TASK_CONFIRM_EXIT = "Task_ConfirmExit";
  public static final String TASK_RECORD_CREDIT = "Task_RecordCreditPunishment";
  public static final String TASK_PUSH_CREDIT = "Task_PushCreditRecord";
  public static final String TASK_ISSUE_ELIMINATION_NOTICE = "Task_IssueEliminationNotice";
  public static final String TASK_PROPOSE_CLOSURE = "Task_ProposeClosure";
  public static final String TASK_NOTIFY_RIGHTS = "Task_NotifyRights";
  public static final String TASK_HEAR_STATEMENT = "Task_HearStatement";
  public static final String TASK_NOTIFY_HEARING = "Task_NotifyHearing";
  public static final String TASK_HOLD_HEARING = "Task_HoldHearing";
  public static final String TASK_REMIND_OR_ENFORCE = "Task_RemindOrEnforce";
  public static final String TASK_TRANSFER_TO_POLICE = "Task_TransferToPolice";
  public static final String TASK_APPROVE_TRANSFER = "Task_ApproveTransfer";
  public static final String TASK_RECORD_POLICE_DECISION = "Task_RecordPoliceDecision";
  public static final String GATEWAY_TRANSFER_APPROVED = "Gateway_TransferApproved";
  public static final String END_TRANSFER_REFUSED = "Event_TransferRefused";
  public static final String SUBPROCESS_RECTIFICATION_PERIOD = "SubProcess_RectificationPeriod";
  public static final String SUBPROCESS_POLICE_TRANSFER = "SubProcess_PoliceTransfer";
  public static final String END_PERIOD_OVERDUE = "Event_PeriodOverdue";
  public static final String END_RECTIFICATION_REPORTED = "Event_RectificationReported";
  public static final String END_POLICE_TRANSFERRED = "Event_PoliceTransferred";
  public static final String CALL_DISMANTLE_CLOSED_LINES = "CallActivity_DismantleOrSealLines";
  public static final String CALL_ELIMINATE_EQUIPMENT = "CallActivity_EliminateEquipment";
  public static final String END_RECTIFIED = "Event_CaseRectified";
  public static final String END_EXITED = "Event_CapacityExited";
  public static final String END_ELIMINATED = "Event_EquipmentEliminated";
  public static final String TIMER_DEADLINE = "Event_RectificationDeadlinePassed";
  public static final String TIMER_REMINDER = "Event_ReminderDue";
  public static final String TIMER_EXIT_DEADLINE = "Event_ExitDeadlinePassed";
  public static final String TIMER_NOTICE_OVERDUE = "Event_NoticeOverdue";
  public static final String TIMER_REINSPECTION_OVERDUE = "Event_ReinspectionOverdue";

  // Variables (besides cn.capacityexit.process.VariableNames)
  public static final String DIMENSION = "dimension";
  public static final String DIMENSION_NAME = "dimensionName";
  public static final String SEVERITY = "severity";
  public static final String VIOLATION = "violation";
  public static final String FINDING_DATE = "findingDate";
  public static final String DESCRIPTION = "description";
  public static final String PRODUCTION_LINE_IDS = "productionLineIds";
  public static final String LEAD_DEPARTMENT = VariableNames.LEAD_DEPARTMENT;
  public static final String FIRST_MEASURE = "firstMeasure";
  public static final String FIRST_MEASURE_NAME = "firstMeasureName";
  public static final String NEEDS_GOVERNMENT_APPROVAL = "needsGovernmentApproval";
  public static final String LEGAL_BASIS = "legalBasis";
  public static final String HAS_STATUTORY_PERIOD = "hasStatutoryPeriod";
  public static final String MAX_EXTENSION_MONTHS = "maxExtensionMonths";
  public static final String DEADLINE_DATE = "deadlineDate";
  public static final String REMINDER_DATE = "reminderDate";
  public static final String REINSPECTION_DATE = "reinspectionDate";
  public static final String SUBMISSION = "submission";
  public static final String SUBMISSION_REPORT = "REPORT";
  public static final String SUBMISSION_EXTENSION = "EXTENSION";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String RECTIFICATION_REPORT = "rectificationReport";
  public static final String EXTENSION_OFFERED = "extensionOffered";
  public static final String EXTENSION_MONTHS = "extensionMonths";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_GRANTED = "extensionGranted";
  public static final String EXTENSION_COMMENT = "extensionComment";
  public static final String REINSPECTION_RESULT = "reinspectionResult";
  public static final String REINSPECTION_FINDINGS = "reinspectionFindings";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String CLOSURE_ORDER_NUMBER = "closureOrderNumber";
  public static final String EXIT_DEADLINE = "exitDeadline";
  public static final String EXIT_DEADLINE_AT = "exitDeadlineAt";
  public static final String EXIT_CONFIRMED = "exitConfirmed";
  public static final String EXIT_DATE = "exitDate";
  public static final String LICENCE_ACTION = "licenceAction";
  public static final String LICENCE_DOCUMENT_NUMBER = "licenceDocumentNumber";
  public static final String LICENCE_OUTCOME = "licenceOutcome";
  public static final String CREDIT_RECORD_KEY = "creditRecordKey";
  public static final String OVERDUE_TASK_NAME = "overdueTaskName";
  public static final String PRODUCTION_LINE_ID = "productionLineId";
  // Fields of the notice, the penalty procedure and the enforcement (forms/*.form)
  public static final String SERVED_ON = "servedOn";
  public static final String SERVICE_METHOD = "serviceMethod";
  public static final String SEAL = "seal";
  /** The signed proof of service uploaded with the service (a File variable, moved to the document store). */
  public static final String SERVICE_PROOF = "serviceProof";
  public static final String NOTICE_DOCUMENT_NUMBER = "noticeDocumentNumber";
  public static final String RIGHTS_DOCUMENT_NUMBER = "rightsDocumentNumber";
  public static final String TASK_RECORD_NOTICE_SERVICE = "Task_RecordNoticeService";
  public static final String TASK_SUPERVISE_SERVICE = "Task_SuperviseService";
  public static final String TIMER_SERVICE_OVERDUE = "Event_ServiceOverdue";
  public static final String TASK_SUPERVISE_DECISION_SERVICE = "Task_SuperviseDecisionService";
  public static final String TIMER_DECISION_SERVICE_OVERDUE = "Event_DecisionServiceOverdue";
  public static final String INTERIM_MEASURE = "interimMeasure";
  public static final String PERIOD_TEXT = "periodText";
  public static final String PROPOSED_DECISION = "proposedDecision";
  public static final String APPROVING_GOVERNMENT = "approvingGovernment";
  public static final String CLOSURE_PROPOSAL = "closureProposal";
  public static final String RIGHTS_NOTICE_NUMBER = "rightsNoticeNumber";
  public static final String RIGHTS_SERVED_ON = "rightsServedOn";
  public static final String HEARING_REQUEST_ENDS = "hearingRequestEnds";
  public static final String STATEMENT = "statement";
  public static final String HEARING_REQUESTED = "hearingRequested";
  public static final String HEARING_REQUESTED_ON = "hearingRequestedOn";
  public static final String HEARING_NOTICE_DATE = "hearingNoticeDate";
  public static final String HEARING_DATE = "hearingDate";
  public static final String HEARING_HOST = "hearingHost";
  public static final String HEARING_TIME = "hearingTime";
  public static final String HEARING_PLACE = "hearingPlace";
  public static final String HEARING_PUBLIC = "hearingPublic";
  public static final String HEARING_PRIVATE_REASON = "hearingPrivateReason";
  public static final String HEARING_ATTENDEES = "hearingAttendees";
  public static final String PARTY_STATEMENT = "partyStatement";
  public static final String HEARING_CONCLUSION = "hearingConclusion";
  public static final String ENFORCEMENT_ACTION = "enforcementAction";
  public static final String ENFORCEMENT_DOCUMENT_NUMBER = "enforcementDocumentNumber";
  public static final String ENFORCEMENT_SERVED_ON = "enforcementServedOn";
  public static final String NEW_EXIT_DEADLINE = "newExitDeadline";
  public static final String TRANSFER_NUMBER = "transferNumber";
  public static final String TRANSFER_DATE = "transferDate";
  public static final String POLICE_AGENCY = "policeAgency";
  public static final String TRANSFER_REASON = "transferReason";
  public static final String TRANSFER_DECISION = "transferDecision";
  public static final String TRANSFER_COMMENT = "transferComment";
  public static final String MATERIALS_INVESTIGATION_REPORT = "materialsInvestigationReport";
  public static final String MATERIALS_ITEM_LIST = "materialsItemList";
  public static final String MATERIALS_TEST_REPORT = "materialsTestReport";
  public static final String POLICE_RECEIPT_ON = "policeReceiptOn";
  public static final String POLICE_DECISION = "policeDecision";
  public static final String POLICE_NOTICE_NUMBER = "policeNoticeNumber";
  public static final String POLICE_DECISION_ON = "policeDecisionOn";
  public static final String POLICE_FOLLOW_UP = "policeFollowUp";

  public static final String PASSED = "PASSED";
  public static final String APPROVED = "APPROVED";
  public static final String REFUSED = "REFUSED";

  private RectificationProcess() {}
}
