package cn.capacityexit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.organisation.OrganisationConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every seed's milestones fall on exactly the dates its plan states. */
class CalendarsTest {

  private final Calendars calendars = new Calendars(new OrganisationConfiguration().organisation("seeds"));

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("440000", 2023, Map.of("deployment", "2023-03-31", "city-plan", "2023-04-30", "mid-year-feedback", "2023-06-30",
            "year-end-feedback", "2023-12-31", "local-summary", "2024-01-10", "provincial-submission", "2024-01-31")),
        Arguments.of("370000", 2022, Map.of("city-plan", "2022-06-30", "december-report", "2022-12-31",
            "provincial-submission", "2023-01-31")),
        Arguments.of("370800", 2020, Map.of("implementation", "2020-11-30", "department-report", "2020-12-31",
            "city-submission", "2021-01-31", "website-announcement", "2021-01-31")),
        Arguments.of("371000", 2021, Map.of("survey", "2021-06-30", "district-plans", "2021-07-30", "annual-summary", "2021-12-30")),
        Arguments.of("371500", 2025, Map.of("county-plan", "2025-06-30", "county-mid-year-report", "2025-07-15",
            "july-inspection", "2025-07-31", "december-inspection", "2025-12-31", "county-year-end-report", "2025-12-31",
            "public-notice", "2026-01-31")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("seeds")
  void everyMilestoneFallsOnTheSeedsDate(String jurisdiction, int year, Map<String, String> expected) {
    Map<String, String> actual = new LinkedHashMap<>();
    calendars.milestones(jurisdiction, year).stream().filter(m -> expected.containsKey(m.key()))
        .forEach(m -> actual.put(m.key(), m.due().toString()));
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void aCityWithoutACalendarFollowsItsProvinceAndTheNextYearShiftsTheDates() {
    Map<String, String> guangzhou = new LinkedHashMap<>();
    calendars.milestones("440100", 2024).forEach(m -> guangzhou.put(m.key(), m.due().toString()));
    assertThat(guangzhou).containsExactly(Map.entry("city-plan", "2024-04-30"), Map.entry("local-summary", "2025-01-10"));
    assertThat(calendars.governing("440100", 2024).orElseThrow().jurisdiction()).isEqualTo("440000");
  }

  @Test
  void aCountyOfLiaochengHasTheCityDemandsAsItsOwnMilestones() {
    assertThat(calendars.milestones("371521", 2025)).extracting(m -> m.key() + "@" + m.due() + ":" + m.scope())
        .containsExactly("county-plan@2025-06-30:SELF", "county-mid-year-report@2025-07-15:SELF", "county-year-end-report@2025-12-31:SELF");
    assertThat(calendars.children("371500")).contains("371502", "371521", "371581");
  }

  /**
   * Issue 13, item 7: a calendar applies from its plan year, never before its document existed. Jining's 2020
   * campaign owes nothing of the Shandong 2022 plan; Liaocheng's 2022 campaign runs on Shandong's, not on its
   * own 2025 draft; Guangdong has no campaign before its 2023 plan; names carry the campaign's year.
   */
  @Test
  void aCalendarAppliesFromItsPlanYearAndNamesCarryTheCampaignsYear() {
    assertThat(calendars.milestones("370800", 2020)).extracting(Milestone::key)
        .contains("implementation", "city-submission").doesNotContain("city-plan", "december-report");
    assertThat(calendars.milestones("371500", 2022)).extracting(Milestone::key)
        .contains("city-plan", "december-report").doesNotContain("county-plan", "public-notice");
    assertThat(calendars.governing("440000", 2019)).isEmpty();
    assertThat(calendars.milestones("440000", 2019)).isEmpty();
    assertThat(calendars.milestones("440000", 2025)).filteredOn(m -> m.key().equals("deployment")).singleElement()
        .satisfies(m -> assertThat(m.name()).contains("2025年度").doesNotContain("2023"));
  }

  @Test
  void jiningAlsoOwesTheProvinceWhatShandongAsksOfItsCities() {
    assertThat(calendars.milestones("370800", 2022)).extracting(m -> m.key() + "@" + m.due())
        .contains("city-plan@2022-06-30", "december-report@2022-12-31", "city-submission@2023-01-31");
  }
}
