package cn.capacityexit.reporting;

import cn.capacityexit.security.Caller;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Annual campaigns: {@code POST /api/campaigns}, {@code GET /api/campaigns/{id}}. */
@RestController
public class CampaignController {

  private final CampaignService campaigns;
  private final CampaignEngine engine;

  public CampaignController(CampaignService campaigns, CampaignEngine engine) {
    this.campaigns = campaigns;
    this.engine = engine;
  }

  /** The body of POST /api/campaigns. */
  public record Start(String jurisdiction, Integer year) {}

  @PostMapping("/api/campaigns")
  @Transactional
  public ResponseEntity<Campaign> start(Caller caller, @RequestBody Start body) {
    campaigns.validate(caller, body.jurisdiction(), body.year());
    String id = engine.start(body.jurisdiction(), body.year());
    return ResponseEntity.created(URI.create("/api/campaigns/" + id)).body(campaigns.get(caller, id));
  }

  @GetMapping("/api/campaigns/{id}")
  public Campaign get(Caller caller, @PathVariable String id) {
    return campaigns.get(caller, id);
  }
}
