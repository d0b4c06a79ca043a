package cn.capacityexit.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on the product's own behalf, after the product has checked that the caller
 * may act on the case (their jurisdiction). Used where the engine's permission model is coarser
 * than the product's rule: an officer may report on a case of their jurisdiction without holding
 * UPDATE on every process instance of it.
 */
@Component
public class AsSystem {

  private final IdentityService identity;

  public AsSystem(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
