package cn.capacityexit.publication;

import cn.capacityexit.web.NotFoundException;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

  /** {@code publicBaseUrl}: where the public reaches this site; the feed's links never come from the request's Host header. */
  public AnnouncementController(Announcements announcements, @Value("${capacity-exit.public-base-url}") String publicBaseUrl) {
    this.announcements = announcements;
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

  @GetMapping(path = "/public/announcements")
  public ResponseEntity<String> page(@RequestParam(required = false) String jurisdiction) {
    StringBuilder html = new StringBuilder(PublicPage.head("淘汰落后产能公告"));
    html.append("<h1>淘汰落后产能公告</h1><p class=\"lead\">按照有关产业政策淘汰落后工艺技术装备，拆除相应主体设备。暂不具备拆除条件的，"
        + "立即断水、断电，拆除动力装置，封存主体设备，企业向社会公开承诺不再恢复生产，在网站公告，接受社会监督并限时拆除。"
        + "发现已封存设备恢复生产的，欢迎在公告页面举报。</p>");
    List<Announcement> all = announcements.list(jurisdiction, null, MAX);
    section(html, "封存待拆除的生产线", all, Announcement.Kind.SEALED);
    section(html, "已拆除的生产线", all, Announcement.Kind.DISMANTLED);
    section(html, "关而不拆、转应急备用的机组", all, Announcement.Kind.RESERVE);
    section(html, "已依法关停的企业", all, Announcement.Kind.CLOSED);
    html.append("<p class=\"meta\">订阅：<a href=\"/public/announcements/feed.atom\">Atom</a>；数据接口："
        + "<a href=\"/api/public/announcements\">/api/public/announcements</a></p>");
    return PublicPage.html(html.append(PublicPage.FOOT).toString());
  }

  @GetMapping(path = "/public/announcements/{slug}")
  public ResponseEntity<String> detail(@PathVariable String slug) {
    Announcement a = find(slug);
    StringBuilder html = new StringBuilder(PublicPage.head(esc(a.title())));
    html.append("<p class=\"meta\"><a href=\"/public/announcements\">淘汰落后产能公告</a></p>")
        .append("<h1>").append(esc(a.title())).append("</h1>")
        .append("<table class=\"facts\"><tbody>");
    row(html, "状态", a.kindName());
    row(html, "企业名称", a.enterpriseName());
    row(html, "统一社会信用代码", a.creditCode());
    row(html, "所在地", a.jurisdictionName());
    if (a.lineName() != null) {
      row(html, "生产线（设备）", a.lineName() + (a.equipmentType() == null ? "" : "（" + a.equipmentType() + "）"));
      row(html, "产能", a.capacity() == null ? "" : a.capacity().toPlainString() + " " + a.capacityUnit());
    }
    row(html, "封存日期", a.sealedOn());
    row(html, "拆除期限", a.dismantleDeadline());
    row(html, "拆除日期", a.dismantledOn());
    row(html, "关停日期", a.closedOn());
    row(html, "依据", a.legalBasis());
    row(html, "公告编号", a.referenceNumber());
    row(html, "发布时间", a.publishedAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
    row(html, "更新时间", a.updatedAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
    html.append("</tbody></table>");
    if (a.pledgeText() != null) {
      html.append("<h2>企业承诺书</h2><pre class=\"pledge\">").append(esc(a.pledgeText())).append("</pre>");
    }
    if (a.kind() != Announcement.Kind.CLOSED) {
      html.append("<h2>举报恢复生产</h2><p>如发现上述设备恢复生产，请填写以下内容（可匿名）。</p>")
          .append("<form id=\"complaint\"><input type=\"hidden\" name=\"announcement\" value=\"").append(esc(a.slug())).append("\">")
          .append("<p><label>情况说明（必填）<br><textarea name=\"content\" rows=\"4\" cols=\"60\" maxlength=\"2000\" required></textarea></label></p>")
          .append("<p><label>地点<br><input name=\"location\" maxlength=\"300\" size=\"60\"></label></p>")
          .append("<p><label>联系方式（选填）<br><input name=\"contact\" maxlength=\"100\" size=\"30\"></label></p>")
          .append("<p><button type=\"submit\">提交举报</button> <span id=\"result\" role=\"status\"></span></p></form>")
          .append("<script src=\"/public/assets/complaint.js\"></script>");
    }
    return PublicPage.html(html.append(PublicPage.FOOT).toString());
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

  private static void section(StringBuilder html, String title, List<Announcement> all, Announcement.Kind kind) {
    List<Announcement> of = all.stream().filter(a -> a.kind() == kind).toList();
    html.append("<h2>").append(title).append("（").append(of.size()).append("）</h2>");
    if (of.isEmpty()) {
      html.append("<p class=\"empty\">暂无</p>");
      return;
    }
    html.append("<table><thead><tr><th>公告</th><th>企业</th><th>所在地</th><th>生产线（设备）</th><th>产能</th><th>")
        .append(kind == Announcement.Kind.SEALED ? "拆除期限" : "日期").append("</th></tr></thead><tbody>");
    for (Announcement a : of) {
      Object date = switch (kind) {
        case SEALED -> a.dismantleDeadline();
        case DISMANTLED -> a.dismantledOn();
        case RESERVE -> a.publishedAt().toLocalDate();
        case CLOSED -> a.closedOn();
      };
      html.append("<tr><td><a href=\"").append(a.url()).append("\">").append(esc(a.referenceNumber())).append("</a></td><td>")
          .append(esc(a.enterpriseName())).append("</td><td>").append(esc(a.jurisdictionName())).append("</td><td>")
          .append(esc(a.lineName())).append("</td><td>")
          .append(a.capacity() == null ? "" : esc(a.capacity().toPlainString() + " " + a.capacityUnit())).append("</td><td>")
          .append(esc(date == null ? "" : date.toString())).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static void row(StringBuilder html, String label, Object value) {
    if (value != null) {
      html.append("<tr><th>").append(label).append("</th><td>").append(esc(value.toString())).append("</td></tr>");
    }
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
