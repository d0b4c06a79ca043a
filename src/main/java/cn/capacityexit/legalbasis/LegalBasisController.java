package cn.capacityexit.legalbasis;

import cn.capacityexit.publication.PublicPage;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 法规依据: each clause of each seed plan with where the product implements it and its status, as
 * JSON ({@code /api/public/legal-basis}) and as a public page ({@code /public/legal-basis}); no login.
 */
@RestController
public class LegalBasisController {

  private final Clauses clauses;
  private final PublicPage page;

  public LegalBasisController(Clauses clauses, PublicPage page) {
    this.clauses = clauses;
    this.page = page;
  }

  /** The plans with their clauses, the counts per status and the share implemented faithfully. */
  @GetMapping("/api/public/legal-basis")
  public Map<String, Object> json() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", totals(clauses.plans()));
    body.put("plans", clauses.plans().stream().map(p -> {
      Map<String, Object> plan = new LinkedHashMap<>();
      plan.put("document", p.document());
      plan.put("title", p.title());
      plan.put("jurisdiction", p.jurisdiction());
      plan.put("planYear", p.planYear());
      plan.put("counts", p.counts());
      plan.put("faithfulPercent", p.faithfulPercent());
      plan.put("clauses", p.clauses());
      return plan;
    }).toList());
    return body;
  }

  @GetMapping("/public/legal-basis")
  public ResponseEntity<String> page() {
    return page.render("legal-basis", Map.of("plans", clauses.plans(), "total", totals(clauses.plans()),
        "statuses", List.of(Clause.Status.values())));
  }

  private static Map<Clause.Status, Long> totals(List<Plan> plans) {
    Map<Clause.Status, Long> total = new EnumMap<>(Clause.Status.class);
    for (Plan p : plans) {
      p.counts().forEach((s, n) -> total.merge(s, n, Long::sum));
    }
    return total;
  }
}
