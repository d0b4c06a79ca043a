package cn.capacityexit.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the credit information platform on loopback: records what it receives, answers as told. */
public final class CreditPlatformDouble {

  private static final CreditPlatformDouble INSTANCE = new CreditPlatformDouble();

  private final HttpServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;

  private CreditPlatformDouble() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/credit-records", exchange -> {
      int answer = status;
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (answer / 100 == 2) {
        received.add(body);
      }
      exchange.sendResponseHeaders(answer, -1);
      exchange.close();
    });
    server.start();
  }

  public static CreditPlatformDouble get() {
    return INSTANCE;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/credit-records";
  }

  public void answer(int status) {
    this.status = status;
  }

  /** The records it accepted (answered 2xx). */
  public List<String> received() {
    return received;
  }
}
