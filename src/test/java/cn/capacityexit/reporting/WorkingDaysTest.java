package cn.capacityexit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private final WorkingDays days = new WorkingDays();

  @Test
  void anObjectionWindowOverTheSpringFestivalSkipsTheHolidaysAndCountsTheMakeUpWorkingDays() {
    // 2025: Sunday 26 January is a working day, 28 January to 4 February are the Spring Festival holidays.
    assertThat(days.isWorkingDay(LocalDate.parse("2025-01-26"))).isTrue();
    assertThat(days.isWorkingDay(LocalDate.parse("2025-01-29"))).isFalse();
    assertThat(days.plusWorkingDays(LocalDate.parse("2025-01-24"), 5)).isEqualTo(LocalDate.parse("2025-02-07"));
    // 2026: Saturday 14 February is a working day before the holidays of 15 to 23 February.
    assertThat(days.plusWorkingDays(LocalDate.parse("2026-02-13"), 3)).isEqualTo(LocalDate.parse("2026-02-25"));
  }

  @Test
  void theNationalDayWeekIsNotWorkedAndItsMakeUpSaturdayIs() {
    assertThat(days.isWorkingDay(LocalDate.parse("2024-10-03"))).isFalse();
    assertThat(days.isWorkingDay(LocalDate.parse("2024-10-12"))).isTrue();
    assertThat(days.plusWorkingDays(LocalDate.parse("2024-09-30"), 1)).isEqualTo(LocalDate.parse("2024-10-08"));
  }

  /** Issue 13, item 9: a year without holiday data is refused, never counted as weekends only. */
  @Test
  void aYearWithoutDataIsRefusedNotCountedAsWeekendsOnly() {
    assertThat(days.years()).contains(2020, 2021, 2022, 2023, 2024, 2025, 2026).doesNotContain(2019, 2027);
    // 2027-01-01 is New Year's Day: counting it as a Friday would shorten a window the law gives.
    assertThatThrownBy(() -> days.isWorkingDay(LocalDate.parse("2027-01-01"))).isInstanceOf(MissingHolidaysException.class)
        .hasMessageContaining("2027年");
    assertThatThrownBy(() -> days.plusWorkingDays(LocalDate.parse("2026-12-30"), 3)).isInstanceOf(MissingHolidaysException.class);
    assertThat(days.covers(2026)).isTrue();
    assertThat(days.covers(2019)).isFalse();
  }

}
