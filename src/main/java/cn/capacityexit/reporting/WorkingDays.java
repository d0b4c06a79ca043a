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
import org.springframework.stereotype.Component;

/**
 * China's working days: weekdays, less the official public holidays, plus the make-up working
 * days (调休) of seeds/calendars/workdays.yaml. A year missing from the data counts weekends only
 * and says so in the log.
 */
@Component
public class WorkingDays {

  static final String FILE = "seeds/calendars/workdays.yaml";
  private static final Logger LOG = LoggerFactory.getLogger(WorkingDays.class);

  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> workdays = new HashSet<>();
  private final Set<Integer> years = new HashSet<>();
  private final Set<Integer> warned = new HashSet<>();

  public WorkingDays() {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      File file = OrganisationConfiguration.seedReader().readValue(in, File.class);
      file.years().forEach((year, y) -> {
        years.add(year);
        holidays.addAll(y.holidays());
        workdays.addAll(y.workdays());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  record File(Map<Integer, Year> years) {}

  record Year(List<LocalDate> holidays, List<LocalDate> workdays) {}

  public boolean isWorkingDay(LocalDate day) {
    if (!years.contains(day.getYear()) && warned.add(day.getYear())) {
      LOG.warn("{} has no holidays for {}: counting weekends only", FILE, day.getYear());
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

  /** The years the data covers. */
  public Set<Integer> years() {
    return Set.copyOf(years);
  }
}
