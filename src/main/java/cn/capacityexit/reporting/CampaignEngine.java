package cn.capacityexit.reporting;

import static cn.capacityexit.reporting.CampaignProcess.*;

import cn.capacityexit.process.ProductCall;
import cn.capacityexit.process.VariableNames;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The port to annual-campaign.bpmn and milestone-supervision.bpmn: the only class of the product
 * that starts their instances, with the variables their start events expect.
 */
@Component
public class CampaignEngine {

  private final RuntimeService runtime;

  public CampaignEngine(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** A campaign a user asked for through the API (validated by {@link CampaignService#validate}); returns its id. */
  public String start(String jurisdiction, int year) {
    return ProductCall.run(() -> (String) runtime.createProcessInstanceByKey(KEY)
        .setVariables(Map.of(VariableNames.JURISDICTION_CODE, jurisdiction, CAMPAIGN_YEAR, year))
        .executeWithVariablesInReturn().getVariables().get(CAMPAIGN_ID));
  }

  /** A province's campaign started by the yearly launcher. */
  void startProvince(String province, int year) {
    runtime.createProcessInstanceByKey(KEY)
        .setVariables(Map.of(VariableNames.JURISDICTION_CODE, province, CAMPAIGN_YEAR, year)).execute();
  }

  /** A lower level's campaign, started by its parent's campaign in the lower level's own tenant. */
  void startChild(String child, int year, String parentCampaignId) {
    runtime.createProcessInstanceByKey(KEY)
        .setVariables(Map.of(VariableNames.JURISDICTION_CODE, child, CAMPAIGN_YEAR, year, PARENT_CAMPAIGN_ID, parentCampaignId))
        .execute();
  }

  /** The supervision of an overdue milestone, in the supervising jurisdiction's tenant, addressed to its group. */
  void superviseOverdue(String campaignId, String supervisingJurisdiction, String group, String subject, String detail) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VariableNames.JURISDICTION_CODE, supervisingJurisdiction);
    variables.put(SUPERVISING_GROUP, group);
    variables.put(SUPERVISION_SUBJECT, subject);
    variables.put(SUPERVISION_DETAIL, detail);
    variables.put(VariableNames.ENTERPRISE_NAME, subject);
    runtime.createProcessInstanceByKey(SUPERVISION_KEY).businessKey(campaignId).setVariables(variables).execute();
  }
}
