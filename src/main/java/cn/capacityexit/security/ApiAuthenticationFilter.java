package cn.capacityexit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to the product's {@code /api/*} against the engine's users: HTTP Basic for
 * any method, or (for reads only, so that no other site can make a logged-in browser write) the
 * session of a user logged in to the Camunda webapps. {@code /api/public/*} needs no login.
 * The engine's current authentication is set for the request, so that the engine's own
 * authorization and tenant checks apply to whatever the request does, and cleared afterwards.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String PUBLIC_PREFIX = "/api/public/";
  /** Who may read the operations metrics: administrators and a monitoring account (group "monitoring"). */
  static final List<String> OPERATIONS_GROUPS = List.of("camunda-admin", "monitoring");

  private final ProcessEngine engine;

  public ApiAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(PUBLIC_PREFIX)) {
      chain.doFilter(request, response);
      return;
    }
    IdentityService identity = engine.getIdentityService();
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] credentials = basicCredentials(header);
      if (credentials != null && identity.checkPassword(credentials[0], credentials[1])) {
        String user = credentials[0];
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList();
        proceedAs(user, groups, tenants, request, response, chain);
        return;
      }
    } else if (isRead(request)) {
      UserAuthentication session = fromSession(request.getSession(false));
      if (session != null) {
        proceedAs(session.getIdentityId(), session.getGroupIds(), session.getTenantIds(), request, response, chain);
        return;
      }
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"capacity-exit\", charset=\"UTF-8\"");
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"请使用系统账号登录（HTTP Basic）\"}");
  }

  private void proceedAs(String user, List<String> groups, List<String> tenants, HttpServletRequest request,
      HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/actuator/") && groups.stream().noneMatch(OPERATIONS_GROUPS::contains)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"status\":403,\"error\":\"Forbidden\",\"message\":\"运行指标仅供系统管理员和监控账号读取\"}");
      return;
    }
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private UserAuthentication fromSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    if (auths == null || !auths.hasAuthenticationForProcessEngine(engine.getName())) {
      return null;
    }
    return (UserAuthentication) auths.getAuthenticationForProcessEngine(engine.getName());
  }

  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /** The user and password of an HTTP Basic header, or null when it is not one. */
  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
