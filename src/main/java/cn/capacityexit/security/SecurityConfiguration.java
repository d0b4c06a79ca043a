package cn.capacityexit.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Closes {@code /engine-rest/*} (HTTP Basic against the engine's users, as Camunda Modeler
 * deploys) and {@code /api/*} (see {@link ApiAuthenticationFilter}). The webapps keep their own
 * session login; authorization and tenant checks are switched on in application.yaml.
 */
@Configuration
public class SecurityConfiguration implements WebMvcConfigurer {

  private final ProcessEngine engine;

  public SecurityConfiguration(ProcessEngine engine) {
    this.engine = engine;
  }

  /** First of all filters: see {@link SlowClientGuard}. */
  @Bean
  public FilterRegistrationBean<SlowClientGuard> slowClientGuard(
      @Value("${capacity-exit.requests.max-in-flight-per-address:32}") int perAddress,
      @Value("${capacity-exit.requests.body-deadline:PT30S}") Duration body,
      @Value("${capacity-exit.requests.upload-deadline:PT5M}") Duration upload) {
    FilterRegistrationBean<SlowClientGuard> registration = new FilterRegistrationBean<>(new SlowClientGuard(perAddress, body, upload));
    registration.setName("slow-client-guard");
    registration.addUrlPatterns("/*");
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<CrossSiteGuard> crossSiteGuard() {
    FilterRegistrationBean<CrossSiteGuard> registration = new FilterRegistrationBean<>(new CrossSiteGuard());
    registration.setName("cross-site-guard");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(4);
    return registration;
  }

  /** Before any password is checked: see {@link LoginThrottle}. */
  @Bean
  public FilterRegistrationBean<LoginThrottleFilter> loginThrottle(
      @Value("${capacity-exit.login.free-failures-per-account:5}") int perAccount,
      @Value("${capacity-exit.login.free-failures-per-address:20}") int perAddress,
      @Value("${capacity-exit.login.max-delay:PT15M}") Duration maxDelay) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(new LoginThrottle(perAccount, perAddress, maxDelay, Clock.systemUTC())));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*", LoginThrottleFilter.WEBAPP_LOGIN + "*");
    registration.setOrder(5);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication() {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*", "/actuator/prometheus");
    registration.setOrder(11);
    return registration;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CallerArgumentResolver(engine.getIdentityService()));
  }
}
