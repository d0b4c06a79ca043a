package cn.capacityexit.licences;

import cn.capacityexit.publication.AtomFeed;
import cn.capacityexit.publication.PublicPage;
import cn.capacityexit.web.NotFoundException;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PathVariable;
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
  private final String publicBaseUrl;

  LicenceRegisterController(LicenceRegister register, PublicPage page,
      @Value("${capacity-exit.public-base-url}") String publicBaseUrl) {
    this.register = register;
    this.publicBaseUrl = publicBaseUrl;
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

  /** The permanent page of one published licence, also once cancelled. */
  @GetMapping("/public/licence-holders/{id:[0-9]+}")
  public ResponseEntity<String> licencePage(@PathVariable long id) {
    return page.render("licence-holder", Map.of("l", register.published(id)
        .orElseThrow(() -> new NotFoundException("没有该公开的生产许可证"))));
  }

  @GetMapping("/public/licence-holders/feed.atom")
  public ResponseEntity<String> feed(@RequestParam(required = false, defaultValue = "440000") String jurisdiction) {
    Licence.Holders h = register.holders(jurisdiction);
    return AtomFeed.of(h.jurisdictionName() + "工业产品生产许可证获证企业", publicBaseUrl, "/public/licence-holders?jurisdiction="
        + h.jurisdiction(), "/public/licence-holders/feed.atom?jurisdiction=" + h.jurisdiction(), h.holders().stream()
        .map(l -> new AtomFeed.Entry(l.enterpriseName() + "：" + l.licenceNumber(), "/public/licence-holders/" + l.id(),
            l.issuedOn().atStartOfDay().atOffset(ZoneOffset.ofHours(8)), l.issuedOn().atStartOfDay().atOffset(ZoneOffset.ofHours(8)),
            l.issuingAuthority(), l.enterpriseName() + "取得工业产品生产许可证" + l.licenceNumber() + "，有效期至"
                + (l.validUntil() == null ? "长期" : l.validUntil())))
        .toList());
  }
}
