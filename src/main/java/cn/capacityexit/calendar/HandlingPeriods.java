package cn.capacityexit.calendar;

import cn.capacityexit.organisation.OrganisationConfiguration;
import cn.capacityexit.calendar.Deadlines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Due dates of the product's own tasks, from seeds/deadlines/handling-periods.yaml. Diagrams call
 * it as {@code ${dueDates.due('reinspect')}}: the end of the due day, China time.
 */
@Component("dueDates")
public class HandlingPeriods {

  static final String FILE = "seeds/deadlines/handling-periods.yaml";

  private final Map<String, Period> periods;
  private final int reminderDays;
  private final java.util.List<Period> reinspections;
  private final Period reserveReview;
  private final java.time.MonthDay launchDay;
  private final java.time.LocalTime launchTime;
  private final int objectionWorkingDays;
  private final Clock clock;

  public HandlingPeriods(Clock clock) {
    this.clock = clock;
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      File file = OrganisationConfiguration.seedReader().readValue(in, File.class);
      this.periods = Map.copyOf(file.periods());
      this.reminderDays = file.reminderDaysBeforeDeadline();
      this.reinspections = java.util.List.copyOf(file.reinspectionsAfterExit());
      this.reserveReview = file.reserveReviewEvery();
      this.launchDay = java.time.MonthDay.parse("--" + file.campaignLaunchDay());
      this.launchTime = java.time.LocalTime.parse(file.campaignLaunchTime());
      this.objectionWorkingDays = file.objectionWorkingDays();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  record File(Map<String, Period> periods, int reminderDaysBeforeDeadline, java.util.List<Period> reinspectionsAfterExit,
      Period reserveReviewEvery, String campaignLaunchDay, String campaignLaunchTime, int objectionWorkingDays) {}

  /**
   * The objection window of a public notice (公示期) in working days, where the plan that orders the
   * notice sets none (聊城方案 四(四) says 公示无异议后 without a period): the product's own choice.
   */
  public int objectionWorkingDays() {
    return objectionWorkingDays;
  }

  public Period period(String key) {
    Period p = periods.get(key);
    if (p == null) {
      throw new IllegalArgumentException(FILE + " has no handling period '" + key + "'");
    }
    return p;
  }

  /** The end of the day the task is due, counted from today in China. */
  public Date due(String key) {
    return Date.from(Deadlines.endOfDay(Deadlines.today(clock).plus(period(key))));
  }

  /** As {@link #due(String)}, but never after the limit (another deadline the task must beat). */
  public Date dueNoLaterThan(String key, Date limit) {
    Date due = due(key);
    return limit != null && limit.before(due) ? limit : due;
  }

  /** The re-inspections after an exit (复查), at 09:00 China time on each day. */
  public java.util.List<Date> reinspectionsAfter(LocalDate exit) {
    return reinspections.stream().map(p -> Date.from(exit.plus(p).atTime(9, 0).atZone(Deadlines.CHINA).toInstant())).toList();
  }

  /** The next periodic review of a unit kept as emergency reserve. */
  public Date nextReserveReview() {
    return Date.from(Deadlines.today(clock).plus(reserveReview).atTime(9, 0).atZone(Deadlines.CHINA).toInstant());
  }

  /**
   * The schedule of the yearly campaign launcher, read by its timer start as ${campaignSchedule.launchCycle}:
   * an ISO 8601 repetition from the next launch day at the launch time China time, every year
   * ({@code R/2027-01-02T09:00+08:00/P1Y}), so that the server's zone does not move it.
   */
  public String launchCycle() {
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock.withZone(Deadlines.CHINA));
    java.time.ZonedDateTime next = launchDay.atYear(now.getYear()).atTime(launchTime).atZone(Deadlines.CHINA);
    if (!next.isAfter(now)) {
      next = launchDay.atYear(now.getYear() + 1).atTime(launchTime).atZone(Deadlines.CHINA);
    }
    return "R/" + next.toOffsetDateTime().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1Y";
  }

  public int reminderDays() {
    return reminderDays;
  }

  /** The reminder before a deadline day: the configured days earlier, at 09:00 China time. */
  public Instant reminderBefore(LocalDate deadline) {
    return deadline.minusDays(reminderDays).atTime(9, 0).atZone(Deadlines.CHINA).toInstant();
  }
}
