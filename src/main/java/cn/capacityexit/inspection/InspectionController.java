package cn.capacityexit.inspection;

import cn.capacityexit.publication.PublicPage;
import cn.capacityexit.security.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inspection-plans}: a department's annual inspection plan and its double-random draws; the draws are
 * published without login (一公开) at {@code /public/inspections} and {@code /api/public/inspections}.
 */
@RestController
class InspectionController {

  private final InspectionPlans plans;
  private final Inspections inspections;
  private final ComprehensiveEvaluations evaluations;
  private final PublicPage page;

  InspectionController(InspectionPlans plans, Inspections inspections, ComprehensiveEvaluations evaluations, PublicPage page) {
    this.plans = plans;
    this.evaluations = evaluations;
    this.inspections = inspections;
    this.page = page;
  }

  @PostMapping("/api/inspection-plans")
  public ResponseEntity<InspectionPlan> create(Caller caller, @RequestBody(required = false) InspectionPlans.Input in) {
    return ResponseEntity.status(HttpStatus.CREATED).body(plans.create(caller, in));
  }

  @GetMapping("/api/inspection-plans/{number}")
  public InspectionPlan get(Caller caller, @PathVariable String number) {
    return plans.get(caller, number);
  }

  /** An inspection as the inspectors recorded it, with the verdict and the case or elimination it opened. */
  @GetMapping("/api/inspections/{number}")
  public Inspections.Inspection inspection(Caller caller, @PathVariable String number) {
    return inspections.get(caller, number);
  }

  /** The comprehensive-standards evaluation of each enterprise inspected in the year, with the inspections behind each verdict. */
  @GetMapping("/api/comprehensive-evaluations")
  public List<ComprehensiveEvaluations.EnterpriseEvaluation> evaluations(Caller caller, @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) Integer year) {
    return evaluations.evaluations(caller, jurisdiction, year);
  }

  /** A report of the evaluation work (reported from Tasklist: 报送综合标准评价工作情况). */
  @GetMapping("/api/evaluation-reports/{number}")
  public ComprehensiveEvaluations.Report report(Caller caller, @PathVariable String number) {
    return evaluations.get(caller, number);
  }

  @PostMapping("/api/inspection-plans/{number}/draws")
  public ResponseEntity<InspectionPlan.Draw> draw(Caller caller, @PathVariable String number,
      @RequestBody(required = false) InspectionPlans.DrawInput in) {
    return ResponseEntity.status(HttpStatus.CREATED).body(plans.draw(caller, number, in));
  }

  /** Anyone may check that a published draw comes out again from its seed. */
  @GetMapping("/api/public/inspections/draws/{drawNumber}/verification")
  public InspectionPlans.Verification verify(@PathVariable String drawNumber) {
    return plans.verify(drawNumber);
  }

  @GetMapping("/api/public/inspections")
  public List<InspectionPlan> published(@RequestParam(required = false) String jurisdiction) {
    return plans.published(jurisdiction);
  }

  @GetMapping("/public/inspections")
  public ResponseEntity<String> page(@RequestParam(required = false) String jurisdiction) {
    return page.render("inspections", Map.of("plans", plans.published(jurisdiction)));
  }
}
