package cn.capacityexit.process;

import java.util.Optional;

/**
 * Where an enterprise is registered, for the tenant of a process instance started with its credit
 * code. The registry provides it; the engine glue depends on no feature.
 */
public interface EnterpriseJurisdictions {

  Optional<String> jurisdictionOf(String creditCode);
}
