package cn.capacityexit.licences;

import cn.capacityexit.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/unlicensed-cases/{number}}: an unlicensed-production case (WZ-) with its stop order, penalty and transfer. */
@RestController
class UnlicensedController {

  private final UnlicensedProduction cases;

  UnlicensedController(UnlicensedProduction cases) {
    this.cases = cases;
  }

  @GetMapping("/api/unlicensed-cases/{number}")
  public UnlicensedProduction.UnlicensedCase get(Caller caller, @PathVariable String number) {
    return cases.get(caller, number);
  }
}
