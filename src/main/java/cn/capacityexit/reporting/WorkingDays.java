package cn.capacityexit.reporting;

import cn.capacityexit.organisation.OrganisationConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * China's working days: weekdays, less the official public holidays, plus the make-up working
 * days (调休) of seeds/calendars/workdays.yaml and of the years an administrator entered later
 * ({@code cal_holiday_year}). A year known to neither is refused ({@link MissingHolidaysException}),
 * never counted as weekends only.
 */
@Component
public class WorkingDays {

  static final String FILE = "seeds/calendars/workdays.yaml";
  private static final Logger LOG = LoggerFactory.getLogger(WorkingDays.class);

  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> workdays = new HashSet<>();
  private final Set<Integer> years = new HashSet<>();
  private final Set<Integer> seedYears = new HashSet<>();
  private final JdbcClient jdbc;

  /** The seed data only (unit tests). */
  public WorkingDays() {
    this(null);
  }

  @Autowired
  public WorkingDays(JdbcClient jdbc) {
    this.jdbc = jdbc;
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      File file = OrganisationConfiguration.seedReader().readValue(in, File.class);
      file.years().forEach((year, y) -> {
        years.add(year);
        seedYears.add(year);
        holidays.addAll(y.holidays());
        workdays.addAll(y.workdays());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  record File(Map<Integer, Year> years) {}

  record Year(List<LocalDate> holidays, List<LocalDate> workdays) {}

  public synchronized boolean isWorkingDay(LocalDate day) {
    if (!years.contains(day.getYear()) && !loadEntered(day.getYear())) {
      LOG.warn("{} and cal_holiday_year have no holidays for {}: refused", FILE, day.getYear());
      throw new MissingHolidaysException(day.getYear());
    }
    if (workdays.contains(day)) {
      return true;
    }
    if (holidays.contains(day)) {
      return false;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The day on which a period of n working days that starts after the given day ends. */
  public LocalDate plusWorkingDays(LocalDate after, int n) {
    LocalDate day = after;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The years the data covers (the seed file and the years entered so far). */
  public synchronized Set<Integer> years() {
    if (jdbc != null) {
      jdbc.sql("SELECT holiday_year FROM cal_holiday_year").query(Integer.class).list().forEach(this::loadEntered);
    }
    return Set.copyOf(years);
  }

  /** Whether a year has data, seed or entered. */
  public synchronized boolean covers(int year) {
    return years.contains(year) || loadEntered(year);
  }

  /** Forgets an entered year so that its new version is read (after an administrator changed it). */
  synchronized void reload(int year) {
    if (jdbc != null && !seedYears.contains(year) && years.remove(year)) {
      holidays.removeIf(d -> d.getYear() == year);
      workdays.removeIf(d -> d.getYear() == year);
    }
  }

  private synchronized boolean loadEntered(int year) {
    if (years.contains(year)) {
      return true;
    }
    if (jdbc == null) {
      return false;
    }
    return jdbc.sql("SELECT holidays, workdays FROM cal_holiday_year WHERE holiday_year = ?").param(year)
        .query((rs, n) -> {
          holidays.addAll(days(rs.getString(1)));
          workdays.addAll(days(rs.getString(2)));
          years.add(year);
          return true;
        }).optional().orElse(false);
  }

  static List<LocalDate> days(String joined) {
    return joined == null || joined.isBlank() ? List.of()
        : java.util.Arrays.stream(joined.split(",")).map(String::strip).map(LocalDate::parse).toList();
  }
}
