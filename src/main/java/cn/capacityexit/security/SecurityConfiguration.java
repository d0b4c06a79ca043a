package cn.capacityexit.security;

import java.util.List;
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
