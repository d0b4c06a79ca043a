package cn.capacityexit.publication;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * An Atom feed (RFC 4287) of a public list, which a government website can syndicate. Links are built from the
 * configured public base URL, never from the request's Host header.
 */
public final class AtomFeed {

  /** One entry: a permanent page of the list. */
  public record Entry(String title, String path, OffsetDateTime published, OffsetDateTime updated, String author, String summary) {}

  private AtomFeed() {}

  public static ResponseEntity<String> of(String title, String base, String pagePath, String selfPath, List<Entry> entries) {
    String root = base.strip().replaceAll("/+$", "");
    OffsetDateTime updated = entries.stream().map(Entry::updated).max(OffsetDateTime::compareTo).orElse(null);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        .append("<title>").append(esc(title)).append("</title><id>").append(esc(root + pagePath)).append("</id>")
        .append("<link rel=\"self\" href=\"").append(esc(root + selfPath)).append("\"/>")
        .append("<link href=\"").append(esc(root + pagePath)).append("\"/>")
        .append("<updated>").append(updated == null ? "1970-01-01T00:00:00Z" : updated.toString()).append("</updated>");
    for (Entry e : entries) {
      xml.append("<entry><title>").append(esc(e.title())).append("</title>")
          .append("<id>").append(esc(root + e.path())).append("</id>")
          .append("<link href=\"").append(esc(root + e.path())).append("\"/>")
          .append("<published>").append(e.published()).append("</published>")
          .append("<updated>").append(e.updated()).append("</updated>")
          .append("<author><name>").append(esc(e.author())).append("</name></author>")
          .append("<summary>").append(esc(e.summary())).append("</summary></entry>");
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
        .body(xml.append("</feed>").toString());
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
