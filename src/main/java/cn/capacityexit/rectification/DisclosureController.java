package cn.capacityexit.rectification;

import cn.capacityexit.publication.AtomFeed;
import cn.capacityexit.publication.PublicPage;
import cn.capacityexit.web.NotFoundException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public disclosures without login: the environment penalties ({@code /public/environment-penalties}) and the failed
 * products with their producers ({@code /public/failed-products}), each with a permanent page per case, JSON under
 * {@code /api/public/…} and an Atom feed.
 */
@RestController
class DisclosureController {

  private static final int MAX = 500;
  private static final Map<String, String> PATHS = Map.of(Disclosure.ENV_PENALTIES, "environment-penalties",
      Disclosure.FAILED_PRODUCTS, "failed-products");
  private static final Map<String, String> TITLES = Map.of(Disclosure.ENV_PENALTIES, "超标排放企业处罚信息",
      Disclosure.FAILED_PRODUCTS, "不合格产品及其生产企业");
  private static final Map<String, String> LEADS = Map.of(
      Disclosure.ENV_PENALTIES, "生态环境主管部门对超过污染物排放标准排污等环境违法行为作出的处理决定及其执行情况。",
      Disclosure.FAILED_PRODUCTS, "市场监管部门依法查处的不符合强制性标准的产品及其生产企业，以及后续处理情况。");

  private final Disclosures disclosures;
  private final PublicPage page;
  private final String publicBaseUrl;

  DisclosureController(Disclosures disclosures, PublicPage page, @Value("${capacity-exit.public-base-url}") String publicBaseUrl) {
    this.disclosures = disclosures;
    this.page = page;
    this.publicBaseUrl = publicBaseUrl;
  }

  @GetMapping("/api/public/environment-penalties")
  public List<Disclosure> penalties(@RequestParam(required = false) String jurisdiction) {
    return disclosures.list(Disclosure.ENV_PENALTIES, jurisdiction, MAX);
  }

  @GetMapping("/api/public/failed-products")
  public List<Disclosure> failedProducts(@RequestParam(required = false) String jurisdiction) {
    return disclosures.list(Disclosure.FAILED_PRODUCTS, jurisdiction, MAX);
  }

  @GetMapping("/public/environment-penalties")
  public ResponseEntity<String> penaltiesPage(@RequestParam(required = false) String jurisdiction) {
    return listPage(Disclosure.ENV_PENALTIES, jurisdiction);
  }

  @GetMapping("/public/failed-products")
  public ResponseEntity<String> failedProductsPage(@RequestParam(required = false) String jurisdiction) {
    return listPage(Disclosure.FAILED_PRODUCTS, jurisdiction);
  }

  @GetMapping("/public/environment-penalties/{caseNumber}")
  public ResponseEntity<String> penalty(@PathVariable String caseNumber) {
    return detail(Disclosure.ENV_PENALTIES, caseNumber);
  }

  @GetMapping("/public/failed-products/{caseNumber}")
  public ResponseEntity<String> failedProduct(@PathVariable String caseNumber) {
    return detail(Disclosure.FAILED_PRODUCTS, caseNumber);
  }

  @GetMapping("/public/environment-penalties/feed.atom")
  public ResponseEntity<String> penaltiesFeed() {
    return feed(Disclosure.ENV_PENALTIES);
  }

  @GetMapping("/public/failed-products/feed.atom")
  public ResponseEntity<String> failedProductsFeed() {
    return feed(Disclosure.FAILED_PRODUCTS);
  }

  private ResponseEntity<String> listPage(String list, String jurisdiction) {
    return page.render("disclosures", Map.of("title", TITLES.get(list), "lead", LEADS.get(list), "path", PATHS.get(list),
        "product", Disclosure.FAILED_PRODUCTS.equals(list), "entries", disclosures.list(list, jurisdiction, MAX)));
  }

  private ResponseEntity<String> detail(String list, String caseNumber) {
    Disclosure d = disclosures.one(list, caseNumber).orElseThrow(() -> new NotFoundException("没有编号为" + caseNumber + "的公开信息"));
    return page.render("disclosure", Map.of("title", TITLES.get(list), "path", PATHS.get(list),
        "product", Disclosure.FAILED_PRODUCTS.equals(list), "d", d));
  }

  private ResponseEntity<String> feed(String list) {
    String path = "/public/" + PATHS.get(list);
    return AtomFeed.of(TITLES.get(list), publicBaseUrl, path, path + "/feed.atom", disclosures.list(list, null, 100).stream()
        .map(d -> new AtomFeed.Entry(d.enterpriseName() + "：" + d.decision(), d.url(),
            d.decidedOn().atStartOfDay().atOffset(ZoneOffset.ofHours(8)), d.updatedAt().withOffsetSameInstant(ZoneOffset.UTC),
            d.jurisdictionName(), d.finding() + "；" + d.decision() + "；" + d.followUp()))
        .toList());
  }
}
