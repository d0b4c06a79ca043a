package cn.capacityexit.sealing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous complaints to {@code per-client} accepted reports from one address within the
 * window, so that one sender cannot flood the officers' task lists. Only accepted reports count:
 * refused ones (blank, unknown announcement) cost nothing, and there is no total over all
 * addresses, so junk from many addresses cannot close the channel for everyone. Counts are kept
 * in memory for at most {@value #MAX_CLIENTS} addresses, the least recently seen dropped first.
 */
@Component
public class ComplaintRateLimiter {

  static final int MAX_CLIENTS = 10_000;

  private final int perClient;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> byClient = new LinkedHashMap<>(16, 0.75f, true);

  @Autowired
  public ComplaintRateLimiter(@Value("${capacity-exit.complaints.per-client:5}") int perClient,
      @Value("${capacity-exit.complaints.window:PT1H}") Duration window) {
    // Wall-clock time on purpose: moving the engine clock must not open or close the gate.
    this(perClient, window, Clock.systemUTC());
  }

  ComplaintRateLimiter(int perClient, Duration window, Clock clock) {
    this.perClient = perClient;
    this.window = window;
    this.clock = clock;
  }

  /** True while the client has budget left; counts nothing. */
  public synchronized boolean allows(String client) {
    Deque<Instant> mine = byClient.get(client);
    if (mine == null) {
      return true;
    }
    prune(mine, clock.instant().minus(window));
    return mine.size() < perClient;
  }

  /** Counts one report of the client; false (and nothing counted) when the client is over the limit. */
  public synchronized boolean tryAcquire(String client) {
    Instant now = clock.instant();
    Deque<Instant> mine = byClient.computeIfAbsent(client, k -> new ArrayDeque<>());
    prune(mine, now.minus(window));
    if (mine.size() >= perClient) {
      return false;
    }
    mine.addLast(now);
    if (byClient.size() > MAX_CLIENTS) {
      Iterator<String> eldest = byClient.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return true;
  }

  /** Gives back the client's last count: the report was refused after {@link #tryAcquire} after all. */
  public synchronized void release(String client) {
    Deque<Instant> mine = byClient.get(client);
    if (mine != null) {
      mine.pollLast();
      if (mine.isEmpty()) {
        byClient.remove(client);
      }
    }
  }

  synchronized int clients() {
    return byClient.size();
  }

  public synchronized void reset() {
    byClient.clear();
  }

  private static void prune(Deque<Instant> times, Instant since) {
    while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
      times.pollFirst();
    }
  }
}
