package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import cn.capacityexit.support.HandClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  HandClock clock = new HandClock("2026-11-30T00:00:00Z");
  LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);

  @Test
  void aGuesserWaitsTwiceAsLongAfterEachFailureBeyondTheFreeOnesUpToTheCap() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.0.0.1", "admin");
    }
    assertThat(throttle.waitFor("10.0.0.1", "admin")).isZero();
    throttle.failed("10.0.0.1", "admin");
    assertThat(throttle.waitFor("10.0.0.1", "admin")).isEqualTo(Duration.ofSeconds(1));
    throttle.failed("10.0.0.1", "admin");
    assertThat(throttle.waitFor("10.0.0.1", "admin")).isEqualTo(Duration.ofSeconds(2));
    for (int i = 0; i < 30; i++) {
      throttle.failed("10.0.0.1", "admin");
    }
    assertThat(throttle.waitFor("10.0.0.1", "admin")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theOwnerAtAnotherAddressNeverWaits() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("10.0.0.1", "admin");
    }
    assertThat(throttle.waitFor("10.0.0.2", "admin")).isZero();
  }

  @Test
  void oneAddressTryingManyAccountsWaitsToo() {
    for (int i = 0; i < 21; i++) {
      throttle.failed("10.0.0.1", "user" + i);
    }
    assertThat(throttle.waitFor("10.0.0.1", "someone-else")).isPositive();
  }

  @Test
  void countsAreForgottenAnHourAfterTheLastFailure() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("10.0.0.1", "admin");
    }
    clock.advance(Duration.ofMinutes(61));
    assertThat(throttle.waitFor("10.0.0.1", "admin")).isZero();
    throttle.failed("10.0.0.1", "admin");
    assertThat(throttle.waitFor("10.0.0.1", "admin")).isZero();
  }
}
