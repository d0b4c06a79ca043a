package cn.capacityexit.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the tests: Basic auth or a Camunda webapp session, JSON in and out. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String basic;
  private String accept = "application/json";

  public Http(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  public Http as(String user, String password) {
    basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public Http as(String user) {
    return as(user, IntegrationTest.PASSWORD);
  }

  /** Logs in to a Camunda webapp (tasklist, cockpit, admin) as a browser would; later calls carry the session. */
  public Http loginToWebapp(String app, String user, String password) {
    Response page = get("/camunda/app/" + app + "/");
    if (page.status() >= 400) {
      throw new IllegalStateException("cannot open " + app + ": " + page.status());
    }
    Response login = send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "application/x-www-form-urlencoded",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    if (login.status() != 200) {
      throw new IllegalStateException("login to " + app + " as " + user + " failed: " + login.status() + " " + login.body());
    }
    return this;
  }

  public Response get(String path) {
    return send("GET", path, null, null);
  }

  public Response post(String path, Object json) {
    return send("POST", path, "application/json", write(json));
  }

  public Response put(String path, Object json) {
    return send("PUT", path, "application/json", write(json));
  }

  /** Uploads one file as multipart/form-data, with extra text fields. */
  public Response upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
    String boundary = "----capacityexit" + System.nanoTime();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    fields.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
        .append("\"\r\n\r\n").append(v).append("\r\n"));
    head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
        .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return sendBody("POST", path, "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
  }

  /** Sends JSON and asks for another representation (application/hal+json). */
  public Response sendAccepting(String method, String path, String accept, String json) {
    this.accept = accept;
    try {
      return send(method, path, "application/json", json);
    } finally {
      this.accept = "application/json";
    }
  }

  /** Sends raw bytes (not necessarily UTF-8, not necessarily well formed). */
  public Response sendBytes(String method, String path, String contentType, byte[] body) {
    return sendBody(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
  }

  public Response send(String method, String path, String contentType, String body) {
    return sendBody(method, path, contentType,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private Response sendBody(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body)
        .header("Accept", accept);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (basic != null) {
      b.header("Authorization", basic);
    }
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse(null);
    if (xsrf != null) {
      b.header("X-XSRF-TOKEN", xsrf);
    }
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A download: the status and the bytes as sent (a PDF, a DOCX). */
  public record Download(int status, byte[] body, String contentType) {}

  public Download download(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (basic != null) {
      b.header("Authorization", basic);
    }
    try {
      HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object json) {
    if (json instanceof String s) {
      return s;
    }
    try {
      return JSON.writeValueAsString(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A response; {@link #json()} parses the body. */
  public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }
  }
}
