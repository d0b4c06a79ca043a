package cn.capacityexit.documents;

/**
 * The kinds of document the product issues, each with its template ({@code documents/<file>.txt})
 * and the word of its number (济能<b>整改</b>〔2026〕1号). Whether it is served on the enterprise.
 */
public enum DocumentKind {
  RECTIFICATION_NOTICE("rectification-notice", "整改", true),
  SUSPENSION_ORDER("suspension-order", "停整", true),
  RIGHTS_NOTICE("rights-notice", "告", true),
  CLOSURE_DECISION("closure-decision", "关", true),
  ENFORCEMENT_REMINDER("enforcement-reminder", "催", true),
  ENFORCEMENT_DECISION("enforcement-decision", "强执", true);

  private final String file;
  private final String code;
  private final boolean served;

  DocumentKind(String file, String code, boolean served) {
    this.file = file;
    this.code = code;
    this.served = served;
  }

  /** The template's resource name: documents/rectification-notice.txt. */
  public String resource() {
    return "documents/" + file + ".txt";
  }

  public String code() {
    return code;
  }

  public boolean served() {
    return served;
  }
}
