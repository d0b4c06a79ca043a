package cn.capacityexit.credit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pushes a credit record to the credit platform's HTTP endpoint when one is configured
 * ({@code CREDIT_PUSH_URL}). A failure throws, so that the job is retried and, after its last
 * retry, becomes an incident that Cockpit shows. Without an endpoint the platform pulls
 * {@code GET /api/credit-records}.
 */
@Component
public class CreditPusher {

  private final String url;
  private final ObjectMapper json;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public CreditPusher(@Value("${capacity-exit.credit.push-url:}") String url, ObjectMapper json) {
    this.url = url == null ? "" : url.strip();
    this.json = json;
  }

  public boolean isConfigured() {
    return !url.isEmpty();
  }

  public void push(CreditRecord record) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", record.recordKey())
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(record)))
          .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("信用平台拒收信用记录" + record.recordKey() + "：HTTP " + response.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException("无法连接信用平台 " + url + "：" + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("推送信用记录被中断", e);
    }
  }
}
