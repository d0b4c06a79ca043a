package cn.capacityexit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps slow or greedy clients from starving the officers. Tomcat reads headers without holding a
 * thread, but a request body is read by a worker thread: one address may have only so many
 * requests in progress at once (429 beyond), and a body must arrive within its deadline (longer
 * for uploads), so a client trickling a byte every few seconds loses its thread instead of keeping
 * it. Tomcat's connection timeout bounds each single wait (application.yaml). Behind a reverse
 * proxy the address is the proxy's unless forwarded headers are trusted (README, "Security").
 */
public class SlowClientGuard extends OncePerRequestFilter {

  private final int maxInFlightPerAddress;
  private final Duration bodyDeadline;
  private final Duration uploadDeadline;
  private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  public SlowClientGuard(int maxInFlightPerAddress, Duration bodyDeadline, Duration uploadDeadline) {
    this.maxInFlightPerAddress = maxInFlightPerAddress;
    this.bodyDeadline = bodyDeadline;
    this.uploadDeadline = uploadDeadline;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    AtomicInteger count = inFlight.computeIfAbsent(address, a -> new AtomicInteger());
    if (maxInFlightPerAddress > 0 && count.incrementAndGet() > maxInFlightPerAddress) {
      release(address, count);
      response.setStatus(429);
      response.setHeader("Retry-After", "5");
      response.setHeader("Connection", "close");
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write("{\"status\":429,\"type\":\"TooManyRequests\",\"message\":\"同一地址的并发请求过多，请稍后重试\"}"
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    try {
      String type = request.getContentType();
      Duration deadline = type != null && type.startsWith("multipart/") ? uploadDeadline : bodyDeadline;
      chain.doFilter(new Deadline(request, System.nanoTime() + deadline.toNanos()), response);
    } finally {
      if (maxInFlightPerAddress > 0) {
        release(address, count);
      }
    }
  }

  private void release(String address, AtomicInteger count) {
    if (count.decrementAndGet() <= 0) {
      inFlight.remove(address, count);
    }
  }

  /** A request whose body must have been read by the deadline. */
  private static final class Deadline extends HttpServletRequestWrapper {

    private final long deadline;
    private ServletInputStream stream;

    Deadline(HttpServletRequest request, long deadline) {
      super(request);
      this.deadline = deadline;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          @Override
          public int read() throws IOException {
            check();
            return in.read();
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            check();
            return in.read(b, off, len);
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }

    private void check() throws IOException {
      if (System.nanoTime() > deadline) {
        throw new IOException("请求正文发送过慢，已超过时限");
      }
    }
  }
}
