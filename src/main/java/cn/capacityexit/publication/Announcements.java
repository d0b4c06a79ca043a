package cn.capacityexit.publication;

import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Publishes and updates the public announcements; the slug is the announcement's permanent address. */
@Service
public class Announcements {

  private final JdbcClient jdbc;
  private final Organisation organisation;
  private final Clock clock;

  public Announcements(JdbcClient jdbc, Organisation organisation, Clock clock) {
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** What a new announcement says. */
  public record Draft(String slug, Announcement.Kind kind, String referenceNumber, String jurisdiction, String site,
      String enterpriseName, String creditCode, String lineName, String equipmentType, BigDecimal capacity,
      String capacityUnit, LocalDate sealedOn, LocalDate dismantleDeadline, String pledgeText, LocalDate closedOn,
      String legalBasis) {}

  /** Publishes the announcement, or leaves it as it is when its slug is already published. */
  public Announcement publish(Draft d) {
    if (find(d.slug()).isEmpty()) {
      OffsetDateTime at = now();
      jdbc.sql("INSERT INTO pb_announcement (slug, kind, reference_number, jurisdiction_code, site, enterprise_name, credit_code,"
              + " line_name, equipment_type, capacity, capacity_unit, sealed_on, dismantle_deadline, pledge_text, closed_on,"
              + " legal_basis, published_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(d.slug(), d.kind().name(), d.referenceNumber(), d.jurisdiction(), d.site(), d.enterpriseName(), d.creditCode(),
              d.lineName(), d.equipmentType(), d.capacity(), d.capacityUnit(), d.sealedOn(), d.dismantleDeadline(),
              d.pledgeText(), d.closedOn(), d.legalBasis(), at, at)
          .update();
    }
    return find(d.slug()).orElseThrow();
  }

  /** The line has been dismantled: the same announcement, updated. */
  public void markDismantled(String slug, LocalDate on) {
    jdbc.sql("UPDATE pb_announcement SET kind = ?, dismantled_on = ?, updated_at = ? WHERE slug = ?")
        .params(Announcement.Kind.DISMANTLED.name(), on, now(), slug).update();
  }

  public Optional<Announcement> find(String slug) {
    return jdbc.sql("SELECT * FROM pb_announcement WHERE slug = ?").param(slug).query(mapper()).optional();
  }

  /** Announcements, newest change first, optionally of a jurisdiction (and those below it) and of a kind. */
  public List<Announcement> list(String jurisdiction, String kind, int limit) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (jurisdiction != null && !jurisdiction.isBlank()) {
      if (organisation.jurisdiction(jurisdiction).isEmpty()) {
        throw new InvalidInputException("jurisdiction", "未知行政区划代码：" + jurisdiction);
      }
      where.append(" AND jurisdiction_code IN (:jurisdictions)");
      params.put("jurisdictions", organisation.selfAndDescendants(jurisdiction).stream().map(j -> j.code()).collect(Collectors.toList()));
    }
    if (kind != null && !kind.isBlank()) {
      try {
        params.put("kind", Announcement.Kind.valueOf(kind.strip().toUpperCase()).name());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("kind", "应为SEALED、DISMANTLED、RESERVE或CLOSED");
      }
      where.append(" AND kind = :kind");
    }
    params.put("limit", limit);
    return new ArrayList<>(jdbc.sql("SELECT * FROM pb_announcement" + where + " ORDER BY updated_at DESC, slug LIMIT :limit")
        .params(params).query(mapper()).list());
  }

  private RowMapper<Announcement> mapper() {
    return (rs, n) -> {
      Announcement.Kind kind = Announcement.Kind.valueOf(rs.getString("kind"));
      String jurisdiction = rs.getString("jurisdiction_code");
      return new Announcement(rs.getString("slug"), kind, kind.label(), rs.getString("reference_number"), jurisdiction,
          organisation.jurisdiction(jurisdiction).map(j -> j.name()).orElse(jurisdiction), rs.getString("site"),
          rs.getString("enterprise_name"), rs.getString("credit_code"), rs.getString("line_name"), rs.getString("equipment_type"),
          RegistryRepository.plain(rs.getBigDecimal("capacity")), rs.getString("capacity_unit"),
          rs.getObject("sealed_on", LocalDate.class), rs.getObject("dismantle_deadline", LocalDate.class), rs.getString("pledge_text"),
          rs.getObject("dismantled_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class), rs.getString("legal_basis"),
          rs.getObject("published_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    };
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
