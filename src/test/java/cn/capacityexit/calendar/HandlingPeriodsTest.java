package cn.capacityexit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HandlingPeriodsTest {

  private static HandlingPeriods at(String instant) {
    return new HandlingPeriods(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  /** Issue 13, item 10: the yearly launcher fires at 09:00 China time on 2 January, on a server in any zone. */
  @Test
  void theLauncherRunsAtNineInTheMorningChinaTimeWhateverTheServersZone() {
    assertThat(at("2026-11-30T20:00:00Z").launchCycle()).isEqualTo("R/2027-01-02T09:00:00+08:00/P1Y");
    assertThat(at("2027-01-02T00:30:00Z").launchCycle()).as("08:30 in Beijing: today's launch is still ahead")
        .isEqualTo("R/2027-01-02T09:00:00+08:00/P1Y");
    assertThat(at("2027-01-02T01:00:00Z").launchCycle()).isEqualTo("R/2028-01-02T09:00:00+08:00/P1Y");
  }

  /** 聊城方案 四(四) sets no objection period: the product's own five working days, from the handling periods. */
  @Test
  void theObjectionWindowWhereThePlanSetsNoneIsTheProductsOwnChoice() {
    assertThat(at("2026-11-30T20:00:00Z").objectionWorkingDays()).isEqualTo(5);
  }
}
