package cn.capacityexit.licences;

import cn.capacityexit.publication.PublicPage;
import cn.capacityexit.security.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The licence register (issuing departments) and the published holders (no login). */
@RestController
class LicenceRegisterController {

  private final LicenceRegister register;
  private final PublicPage page;

  LicenceRegisterController(LicenceRegister register, PublicPage page) {
    this.register = register;
    this.page = page;
  }

  @PostMapping("/api/licences")
  public ResponseEntity<Licence> register(Caller caller, @RequestBody(required = false) LicenceRegister.Input input) {
    return ResponseEntity.status(HttpStatus.CREATED).body(register.register(caller, input));
  }

  @GetMapping("/api/licences")
  public List<Licence> of(Caller caller, @RequestParam String creditCode) {
    return register.of(caller, creditCode);
  }

  @GetMapping("/api/public/licence-holders")
  public Licence.Holders holders(@RequestParam(required = false) String jurisdiction) {
    return register.holders(jurisdiction);
  }

  @GetMapping("/public/licence-holders")
  public ResponseEntity<String> holdersPage(@RequestParam(required = false, defaultValue = "440000") String jurisdiction) {
    return page.render("licence-holders", Map.of("h", register.holders(jurisdiction)));
  }
}
