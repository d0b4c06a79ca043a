package cn.capacityexit.publication;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the public pages and the pledge from the Thymeleaf templates in
 * {@code src/main/resources/templates/public/} (the frame: {@code layout.html}). The templates
 * escape every value; styles and scripts come from {@code /public/assets/}, none inline, so that
 * the Content-Security-Policy of {@link PublicSiteHeaders} allows no inline script.
 */
@Component
public class PublicPage {

  private final ITemplateEngine templates;

  public PublicPage(ITemplateEngine templates) {
    this.templates = templates;
  }

  /** An HTML response whatever the client says it accepts (a browser, a crawler, a syndicating site). */
  public ResponseEntity<String> render(String template, Map<String, Object> model) {
    String page = templates.process("public/" + template, new Context(Locale.SIMPLIFIED_CHINESE, model));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(page);
  }
}
