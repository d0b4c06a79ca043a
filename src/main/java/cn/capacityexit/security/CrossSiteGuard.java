package cn.capacityexit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser sends HTTP Basic credentials it has cached with any request to this host, even one
 * that another site's page makes it send. Writes to {@code /api} and {@code /engine-rest} are
 * therefore refused (403) when the browser says they come from another origin; clients that are
 * not browsers send no Origin header and are unaffected. The public complaint form accepts any
 * origin: it needs no login.
 */
public class CrossSiteGuard extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader("Origin");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (origin == null || SAFE.contains(request.getMethod()) || path.startsWith(ApiAuthenticationFilter.PUBLIC_PREFIX)
        || sameOrigin(origin, request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write("{\"status\":403,\"type\":\"Forbidden\",\"message\":\"拒绝来自其他网站的修改请求\"}"
        .getBytes(StandardCharsets.UTF_8));
  }

  static boolean sameOrigin(String origin, HttpServletRequest request) {
    try {
      URI o = URI.create(origin);
      String host = request.getHeader("Host");
      return host != null && o.getRawAuthority() != null && o.getRawAuthority().equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
