package cn.capacityexit.credit;

import cn.capacityexit.publication.AtomFeed;
import cn.capacityexit.publication.PublicPage;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.NotFoundException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The environmental credit ratings: recorded by the environment departments ({@code POST /api/environmental-credit-ratings})
 * and published without login (向社会公开评价结果): {@code /public/environmental-credit} with a permanent page per rating,
 * JSON under {@code /api/public/environmental-credit} and an Atom feed.
 */
@RestController
class EnvironmentalRatingController {

  private static final int MAX = 500;
  private final EnvironmentalRatings ratings;
  private final PublicPage page;
  private final String publicBaseUrl;

  EnvironmentalRatingController(EnvironmentalRatings ratings, PublicPage page,
      @Value("${capacity-exit.public-base-url}") String publicBaseUrl) {
    this.ratings = ratings;
    this.page = page;
    this.publicBaseUrl = publicBaseUrl;
  }

  @PostMapping("/api/environmental-credit-ratings")
  public ResponseEntity<EnvironmentalRating> rate(Caller caller, @RequestBody(required = false) EnvironmentalRatings.Input in) {
    return ResponseEntity.status(HttpStatus.CREATED).body(ratings.rate(caller, in));
  }

  @GetMapping("/api/public/environmental-credit")
  public List<EnvironmentalRating> published(@RequestParam(required = false) String jurisdiction) {
    return ratings.published(jurisdiction, MAX);
  }

  @GetMapping("/api/public/environmental-credit/{number}")
  public EnvironmentalRating one(@PathVariable String number) {
    return find(number);
  }

  @GetMapping("/public/environmental-credit")
  public ResponseEntity<String> page(@RequestParam(required = false) String jurisdiction) {
    return page.render("environmental-credit", Map.of("ratings", ratings.published(jurisdiction, MAX)));
  }

  @GetMapping("/public/environmental-credit/{number}")
  public ResponseEntity<String> detail(@PathVariable String number) {
    return page.render("environmental-credit-rating", Map.of("r", find(number)));
  }

  @GetMapping("/public/environmental-credit/feed.atom")
  public ResponseEntity<String> atom() {
    return AtomFeed.of("企业环境信用评价结果", publicBaseUrl, "/public/environmental-credit", "/public/environmental-credit/feed.atom",
        ratings.published(null, 100).stream().map(r -> new AtomFeed.Entry(r.enterpriseName() + "：" + r.colourName(), r.url(),
            r.createdAt().withOffsetSameInstant(ZoneOffset.UTC), r.createdAt().withOffsetSameInstant(ZoneOffset.UTC),
            r.ratingDepartment(), r.year() + "年度企业环境信用评价结果为" + r.colourName() + "（" + r.documentNumber() + "）"))
            .toList());
  }

  private EnvironmentalRating find(String number) {
    return ratings.find(number).orElseThrow(() -> new NotFoundException("没有编号为" + number + "的环境信用评价"));
  }
}
