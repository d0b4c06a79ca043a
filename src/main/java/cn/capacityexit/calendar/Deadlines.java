package cn.capacityexit.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

/**
 * Statutory dates end at the end of the day in China time (Asia/Shanghai), whatever the server's
 * zone: a finding on 2022-03-15 with six months is due at 2022-09-15 23:59:59 +08:00.
 */
public final class Deadlines {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Deadlines() {}

  /** The last instant of the day in China. */
  public static Instant endOfDay(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(CHINA).toInstant();
  }

  /** The due day: the start day plus the period (month ends clamp: 08-31 + P6M = 02-28/29). */
  public static LocalDate dueDay(LocalDate start, Period period) {
    return start.plus(period);
  }

  /** Today in China. */
  public static LocalDate today(java.time.Clock clock) {
    return LocalDate.now(clock.withZone(CHINA));
  }

  /** The day an instant falls on in China. */
  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(CHINA).toLocalDate();
  }
}
