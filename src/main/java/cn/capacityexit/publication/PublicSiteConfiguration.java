package cn.capacityexit.publication;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link PublicSiteHeaders} on everything the public sees without login. */
@Configuration
public class PublicSiteConfiguration {

  @Bean
  public FilterRegistrationBean<PublicSiteHeaders> publicSiteHeaders() {
    FilterRegistrationBean<PublicSiteHeaders> registration = new FilterRegistrationBean<>(new PublicSiteHeaders());
    registration.setName("public-site-headers");
    registration.addUrlPatterns("/public/*", "/api/public/*");
    registration.setOrder(5);
    return registration;
  }
}
