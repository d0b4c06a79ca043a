package cn.capacityexit.licences;

import cn.capacityexit.security.Caller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/licence-checks: the licensing gate for an officer or a licensing system (HTTP Basic). */
@RestController
class LicenceController {

  private final LicenceGate gate;

  LicenceController(LicenceGate gate) {
    this.gate = gate;
  }

  @PostMapping("/api/licence-checks")
  public LicenceCheck check(Caller caller, @RequestBody(required = false) LicenceGate.Request request) {
    return gate.check(caller, request);
  }
}
