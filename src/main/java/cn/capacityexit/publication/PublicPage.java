package cn.capacityexit.publication;

/** The frame of the public pages: Chinese, readable without scripts, printable. */
public final class PublicPage {

  static final String FOOT = "<footer>本页面由落后产能退出工作平台生成，信息以各级主管部门正式公告为准。</footer></main></body></html>";

  private PublicPage() {}

  /** An HTML response whatever the client says it accepts (a browser, a crawler, a syndicating site). */
  public static org.springframework.http.ResponseEntity<String> html(String page) {
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.parseMediaType("text/html;charset=UTF-8")).body(page);
  }

  static String head(String title) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title><style>"
        + "body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;margin:0;background:#f5f6f8;color:#1f2329}"
        + "main{max-width:1180px;margin:0 auto;padding:24px}h1{font-size:24px;border-bottom:3px solid #b71c1c;padding-bottom:8px}"
        + "h2{font-size:18px;margin-top:32px}.lead{color:#444}table{width:100%;border-collapse:collapse;background:#fff;font-size:14px}"
        + "th,td{border:1px solid #d9dce1;padding:6px 8px;text-align:left;vertical-align:top}th{background:#eef0f3}"
        + "td.code{font-family:monospace}td.basis{font-size:12px;color:#555}.empty{color:#777}"
        + ".meta,footer{font-size:12px;color:#777;margin-top:24px}table.facts{width:auto;min-width:480px}table.facts th{width:140px}"
        + "pre.pledge{white-space:pre-wrap;background:#fff;border:1px solid #d9dce1;padding:16px;font-family:inherit}"
        + "form textarea,form input{font:inherit}</style></head><body><main>";
  }
}
