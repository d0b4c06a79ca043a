package cn.capacityexit.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as a separate JVM (the test's own classpath, main class CapacityExitApplication)
 * on a free port: for tests that kill a node or run two of them on one database.
 */
public final class Node implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private Node(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a node named {@code name} (also the host name in the engine's job log) on the database
   * of {@code database}, with the job executor on, and waits until it is healthy.
   */
  public static Node start(String name, Map<String, String> database, Map<String, String> extra) throws IOException {
    return start(name, new File("."), database, extra);
  }

  /** As {@link #start(String, Map, Map)}, in the working directory {@code dir} (where ./data is). */
  public static Node start(String name, File dir, Map<String, String> database, Map<String, String> extra) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path logs = Path.of("target", "nodes").toAbsolutePath();
    Files.createDirectories(logs);
    Path log = logs.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "cn.capacityexit.CapacityExitApplication",
        "--spring.profiles.active=demo", "--server.port=" + port,
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    database.forEach((k, v) -> command.add("--" + k + "=" + v));
    extra.forEach((k, v) -> command.add("--" + k + "=" + v));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.directory(dir);
    Node node = new Node(name, port, builder.start(), log);
    node.awaitHealthy(Duration.ofSeconds(180));
    return node;
  }

  private void awaitHealthy(Duration timeout) {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ": see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException("node " + name + " did not become healthy: see " + log.toAbsolutePath());
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public Http http() {
    return new Http("http://localhost:" + port);
  }

  public String name() {
    return name;
  }

  /** SIGKILL: no shutdown hook, no rollback by the application, the database sees the connections drop. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
