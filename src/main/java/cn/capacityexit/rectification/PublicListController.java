package cn.capacityexit.rectification;

import cn.capacityexit.publication.PublicPage;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public yellow and red lists, as JSON and as a Chinese page; no login. */
@RestController
public class PublicListController {

  private final PublicLists lists;
  private final PublicPage page;

  public PublicListController(PublicLists lists, PublicPage page) {
    this.lists = lists;
    this.page = page;
  }

  @GetMapping("/api/public/lists/yellow")
  public List<PublicListEntry> yellow(@RequestParam(required = false) String jurisdiction) {
    return lists.yellow(jurisdiction);
  }

  @GetMapping("/api/public/lists/red")
  public List<PublicListEntry> red(@RequestParam(required = false) String jurisdiction) {
    return lists.red(jurisdiction);
  }

  /** One list on the public page. */
  public record Shown(String id, String title, boolean red, List<PublicListEntry> entries) {}

  @GetMapping(path = "/public/lists")
  public ResponseEntity<String> page(@RequestParam(required = false) String jurisdiction) {
    return page.render("lists", Map.of("lists", List.of(
        new Shown("yellow", "黄牌名单：限期整改企业", false, lists.yellow(jurisdiction)),
        new Shown("red", "红牌名单：经整改仍不达标、已依法关闭的企业", true, lists.red(jurisdiction)))));
  }
}
