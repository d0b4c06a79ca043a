package cn.capacityexit.sealing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous complaints: at most {@code per-client} from one address within the window, and
 * at most {@code total} from everyone, so that the public form cannot flood the officers' task
 * lists. Counts are kept in memory, bounded in size.
 */
@Component
public class ComplaintRateLimiter {

  private static final int MAX_CLIENTS = 10_000;

  private final int perClient;
  private final int total;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> byClient = new LinkedHashMap<>(16, 0.75f, true);
  private final Deque<Instant> all = new ArrayDeque<>();

  public ComplaintRateLimiter(@Value("${capacity-exit.complaints.per-client:5}") int perClient,
      @Value("${capacity-exit.complaints.total:500}") int total,
      @Value("${capacity-exit.complaints.window:PT1H}") Duration window) {
    this.perClient = perClient;
    this.total = total;
    this.window = window;
    // Wall-clock time on purpose: moving the engine clock must not open or close the gate.
    this.clock = Clock.systemUTC();
  }

  /** Counts the attempt; false when the client or everyone is over the limit. */
  public synchronized boolean tryAcquire(String client) {
    Instant now = clock.instant();
    Instant since = now.minus(window);
    prune(all, since);
    Deque<Instant> mine = byClient.computeIfAbsent(client, k -> new ArrayDeque<>());
    prune(mine, since);
    if (mine.size() >= perClient || all.size() >= total) {
      return false;
    }
    mine.add(now);
    all.add(now);
    if (byClient.size() > MAX_CLIENTS) {
      Iterator<String> eldest = byClient.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return true;
  }

  public synchronized void reset() {
    byClient.clear();
    all.clear();
  }

  private static void prune(Deque<Instant> times, Instant since) {
    while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
      times.pollFirst();
    }
  }
}
