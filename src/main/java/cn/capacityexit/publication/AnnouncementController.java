package cn.capacityexit.publication;

import cn.capacityexit.documents.Documents;
import cn.capacityexit.documents.IssuedDocument;
import cn.capacityexit.web.NotFoundException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public announcement site, in Chinese and without login: {@code /public/announcements} (list),
 * {@code /public/announcements/{slug}} (permanent page with the complaint form), JSON under
 * {@code /api/public/announcements} and an Atom feed that a government website can syndicate.
 */
@RestController
public class AnnouncementController {

  private static final int MAX = 500;
  private final Announcements announcements;
  private final String publicBaseUrl;
  private final PublicPage page;
  private final Documents documents;

  /** {@code publicBaseUrl}: where the public reaches this site; the feed's links never come from the request's Host header. */
  public AnnouncementController(Announcements announcements, PublicPage page, Documents documents,
      @Value("${capacity-exit.public-base-url}") String publicBaseUrl) {
    this.documents = documents;
    this.announcements = announcements;
    this.page = page;
    this.publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
  }

  @GetMapping("/api/public/announcements")
  public List<Announcement> list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String kind) {
    return announcements.list(jurisdiction, kind, MAX);
  }

  @GetMapping("/api/public/announcements/{slug}")
  public Announcement one(@PathVariable String slug) {
    return find(slug);
  }

  /** One section of the public page: the announcements of one kind, with the date that matters for that kind. */
  public record Section(String title, String dateLabel, List<Row> rows) {}

  /** An announcement in a section, with its date. */
  public record Row(Announcement announcement, Object date) {}

  /** One line of an announcement's facts. */
  public record Fact(String key, Object value) {}

  @GetMapping(path = "/public/announcements")
  public ResponseEntity<String> page(@RequestParam(required = false) String jurisdiction) {
    List<Announcement> all = announcements.list(jurisdiction, null, MAX);
    return page.render("announcements", Map.of("sections", List.of(
        section("封存待拆除的生产线", all, Announcement.Kind.SEALED),
        section("已拆除的生产线", all, Announcement.Kind.DISMANTLED),
        section("关而不拆、转应急备用的机组", all, Announcement.Kind.RESERVE),
        section("已依法关停的企业", all, Announcement.Kind.CLOSED))));
  }

  @GetMapping(path = "/public/announcements/{slug}")
  public ResponseEntity<String> detail(@PathVariable String slug) {
    Announcement a = find(slug);
    List<Fact> facts = new ArrayList<>();
    fact(facts, "状态", a.kindName());
    fact(facts, "企业名称", a.enterpriseName());
    fact(facts, "统一社会信用代码", a.creditCode());
    fact(facts, "所在地", a.jurisdictionName());
    if (a.lineName() != null) {
      fact(facts, "生产线（设备）", a.lineName() + (a.equipmentType() == null ? "" : "（" + a.equipmentType() + "）"));
      fact(facts, "产能", a.capacity() == null ? "" : a.capacity().toPlainString() + " " + a.capacityUnit());
    }
    fact(facts, "封存日期", a.sealedOn());
    fact(facts, "拆除期限", a.dismantleDeadline());
    fact(facts, "拆除日期", a.dismantledOn());
    fact(facts, "关停日期", a.closedOn());
    fact(facts, "依据", a.legalBasis());
    fact(facts, "公告编号", a.referenceNumber());
    fact(facts, "发布时间", a.publishedAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
    fact(facts, "更新时间", a.updatedAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
    // The announcement and the pledge as issued (PDF), newest first: the public documents of the same record.
    List<IssuedDocument> published = documents.ofReference(a.referenceNumber()).stream().filter(d -> d.kind().publicDocument())
        .sorted(java.util.Comparator.comparingLong(IssuedDocument::id).reversed()).toList();
    return page.render("announcement", Map.of("a", a, "facts", facts, "complaints", a.kind() != Announcement.Kind.CLOSED,
        "documents", published));
  }

  @GetMapping("/public/announcements/feed.atom")
  public ResponseEntity<String> atom() {
    String base = publicBaseUrl;
    List<Announcement> all = announcements.list(null, null, 100);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        .append("<title>淘汰落后产能公告</title><id>").append(base).append("/public/announcements</id>")
        .append("<link rel=\"self\" href=\"").append(base).append("/public/announcements/feed.atom\"/>")
        .append("<link href=\"").append(base).append("/public/announcements\"/>")
        .append("<updated>").append(all.isEmpty() ? "1970-01-01T00:00:00Z" : all.get(0).updatedAt().toString()).append("</updated>");
    for (Announcement a : all) {
      xml.append("<entry><title>").append(esc(a.title())).append("</title>")
          .append("<id>").append(base).append(a.url()).append("</id>")
          .append("<link href=\"").append(base).append(a.url()).append("\"/>")
          .append("<published>").append(a.publishedAt()).append("</published>")
          .append("<updated>").append(a.updatedAt()).append("</updated>")
          .append("<author><name>").append(esc(a.site() == null ? a.jurisdictionName() : a.site())).append("</name></author>")
          .append("<summary>").append(esc(a.kindName() + "：" + a.enterpriseName()
              + (a.lineName() == null ? "" : "，" + a.lineName())
              + (a.dismantleDeadline() == null ? "" : "，拆除期限" + a.dismantleDeadline()))).append("</summary></entry>");
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
        .body(xml.append("</feed>").toString());
  }

  private Announcement find(String slug) {
    return announcements.find(slug).orElseThrow(() -> new NotFoundException("没有编号为" + slug + "的公告"));
  }

  private static Section section(String title, List<Announcement> all, Announcement.Kind kind) {
    List<Row> rows = all.stream().filter(a -> a.kind() == kind).map(a -> new Row(a, switch (kind) {
      case SEALED -> a.dismantleDeadline();
      case DISMANTLED -> a.dismantledOn();
      case RESERVE -> a.publishedAt().toLocalDate();
      case CLOSED -> a.closedOn();
    })).toList();
    return new Section(title, kind == Announcement.Kind.SEALED ? "拆除期限" : "日期", rows);
  }

  private static void fact(List<Fact> facts, String label, Object value) {
    if (value != null) {
      facts.add(new Fact(label, value));
    }
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
