package cn.capacityexit.reporting;

import cn.capacityexit.process.ProductCall;
import cn.capacityexit.process.VariableNames;
import cn.capacityexit.security.Caller;
import java.net.URI;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
  private final RuntimeService runtime;

  public CampaignController(CampaignService campaigns, RuntimeService runtime) {
    this.campaigns = campaigns;
    this.runtime = runtime;
  }

  /** The body of POST /api/campaigns. */
  public record Start(String jurisdiction, Integer year) {}

  @PostMapping("/api/campaigns")
  @Transactional
  public ResponseEntity<Campaign> start(Caller caller, @RequestBody Start body) {
    campaigns.validate(caller, body.jurisdiction(), body.year());
    String id = ProductCall.run(() -> (String) runtime.createProcessInstanceByKey(CampaignProcess.KEY)
        .setVariables(Map.of(VariableNames.JURISDICTION_CODE, body.jurisdiction(), CampaignProcess.CAMPAIGN_YEAR, body.year()))
        .executeWithVariablesInReturn().getVariables().get(CampaignProcess.CAMPAIGN_ID));
    return ResponseEntity.created(URI.create("/api/campaigns/" + id)).body(campaigns.get(caller, id));
  }

  @GetMapping("/api/campaigns/{id}")
  public Campaign get(Caller caller, @PathVariable String id) {
    return campaigns.get(caller, id);
  }
}
