package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, attacks 5, 9 and the cross-site writes of 12: nobody without a login can lock an account or
 * starve the officers. The attackers come from other loopback addresses (127.0.0.x) than the
 * officer, as they would from other machines.
 */
class ServerHardeningIntegrationTests extends IntegrationTest {

  // Attack 5: wrong passwords lock out neither the account nor its owner at another address.
  @Test
  void wrongPasswordsDelayTheGuesserAndNeverLockTheAccount() throws IOException {
    int throttled = 0;
    for (int i = 0; i < 30; i++) {
      int status = status("127.0.0.3", "GET", "/engine-rest/task/count", basic("admin", "wrong" + i), null);
      assertThat(status).isIn(401, 429);
      throttled += status == 429 ? 1 : 0;
    }
    assertThat(throttled).as("the guessing address waits").isPositive();
    assertThat(status("127.0.0.3", "GET", "/engine-rest/task/count", basic("admin", PASSWORD), null)).isEqualTo(429);
    // More than the engine's ten attempts: the account is not locked for its owner elsewhere.
    assertThat(status("127.0.0.4", "GET", "/engine-rest/task/count", basic("admin", PASSWORD), null)).isEqualTo(200);
    assertThat(status("127.0.0.4", "GET", "/api/cases", basic("admin", PASSWORD), null)).isEqualTo(200);
    assertThat(webappLogin("127.0.0.4", "admin", PASSWORD)).isEqualTo(200);
  }

  @Test
  void theWebappLoginFormIsThrottledToo() throws IOException {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      statuses.add(webappLogin("127.0.0.8", "weihai-miit", "wrong" + i));
    }
    assertThat(statuses).containsOnly(401, 429).contains(429);
    assertThat(webappLogin("127.0.0.9", "weihai-miit", PASSWORD)).isEqualTo(200);
  }

  /** The webapps' login as a browser sends it: the page first (session and XSRF cookies), then the form. */
  private int webappLogin(String from, String user, String password) throws IOException {
    String cookies;
    try (Socket s = connect(from)) {
      s.setSoTimeout(15_000);
      cookies = String.join("; ", exchangeForHeaders(s, "GET", "/camunda/app/tasklist/default/", null, null).stream()
          .filter(h -> h.regionMatches(true, 0, "Set-Cookie:", 0, 11)).map(h -> h.substring(11).strip().split(";")[0]).toList());
    }
    String xsrf = java.util.Arrays.stream(cookies.split("; ")).filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring(11))
        .findFirst().orElse("");
    return status(from, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "Content-Type: application/x-www-form-urlencoded\r\nCookie: " + cookies + "\r\nX-XSRF-TOKEN: " + xsrf,
        "username=" + user + "&password=" + password);
  }

  // Attack 9: slow clients cannot starve Tasklist, Cockpit and /api.
  @Test
  void twoHundredThirtySlowUploadsDoNotStarveAnOfficer() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 230; i++) {
        Socket s = connect("127.0.0.5");
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/public/complaints HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(s);
      }
      Socket officer = connect("127.0.0.1");
      officer.setSoTimeout(15_000);
      assertThat(exchange(officer, "GET", "/api/cases", basic("jining-miit", PASSWORD), null)).isEqualTo(200);
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  // Item 12: a page of another site cannot make a browser with cached credentials write.
  @Test
  void writesFromAnotherSitesPageAreRefused() throws IOException {
    String csv = "creditCode,name\n";
    assertThat(status("127.0.0.6", "POST", "/api/enterprises/import", basic("jining-miit", PASSWORD)
        + "\r\nOrigin: http://evil.example\r\nContent-Type: text/csv", csv)).isEqualTo(403);
    assertThat(status("127.0.0.6", "POST", "/engine-rest/process-definition/key/rectification-to-closure/start",
        basic("jining-miit", PASSWORD) + "\r\nOrigin: http://evil.example\r\nContent-Type: application/json", "{}")).isEqualTo(403);
    assertThat(status("127.0.0.6", "GET", "/api/cases", basic("jining-miit", PASSWORD) + "\r\nOrigin: http://evil.example", null))
        .isEqualTo(200);
  }

  // ------------------------------------------------------------------------------------------

  private static String basic(String user, String password) {
    return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Socket connect(String from) throws IOException {
    Socket s = new Socket();
    s.bind(new InetSocketAddress(from, 0));
    s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    return s;
  }

  private int status(String from, String method, String path, String header, String body) throws IOException {
    try (Socket s = connect(from)) {
      s.setSoTimeout(15_000);
      return exchange(s, method, path, header, body);
    }
  }

  /** One HTTP/1.1 request; the status of the answer. */
  private static int exchange(Socket s, String method, String path, String header, String body) throws IOException {
    return Integer.parseInt(exchangeForHeaders(s, method, path, header, body).get(0).split(" ")[1]);
  }

  /** One HTTP/1.1 request; the status line and the header lines of the answer. */
  private static List<String> exchangeForHeaders(Socket s, String method, String path, String header, String body) throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        + (header != null && header.contains("Accept:") ? "" : "Accept: application/json\r\n")
        + (header == null ? "" : header + "\r\n") + "Content-Length: " + content.length + "\r\n\r\n";
    OutputStream out = s.getOutputStream();
    out.write(request.getBytes(StandardCharsets.UTF_8));
    out.write(content);
    out.flush();
    InputStream in = s.getInputStream();
    List<String> lines = new ArrayList<>();
    while (true) {
      StringBuilder line = new StringBuilder();
      int c = in.read();
      for (; c != -1 && c != '\n'; c = in.read()) {
        line.append((char) c);
      }
      String text = line.toString().strip();
      if (text.isEmpty()) {
        return lines;
      }
      lines.add(text);
      if (c == -1) {
        return lines;
      }
    }
  }
}
