package cn.capacityexit.sealing;

import java.util.Map;

/** The steps an elimination records, with their Chinese names. */
final class EliminationEvents {

  static final String REGISTERED = "REGISTERED";
  static final String ASSESSED = "ASSESSED";
  static final String STEP_DONE = "STEP_DONE";
  static final String SEALED = "SEALED";
  static final String PLEDGE_UPLOADED = "PLEDGE_UPLOADED";
  static final String ANNOUNCED = "ANNOUNCED";
  static final String REMINDED = "REMINDED";
  static final String OVERDUE = "OVERDUE";
  static final String DISMANTLED = "DISMANTLED";
  static final String ACCEPTED = "ACCEPTED";
  static final String ACCEPTANCE_FAILED = "ACCEPTANCE_FAILED";
  static final String REINSPECTED = "REINSPECTED";
  static final String RESERVE = "RESERVE";
  static final String RESERVE_REVIEWED = "RESERVE_REVIEWED";
  static final String COMPLAINT = "COMPLAINT";
  static final String COMPLAINT_HANDLED = "COMPLAINT_HANDLED";
  static final String REVIVAL_CONFIRMED = "REVIVAL_CONFIRMED";
  static final String EVIDENCE = "EVIDENCE";
  static final String INSPECTION_EVIDENCE = "INSPECTION_EVIDENCE";

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(REGISTERED, "列入淘汰"), Map.entry(INSPECTION_EVIDENCE, "依据检查记录列入淘汰"), Map.entry(ASSESSED, "评估拆除条件"), Map.entry(STEP_DONE, "封存措施到位"),
      Map.entry(SEALED, "封存完毕，生成承诺书"), Map.entry(PLEDGE_UPLOADED, "上传签字承诺书"), Map.entry(ANNOUNCED, "网站公告"),
      Map.entry(REMINDED, "拆除期限届满前提醒"), Map.entry(OVERDUE, "逾期未拆除，上级督办并记录失信"),
      Map.entry(DISMANTLED, "拆除主体设备"), Map.entry(ACCEPTED, "验收通过，产能退出"), Map.entry(ACCEPTANCE_FAILED, "验收未通过"),
      Map.entry(REINSPECTED, "退出后复查"), Map.entry(RESERVE, "关而不拆，转应急备用"), Map.entry(RESERVE_REVIEWED, "复核应急备用"),
      Map.entry(COMPLAINT, "收到复产举报"), Map.entry(COMPLAINT_HANDLED, "核查举报"), Map.entry(REVIVAL_CONFIRMED, "查实复产，移送关停"),
      Map.entry(EVIDENCE, "上传佐证材料"));

  private EliminationEvents() {}

  static String label(String kind) {
    return LABELS.getOrDefault(kind, kind);
  }
}
