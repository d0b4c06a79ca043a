package cn.capacityexit.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import cn.capacityexit.support.HandClock;
import org.junit.jupiter.api.Test;

class ComplaintRateLimiterTest {

  private final HandClock clock = new HandClock("2025-06-01T00:00:00Z");
  private final ComplaintRateLimiter limiter = new ComplaintRateLimiter(5, Duration.ofHours(1), clock);

  @Test
  void oneAddressGetsFiveReportsAnHourAndTheOthersAreNotTouched() {
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.tryAcquire("203.0.113.1")).isTrue();
    }
    assertThat(limiter.allows("203.0.113.1")).isFalse();
    assertThat(limiter.tryAcquire("203.0.113.1")).isFalse();
    assertThat(limiter.allows("203.0.113.2")).isTrue();
    assertThat(limiter.tryAcquire("203.0.113.2")).isTrue();

    clock.advance(Duration.ofMinutes(61));
    assertThat(limiter.tryAcquire("203.0.113.1")).as("a new window").isTrue();
  }

  @Test
  void thereIsNoTotalOverAllAddresses() {
    for (int client = 0; client < 1_000; client++) {
      for (int i = 0; i < 5; i++) {
        limiter.tryAcquire("198.51.100." + client);
      }
    }
    assertThat(limiter.tryAcquire("203.0.113.9")).isTrue();
  }

  @Test
  void checkingCostsNothingAndAReleasedCountIsGivenBack() {
    for (int i = 0; i < 100; i++) {
      assertThat(limiter.allows("203.0.113.1")).isTrue();
    }
    for (int i = 0; i < 100; i++) {
      assertThat(limiter.tryAcquire("203.0.113.1")).isTrue();
      limiter.release("203.0.113.1");
    }
    assertThat(limiter.clients()).isZero();
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.tryAcquire("203.0.113.1")).isTrue();
    }
    assertThat(limiter.tryAcquire("203.0.113.1")).isFalse();
  }

  @Test
  void remembersAtMostTenThousandAddresses() {
    for (int i = 0; i < ComplaintRateLimiter.MAX_CLIENTS + 500; i++) {
      limiter.tryAcquire("client-" + i);
    }
    assertThat(limiter.clients()).isEqualTo(ComplaintRateLimiter.MAX_CLIENTS);
  }
}
