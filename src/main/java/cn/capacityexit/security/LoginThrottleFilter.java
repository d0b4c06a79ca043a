package cn.capacityexit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link LoginThrottle} to every place a password is checked: HTTP Basic on
 * {@code /engine-rest}, {@code /api} and {@code /actuator}, and the webapps' login form. A request
 * from a waiting address is answered 429 with Retry-After before any password is checked; a 401
 * answer counts as a failure.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String account = basicUser(request.getHeader("Authorization"));
    boolean login = path.startsWith(WEBAPP_LOGIN) && path.contains("/login/") && "POST".equals(request.getMethod());
    if (account == null && !login) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(address, account);
    if (!wait.isZero()) {
      long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(seconds));
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(("{\"status\":429,\"type\":\"TooManyAttempts\",\"message\":\"登录失败次数过多，请在"
          + seconds + "秒后重试\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address, account);
    } else if (response.getStatus() < 400) {
      throttle.succeeded(address, account);
    }
  }

  static String basicUser(String header) {
    String[] credentials = ApiAuthenticationFilter.basicCredentials(header);
    return credentials == null ? null : credentials[0];
  }
}
