package cn.capacityexit.publication;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The frame of the public pages: Chinese, readable without scripts, printable. Styles and scripts
 * come from {@code /public/assets/} (src/main/resources/static), none inline, so that the
 * Content-Security-Policy of {@link PublicSiteHeaders} allows no inline script.
 */
public final class PublicPage {

  public static final String FOOT = "<footer>本页面由落后产能退出工作平台生成，信息以各级主管部门正式公告为准。</footer></main></body></html>";

  private PublicPage() {}

  /** An HTML response whatever the client says it accepts (a browser, a crawler, a syndicating site). */
  public static ResponseEntity<String> html(String page) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(page);
  }

  public static String head(String title) {
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
        + "<link rel=\"stylesheet\" href=\"/public/assets/public.css\"></head><body><main>";
  }
}
