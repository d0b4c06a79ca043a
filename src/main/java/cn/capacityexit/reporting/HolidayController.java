package cn.capacityexit.reporting;

import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.Problems;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 节假日安排: the administrator enters a year's public holidays and make-up working days from the
 * State Council's annual notice, so that periods in working days can be counted in a year the seed
 * data does not hold yet, without a release.
 */
@RestController
public class HolidayController {

  private final JdbcClient jdbc;
  private final WorkingDays workingDays;
  private final Clock clock;

  public HolidayController(JdbcClient jdbc, WorkingDays workingDays, Clock clock) {
    this.jdbc = jdbc;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /** The body: days off and make-up working days (ISO dates), and the notice they come from. */
  public record HolidayYear(List<String> holidays, List<String> workdays, String source) {}

  @GetMapping("/api/admin/holidays")
  public Map<String, Object> years(Caller caller) {
    requireAdministrator(caller);
    List<Map<String, Object>> entered = jdbc.sql("SELECT holiday_year, source, recorded_by, recorded_at FROM cal_holiday_year ORDER BY holiday_year")
        .query((rs, n) -> Map.<String, Object>of("year", rs.getInt(1), "source", rs.getString(2), "recordedBy", rs.getString(3),
            "recordedAt", rs.getObject(4, OffsetDateTime.class)))
        .list();
    return Map.of("years", new TreeSet<>(workingDays.years()), "entered", entered);
  }

  @PutMapping("/api/admin/holidays/{year}")
  @Transactional
  public Map<String, Object> enter(Caller caller, @PathVariable int year, @RequestBody HolidayYear body) {
    requireAdministrator(caller);
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("year", "年份应在2000至2100之间");
    }
    if (new WorkingDays().covers(year)) {
      throw new ConflictException(year + "年的安排已在种子数据（seeds/calendars/workdays.yaml）中，请随版本更新");
    }
    Problems p = new Problems();
    List<LocalDate> holidays = dates(p, "holidays", body.holidays(), year, year);
    List<LocalDate> workdays = dates(p, "workdays", body.workdays(), year - 1, year);
    if (holidays.isEmpty() && p.isEmpty()) {
      p.add("holidays", "请填写该年的法定节假日（放假日期）");
    }
    String source = p.text("source", body.source(), true, 300);
    p.throwIfAny();
    String by = caller.userId();
    OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String h = String.join(",", holidays.stream().map(LocalDate::toString).toList());
    String w = String.join(",", workdays.stream().map(LocalDate::toString).toList());
    int updated = jdbc.sql("UPDATE cal_holiday_year SET holidays = ?, workdays = ?, source = ?, recorded_by = ?, recorded_at = ? WHERE holiday_year = ?")
        .params(h, w, source, by, at, year).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO cal_holiday_year (holiday_year, holidays, workdays, source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
          .params(year, h, w, source, by, at).update();
    }
    workingDays.reload(year);
    return Map.of("year", year, "holidays", holidays, "workdays", workdays, "source", source);
  }

  private static List<LocalDate> dates(Problems p, String field, List<String> values, int fromYear, int toYear) {
    List<LocalDate> days = new ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      try {
        LocalDate d = LocalDate.parse(v == null ? "" : v.strip());
        if (d.getYear() < fromYear || d.getYear() > toYear) {
          p.add(field, v + "不在" + (fromYear == toYear ? fromYear + "年" : fromYear + "至" + toYear + "年") + "内");
        } else {
          days.add(d);
        }
      } catch (DateTimeParseException e) {
        p.add(field, "“" + v + "”应为ISO日期，如2027-01-01");
      }
    }
    return days.stream().distinct().sorted().toList();
  }

  private static void requireAdministrator(Caller caller) {
    if (!caller.administrator()) {
      throw new ForbiddenException("只有系统管理员可以录入节假日安排");
    }
  }
}
