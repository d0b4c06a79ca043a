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
 * own follows the one above. A calendar serves later years with the same month-days.
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

  public Optional<CalendarFile> own(String jurisdiction) {
    return Optional.ofNullable(byJurisdiction.get(jurisdiction));
  }

  /** The calendar that governs a jurisdiction: its own, else the nearest one above it. */
  public Optional<CalendarFile> governing(String jurisdiction) {
    for (Jurisdiction j = organisation.jurisdiction(jurisdiction).orElse(null); j != null; j = organisation.parentOf(j.code()).orElse(null)) {
      if (byJurisdiction.containsKey(j.code())) {
        return Optional.of(byJurisdiction.get(j.code()));
      }
    }
    return Optional.empty();
  }

  /** The milestones of a jurisdiction's campaign in a year, in date order. */
  public List<Milestone> milestones(String jurisdiction, int year) {
    List<Milestone> result = new ArrayList<>();
    CalendarFile own = byJurisdiction.get(jurisdiction);
    if (own != null) {
      for (CalendarFile.MilestoneDef m : own.milestones()) {
        result.add(resolve(m, m.who(), year, own));
      }
    }
    // What the level above asks of this level: its CHILDREN milestones, done here as this level's own.
    organisation.parentOf(jurisdiction).flatMap(p -> governing(p.code())).ifPresent(above -> {
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
    return new Milestone(m.key(), m.phase(), m.kind(), scope, m.name(), due,
        m.departments() == null ? List.of() : m.departments(), m.governmentApproval(), m.objectionWorkingDays(),
        from.document(), m.source());
  }
}
