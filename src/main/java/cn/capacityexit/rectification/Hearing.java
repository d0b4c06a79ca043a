package cn.capacityexit.rectification;

import cn.capacityexit.web.Problems;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A hearing the enterprise asked for (行政处罚法第六十四条): when and where it is held, who hosts it
 * (not an investigator of the case), whether it is public, the notice that announced it and the
 * record made of it. The rules are here, without database or engine ({@code HearingTest}).
 */
public record Hearing(long id, String caseNumber, LocalDate hearingOn, String hearingTime, String place, String host,
    boolean publicHearing, String privateReason, String noticeNumber, LocalDate heldOn, String recordNumber) {

  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:：]([0-5]\\d)");

  /**
   * The hearing as the lead department arranges it. The notice is served at the earliest today and
   * must reach the enterprise seven days before the hearing, so the hearing lies at least seven days
   * ahead; a hearing is public unless it concerns state secrets, trade secrets or privacy.
   */
  public static Hearing arrange(String caseNumber, String date, String time, String place, String host, Boolean publicHearing,
      String privateReason, LocalDate today) {
    LocalDate on = Case.date("hearingDate", date, "请填写举行听证的日期");
    Problems p = new Problems();
    if (on.isBefore(today.plusDays(Case.HEARING_NOTICE_DAYS))) {
      p.add("hearingDate", "应当在举行听证的七日前通知当事人（《行政处罚法》第六十四条）：听证日期不得早于"
          + today.plusDays(Case.HEARING_NOTICE_DAYS));
    }
    String t = time == null ? "" : time.strip();
    var m = TIME.matcher(t);
    if (!m.matches()) {
      p.add("hearingTime", "请填写听证开始时间，如9:30");
    }
    String where = p.text("hearingPlace", place, true, 200);
    String who = p.text("hearingHost", host, true, 100);
    boolean open = publicHearing == null || publicHearing;
    String reason = p.text("hearingPrivateReason", privateReason, !open, 200);
    p.throwIfAny();
    String hhmm = String.format("%02d:%s", Integer.parseInt(m.group(1)), m.group(2));
    return new Hearing(0, caseNumber, on, hhmm, where, who, open, open ? null : reason, null, null, null);
  }

  /** 2026年11月20日9时30分. */
  public String timeText() {
    String[] hm = hearingTime.split(":");
    return CaseDocuments.date(hearingOn) + Integer.parseInt(hm[0]) + "时" + hm[1] + "分";
  }

  public String publicSentence() {
    return publicHearing ? "听证公开举行。" : "本次听证因涉及" + privateReason + "，依法不公开举行。";
  }
}
