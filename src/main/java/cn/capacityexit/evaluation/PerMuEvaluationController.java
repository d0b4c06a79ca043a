package cn.capacityexit.evaluation;

import cn.capacityexit.security.Caller;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/per-mu-evaluations}: the industry department records an enterprise's 亩产效益 grade; officers read them. */
@RestController
class PerMuEvaluationController {

  private final PerMuEvaluations evaluations;

  PerMuEvaluationController(PerMuEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @PostMapping("/api/per-mu-evaluations")
  public ResponseEntity<PerMuEvaluation> evaluate(Caller caller, @RequestBody(required = false) PerMuEvaluations.Input in) {
    return ResponseEntity.status(HttpStatus.CREATED).body(evaluations.evaluate(caller, in));
  }

  @GetMapping("/api/per-mu-evaluations")
  public List<PerMuEvaluation> of(Caller caller, @RequestParam String creditCode) {
    return evaluations.of(caller, creditCode);
  }
}
