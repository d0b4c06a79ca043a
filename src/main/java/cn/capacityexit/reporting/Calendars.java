package cn.capacityexit.reporting;

import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.organisation.OrganisationConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The reporting calendars of seeds/calendars/: which milestones a jurisdiction has in a year and on
 * which dates. A jurisdiction's own calendar gives its own milestones; the level above adds what
 * it asks of each lower level (its CHILDREN milestones); a jurisdiction without a calendar of its
 * own follows the one above. A calendar serves its plan year and later years with the same
 * month-days, never an earlier year: no obligation applies before its document existed (a Jining
 * 2020 campaign owes nothing the Shandong 2022 plan asks of its cities). A name may say {year}: it
 * reads the campaign's year.
 */
@Component
public class Calendars {

  private final Map<String, CalendarFile> byJurisdiction = new LinkedHashMap<>();
  private final Organisation organisation;

  public Calendars(Organisation organisation) {
    this.organisation = organisation;
    ObjectMapper yaml = OrganisationConfiguration.seedReader();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/calendars/*-*.yaml")) {
        try (InputStream in = r.getInputStream()) {
          CalendarFile c = yaml.readValue(in, CalendarFile.class);
          if (organisation.jurisdiction(c.jurisdiction()).isEmpty()) {
            throw new IllegalStateException(r.getFilename() + ": unknown jurisdiction " + c.jurisdiction());
          }
          byJurisdiction.put(c.jurisdiction(), c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seeds/calendars", e);
    }
  }

  /** The jurisdiction's own calendar, where it is in force in the year (its plan year or later). */
  public Optional<CalendarFile> own(String jurisdiction, int year) {
    return Optional.ofNullable(byJurisdiction.get(jurisdiction)).filter(c -> c.planYear() <= year);
  }

  /** The calendar that governs a jurisdiction in a year: its own if in force, else the nearest in force above it. */
  public Optional<CalendarFile> governing(String jurisdiction, int year) {
    for (Jurisdiction j = organisation.jurisdiction(jurisdiction).orElse(null); j != null; j = organisation.parentOf(j.code()).orElse(null)) {
      Optional<CalendarFile> c = own(j.code(), year);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /** The earliest plan year of a calendar that could govern the jurisdiction (its own or one above), to say so when refusing. */
  public Optional<Integer> earliestYear(String jurisdiction) {
    Integer earliest = null;
    for (Jurisdiction j = organisation.jurisdiction(jurisdiction).orElse(null); j != null; j = organisation.parentOf(j.code()).orElse(null)) {
      CalendarFile c = byJurisdiction.get(j.code());
      if (c != null && (earliest == null || c.planYear() < earliest)) {
        earliest = c.planYear();
      }
    }
    return Optional.ofNullable(earliest);
  }

  /** The milestones of a jurisdiction's campaign in a year, in date order. */
  public List<Milestone> milestones(String jurisdiction, int year) {
    List<Milestone> result = new ArrayList<>();
    CalendarFile own = own(jurisdiction, year).orElse(null);
    if (own != null) {
      for (CalendarFile.MilestoneDef m : own.milestones()) {
        result.add(resolve(m, m.who(), year, own));
      }
    }
    // What the level above asks of this level: its CHILDREN milestones, done here as this level's own.
    organisation.parentOf(jurisdiction).flatMap(p -> governing(p.code(), year)).ifPresent(above -> {
      for (CalendarFile.MilestoneDef m : above.milestones()) {
        if (m.who() == CalendarFile.Who.CHILDREN) {
          result.add(resolve(m, CalendarFile.Who.SELF, year, above));
        }
      }
    });
    result.sort((a, b) -> a.due().compareTo(b.due()) != 0 ? a.due().compareTo(b.due()) : a.key().compareTo(b.key()));
    return result;
  }

  /** The lower levels that run a campaign of their own under this one. */
  public List<String> children(String jurisdiction) {
    return organisation.children(jurisdiction).stream().map(Jurisdiction::code).toList();
  }

  private static Milestone resolve(CalendarFile.MilestoneDef m, CalendarFile.Who scope, int year, CalendarFile from) {
    MonthDay day = MonthDay.parse("--" + m.due());
    LocalDate due = day.atYear(m.nextYear() ? year + 1 : year);
    return new Milestone(m.key(), m.phase(), m.kind(), scope, m.name().replace("{year}", String.valueOf(year)), due,
        m.departments() == null ? List.of() : m.departments(), m.governmentApproval(), m.objectionWorkingDays(),
        from.document(), m.source());
  }
}
