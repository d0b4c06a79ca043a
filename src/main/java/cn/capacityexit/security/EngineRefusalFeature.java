package cn.capacityexit.security;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Jersey finds this through META-INF/services in every Jersey application of the JVM: the engine
 * REST API at {@code /engine-rest} and the webapps' own engine API that Tasklist and Cockpit call.
 */
public class EngineRefusalFeature implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineRefusalMapper.class)) {
      context.register(EngineRefusalMapper.class);
    }
    if (!context.getConfiguration().isRegistered(EngineRefusalMapper.Wrapped.class)) {
      context.register(EngineRefusalMapper.Wrapped.class);
    }
  }
}
