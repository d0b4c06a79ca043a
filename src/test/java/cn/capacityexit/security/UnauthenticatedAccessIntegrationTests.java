package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, found from Spring's own mapping table (so a new endpoint is
 * covered the day it is written), refuses a call without login, except the public pages and
 * lists, the public complaint form and health. The engine REST API, the webapps' API and the
 * metrics are checked too.
 */
class UnauthenticatedAccessIntegrationTests extends IntegrationTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  static boolean isPublic(String path) {
    return path.startsWith("/api/public/") || path.startsWith("/public/") || path.equals("/error");
  }

  @Test
  void everyProductEndpointButThePublicOnesNeedsALogin() {
    Http anonymous = http();
    List<String> checked = new ArrayList<>();
    List<String> open = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : e.getKey().getPatternValues()) {
        String path = pattern.replaceAll("\\{[^}]+}", "x");
        var methods = e.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
          Http.Response r = anonymous.send(method.name(), path, "application/json", method == RequestMethod.GET ? null : "{}");
          if (isPublic(pattern)) {
            open.add(method + " " + pattern);
            assertThat(r.status()).as(method + " " + pattern + " is public").isNotIn(401, 403);
          } else {
            checked.add(method + " " + pattern);
            assertThat(r.status()).as(method + " " + pattern + " without login").isEqualTo(401);
          }
        }
      }
    }
    assertThat(checked).as("product endpoints found").hasSizeGreaterThan(20)
        .contains("POST /api/cases", "GET /api/dashboard", "POST /api/eliminations/{number}/evidence");
    assertThat(open).contains("POST /api/public/complaints", "GET /public/lists");
    System.out.printf("[security] %d endpoints refuse anonymous calls; public: %s%n", checked.size(), open);
  }

  @Test
  void theEngineApiTheWebappsApiAndTheMetricsNeedALoginAndHealthDoesNot() {
    Http anonymous = http();
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/process-definition",
        "/engine-rest/user", "/engine-rest/deployment", "/engine-rest/history/process-instance", "/actuator/prometheus")) {
      assertThat(anonymous.get(path).status()).as("GET " + path).isEqualTo(401);
    }
    assertThat(anonymous.send("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=x", "--x--\r\n").status())
        .isEqualTo(401);
    assertThat(anonymous.send("POST", "/engine-rest/process-definition/key/rectification-to-closure/start", "application/json", "{}")
        .status()).isEqualTo(401);
    assertThat(anonymous.get("/camunda/api/engine/engine/default/task/count").status()).isIn(401, 403);
    assertThat(anonymous.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").status()).isIn(401, 403);
    assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    assertThat(anonymous.get("/api/enterprises").status()).isEqualTo(401);
    assertThat(http().as("jining-miit", "wrong-password").get("/api/enterprises").status()).isEqualTo(401);
  }
}
