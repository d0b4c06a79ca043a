package cn.capacityexit.documents;

/**
 * The kinds of document the product issues, each with its template ({@code documents/<file>.txt})
 * and the word of its number (济能<b>整改</b>〔2026〕1号); whether it is served on the enterprise;
 * whether it carries the issuing body's letterhead (the enterprise's pledge does not: the
 * enterprise signs it, the department registers it under its number); whether the public may read
 * it (the announcement and the pledge, 向社会公开).
 */
public enum DocumentKind {
  RECTIFICATION_NOTICE("rectification-notice", "整改", true, true, false),
  SUSPENSION_ORDER("suspension-order", "停整", true, true, false),
  RIGHTS_NOTICE("rights-notice", "告", true, true, false),
  HEARING_NOTICE("hearing-notice", "听通", true, true, false),
  HEARING_RECORD("hearing-record", "听录", false, true, false),
  CLOSURE_PROPOSAL("closure-proposal", "请", false, true, false),
  CLOSURE_APPROVAL("closure-approval", "批", false, true, false),
  CLOSURE_DECISION("closure-decision", "关", true, true, false),
  LICENCE_REQUEST("licence-request", "函", false, true, false),
  ENFORCEMENT_REMINDER("enforcement-reminder", "催", true, true, false),
  ENFORCEMENT_DECISION("enforcement-decision", "强执", true, true, false),
  PLEDGE("pledge", "承诺", false, false, true),
  ANNOUNCEMENT("announcement", "公告", false, true, true);

  private final String file;
  private final String code;
  private final boolean served;
  private final boolean letterhead;
  private final boolean publicDocument;

  DocumentKind(String file, String code, boolean served, boolean letterhead, boolean publicDocument) {
    this.file = file;
    this.code = code;
    this.served = served;
    this.letterhead = letterhead;
    this.publicDocument = publicDocument;
  }

  /** The template's resource name: documents/rectification-notice.txt. */
  public String resource() {
    return "documents/" + file + ".txt";
  }

  public String file() {
    return file;
  }

  public String code() {
    return code;
  }

  public boolean served() {
    return served;
  }

  /** Whether the document is laid out under the issuing body's mark (版头); the pledge is the enterprise's. */
  public boolean letterhead() {
    return letterhead;
  }

  /** Whether anyone may download it from the public site (the announcement, the pledge). */
  public boolean publicDocument() {
    return publicDocument;
  }
}
