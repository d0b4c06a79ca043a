package cn.capacityexit.rectification;

import java.util.Map;

/** The kinds of steps a case records, with their Chinese names. */
public final class CaseEvents {

  public static final String REGISTERED = "REGISTERED";
  public static final String INSPECTION_EVIDENCE = "INSPECTION_EVIDENCE";
  public static final String POLICY_DETERMINED = "POLICY_DETERMINED";
  public static final String YELLOW_LISTED = "YELLOW_LISTED";
  public static final String REMINDED = "REMINDED";
  public static final String RECTIFICATION_REPORTED = "RECTIFICATION_REPORTED";
  public static final String EXTENSION_REQUESTED = "EXTENSION_REQUESTED";
  public static final String EXTENSION_GRANTED = "EXTENSION_GRANTED";
  public static final String EXTENSION_REFUSED = "EXTENSION_REFUSED";
  public static final String DEADLINE_PASSED = "DEADLINE_PASSED";
  public static final String REINSPECTED = "REINSPECTED";
  public static final String CLOSURE_APPROVED = "CLOSURE_APPROVED";
  public static final String CLOSURE_REFUSED = "CLOSURE_REFUSED";
  public static final String CLOSURE_ORDERED = "CLOSURE_ORDERED";
  public static final String LICENCE_REVOKED = "LICENCE_REVOKED";
  public static final String CREDIT_RECORDED = "CREDIT_RECORDED";
  public static final String EXITED = "EXITED";
  public static final String RECTIFIED = "RECTIFIED";
  public static final String ESCALATED = "ESCALATED";
  public static final String ELIMINATION_ORDERED = "ELIMINATION_ORDERED";
  public static final String ELIMINATED = "ELIMINATED";
  public static final String CLOSURE_PROPOSED = "CLOSURE_PROPOSED";
  public static final String RIGHTS_NOTIFIED = "RIGHTS_NOTIFIED";
  public static final String STATEMENT_HEARD = "STATEMENT_HEARD";
  public static final String HEARING_HELD = "HEARING_HELD";
  public static final String ENFORCEMENT_REMINDED = "ENFORCEMENT_REMINDED";
  public static final String ENFORCEMENT_DECIDED = "ENFORCEMENT_DECIDED";
  public static final String POLICE_TRANSFER = "POLICE_TRANSFER";
  public static final String POLICE_TRANSFER_APPROVED = "POLICE_TRANSFER_APPROVED";
  public static final String POLICE_TRANSFER_REFUSED = "POLICE_TRANSFER_REFUSED";
  public static final String POLICE_DECISION = "POLICE_DECISION";
  public static final String NOTICE_SERVED = "NOTICE_SERVED";

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(REGISTERED, "登记案件"), Map.entry(INSPECTION_EVIDENCE, "依据检查记录立案"), Map.entry(POLICY_DETERMINED, "确定处置规则"),
      Map.entry(YELLOW_LISTED, "列入黄牌名单"), Map.entry(REMINDED, "期限届满前提醒"),
      Map.entry(RECTIFICATION_REPORTED, "企业报告整改完成"), Map.entry(EXTENSION_REQUESTED, "企业申请延期"),
      Map.entry(EXTENSION_GRANTED, "批准延期"), Map.entry(EXTENSION_REFUSED, "不予延期"),
      Map.entry(DEADLINE_PASSED, "整改期限届满"), Map.entry(REINSPECTED, "复查"),
      Map.entry(CLOSURE_APPROVED, "政府批准关闭"), Map.entry(CLOSURE_REFUSED, "政府退回关闭申请"),
      Map.entry(CLOSURE_ORDERED, "下达关停决定，列入红牌名单"), Map.entry(LICENCE_REVOKED, "办理证照注销、吊销"),
      Map.entry(CREDIT_RECORDED, "推送信用惩戒记录"), Map.entry(EXITED, "关停退出到位，产能计入退出"),
      Map.entry(RECTIFIED, "整改销号，移出黄牌名单"), Map.entry(ESCALATED, "逾期督办"),
      Map.entry(ELIMINATION_ORDERED, "下达淘汰落后设备通知"), Map.entry(ELIMINATED, "落后设备淘汰完毕"),
      Map.entry(CLOSURE_PROPOSED, "提出关停意见"), Map.entry(RIGHTS_NOTIFIED, "告知陈述申辩和听证权利"),
      Map.entry(STATEMENT_HEARD, "听取陈述申辩"), Map.entry(HEARING_HELD, "举行听证"),
      Map.entry(ENFORCEMENT_REMINDED, "催告履行关停决定"), Map.entry(ENFORCEMENT_DECIDED, "作出强制执行决定"),
      Map.entry(POLICE_TRANSFER, "移送公安机关"), Map.entry(POLICE_TRANSFER_APPROVED, "批准移送涉嫌犯罪案件"),
      Map.entry(POLICE_TRANSFER_REFUSED, "不批准移送涉嫌犯罪案件"), Map.entry(POLICE_DECISION, "公安机关立案决定"), Map.entry(NOTICE_SERVED, "送达整改通知书（决定书）"));

  private CaseEvents() {}

  public static String label(String kind) {
    return LABELS.getOrDefault(kind, kind);
  }
}
