package cn.capacityexit.rectification;

import cn.capacityexit.publication.PublicPage;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The public yellow and red lists, as JSON and as a Chinese page; no login. */
@RestController
public class PublicListController {

  private final PublicLists lists;

  public PublicListController(PublicLists lists) {
    this.lists = lists;
  }

  @GetMapping("/api/public/lists/yellow")
  public List<PublicListEntry> yellow(@RequestParam(required = false) String jurisdiction) {
    return lists.yellow(jurisdiction);
  }

  @GetMapping("/api/public/lists/red")
  public List<PublicListEntry> red(@RequestParam(required = false) String jurisdiction) {
    return lists.red(jurisdiction);
  }

  @GetMapping(path = "/public/lists")
  public ResponseEntity<String> page(@RequestParam(required = false) String jurisdiction) {
    StringBuilder html = new StringBuilder(PublicPage.head("落后产能整改和关停企业名单"));
    html.append("<h1>落后产能整改和关停企业名单</h1>")
        .append("<p class=\"lead\">依据各地利用综合标准依法依规推动落后产能退出工作方案，定期公布不达标应限期整改的企业名单（黄牌）和经整改仍不达标、已依法关闭的企业名单（红牌），接受社会监督。</p>");
    html.append("<h2 id=\"yellow\">黄牌名单：限期整改企业</h2>");
    table(html, lists.yellow(jurisdiction), false);
    html.append("<h2 id=\"red\">红牌名单：经整改仍不达标、已依法关闭的企业</h2>");
    table(html, lists.red(jurisdiction), true);
    html.append("<p class=\"meta\">数据接口：<a href=\"/api/public/lists/yellow\">/api/public/lists/yellow</a>、"
        + "<a href=\"/api/public/lists/red\">/api/public/lists/red</a>（可按 jurisdiction=行政区划代码 筛选）</p>");
    return PublicPage.html(html.append(PublicPage.FOOT).toString());
  }

  private static void table(StringBuilder html, List<PublicListEntry> entries, boolean red) {
    if (entries.isEmpty()) {
      html.append("<p class=\"empty\">暂无</p>");
      return;
    }
    html.append("<table><thead><tr><th>企业名称</th><th>统一社会信用代码</th><th>所在地</th><th>维度</th><th>原因</th><th>")
        .append(red ? "关停日期" : "整改期限").append("</th><th>法律依据</th></tr></thead><tbody>");
    for (PublicListEntry e : entries) {
      html.append("<tr><td>").append(esc(e.enterpriseName())).append("</td><td class=\"code\">").append(esc(e.creditCode()))
          .append("</td><td>").append(esc(e.jurisdictionName())).append("</td><td>").append(esc(e.dimensionName()))
          .append("</td><td>").append(esc(e.reason())).append("</td><td>")
          .append(esc(String.valueOf(red ? e.closureDate() : e.deadline())))
          .append("</td><td class=\"basis\">").append(esc(e.legalBasis())).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
