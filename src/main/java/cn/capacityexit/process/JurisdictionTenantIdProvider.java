package cn.capacityexit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * The models are shared by all jurisdictions; each process instance belongs to the tenant of its
 * jurisdiction: the {@code jurisdictionCode} it was started with, or its caller's tenant for a
 * called process, so that the engine's tenant checks keep every jurisdiction's work apart.
 */
public class JurisdictionTenantIdProvider implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    Object code = ctx.getVariables() == null ? null : ctx.getVariables().get(Variables.JURISDICTION_CODE);
    if (code instanceof String s && !s.isBlank()) {
      return s;
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
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return null;
  }
}
