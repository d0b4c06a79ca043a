package cn.capacityexit.process;

import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * The models are shared by all jurisdictions; each process instance belongs to the tenant of its
 * jurisdiction: the {@code jurisdictionCode} it was started with, else the jurisdiction of the
 * enterprise it names (a finding registered from the Tasklist start form), else its caller's
 * tenant for a called process. The engine's tenant checks then keep every jurisdiction's work apart.
 */
public class JurisdictionTenantIdProvider implements TenantIdProvider {

  private final Function<String, Optional<String>> jurisdictionOfEnterprise;

  public JurisdictionTenantIdProvider(Function<String, Optional<String>> jurisdictionOfEnterprise) {
    this.jurisdictionOfEnterprise = jurisdictionOfEnterprise;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    var variables = ctx.getVariables();
    if (variables != null && variables.get(VariableNames.JURISDICTION_CODE) instanceof String code && !code.isBlank()) {
      return code;
    }
    if (variables != null && variables.get(VariableNames.ENTERPRISE_CREDIT_CODE) instanceof String creditCode && !creditCode.isBlank()) {
      Optional<String> jurisdiction = jurisdictionOfEnterprise.apply(creditCode.strip().toUpperCase());
      if (jurisdiction.isPresent()) {
        return jurisdiction.get();
      }
    }
    DelegateExecution caller = ctx.getSuperExecution();
    return caller == null ? null : caller.getTenantId();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}
