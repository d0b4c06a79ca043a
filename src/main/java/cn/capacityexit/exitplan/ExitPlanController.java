package cn.capacityexit.exitplan;

import cn.capacityexit.security.Caller;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/exit-plans/{number}}: a year's elimination plan with its candidates, what the review left out and the
 * elimination of each planned line; {@code /api/exit-lines/candidates}: the candidate list the tables give today, before
 * any plan is drafted (nothing is recorded). Plans are drafted from Tasklist (编制年度淘汰落后计划).
 */
@RestController
class ExitPlanController {

  private final ExitPlans plans;

  ExitPlanController(ExitPlans plans) {
    this.plans = plans;
  }

  @GetMapping("/api/exit-plans/{number}")
  public ExitPlans.Plan get(Caller caller, @PathVariable String number) {
    return plans.get(caller, number);
  }

  @GetMapping("/api/exit-lines/candidates")
  public List<ExitPlans.Candidate> candidates(Caller caller, @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) Integer year) {
    return plans.preview(caller, jurisdiction, year);
  }
}
