package cn.capacityexit.registry;

import cn.capacityexit.process.EnterpriseJurisdictions;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The registry's answer to the engine glue: the jurisdiction an enterprise is registered in. */
@Component
class RegisteredJurisdictions implements EnterpriseJurisdictions {

  private final RegistryRepository registry;

  RegisteredJurisdictions(RegistryRepository registry) {
    this.registry = registry;
  }

  @Override
  public Optional<String> jurisdictionOf(String creditCode) {
    return registry.find(creditCode).map(Enterprise::jurisdiction);
  }
}
