package cn.capacityexit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing without letting anyone lock anyone else out. Failed logins are counted
 * per address and per account-and-address: after a few free failures each further attempt from
 * that address (for that account) must wait twice as long as the last, up to a cap. An account is
 * never locked as such: its owner, from their own address, logs in while a guesser elsewhere waits.
 * Counts are forgotten an hour after the last failure; memory is bounded (oldest entries dropped).
 * Kept per node: a cluster behind a balancer multiplies the budget by its nodes, which still
 * bounds guessing; nothing here is durable because nothing here is a legal record.
 */
public class LoginThrottle {

  static final int MAX_ENTRIES = 100_000;
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  private final int freePerAccount;
  private final int freePerAddress;
  private final Duration maxDelay;
  private final Clock clock;
  private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  public LoginThrottle(int freePerAccount, int freePerAddress, Duration maxDelay, Clock clock) {
    this.freePerAccount = freePerAccount;
    this.freePerAddress = freePerAddress;
    this.maxDelay = maxDelay;
    this.clock = clock;
  }

  /** How long this address (for this account, if named) must still wait; zero when it may try. */
  public synchronized Duration waitFor(String address, String account) {
    Instant now = clock.instant();
    Duration wait = remaining(addressKey(address), now);
    if (account != null) {
      Duration own = remaining(accountKey(address, account), now);
      wait = own.compareTo(wait) > 0 ? own : wait;
    }
    return wait;
  }

  public synchronized void failed(String address, String account) {
    Instant now = clock.instant();
    count(addressKey(address), freePerAddress, now);
    if (account != null) {
      count(accountKey(address, account), freePerAccount, now);
    }
  }

  /** A successful login clears that account's count at that address (not the address's own count). */
  public synchronized void succeeded(String address, String account) {
    if (account != null) {
      failures.remove(accountKey(address, account));
    }
  }

  private void count(String key, int free, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.last.plus(FORGET_AFTER).isBefore(now)) {
      f = new Failures();
    }
    f.count++;
    f.last = now;
    if (f.count > free) {
      long seconds = 1L << Math.min(30, f.count - free - 1);
      Duration delay = Duration.ofSeconds(seconds).compareTo(maxDelay) > 0 ? maxDelay : Duration.ofSeconds(seconds);
      f.blockedUntil = now.plus(delay);
    }
    failures.put(key, f);
  }

  private Duration remaining(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.blockedUntil == null || !f.blockedUntil.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, f.blockedUntil);
  }

  private static String addressKey(String address) {
    return "a|" + address;
  }

  private static String accountKey(String address, String account) {
    return "u|" + address + "|" + account;
  }

  private static final class Failures {
    int count;
    Instant last;
    Instant blockedUntil;
  }
}
