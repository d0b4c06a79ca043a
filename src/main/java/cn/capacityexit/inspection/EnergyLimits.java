package cn.capacityexit.inspection;

import cn.capacityexit.organisation.OrganisationConfiguration;
import cn.capacityexit.registry.Sector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The mandatory energy-consumption limits of seeds/inspection/energy-limits.yaml, each with the days its edition governs. */
@Component
public class EnergyLimits {

  static final String FILE = "seeds/inspection/energy-limits.yaml";

  /** One indicator of one standard edition. */
  public record Limit(String code, String standard, List<String> sectors, String indicator, String unit, BigDecimal limit,
      LocalDate validFrom, LocalDate validTo) {

    /** Whether the edition governs the day. */
    public boolean inForce(LocalDate day) {
      return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** How an officer reads it in a list: the standard, the indicator and the limit. */
    public String label() {
      return standard + " " + indicator + " ≤" + limit.stripTrailingZeros().toPlainString() + " " + unit;
    }
  }

  record File(List<Limit> limits) {}

  private final List<Limit> limits;

  public EnergyLimits() {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      this.limits = List.copyOf(OrganisationConfiguration.seedReader().readValue(in, File.class).limits());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /** Every edition's limits of a sector (the inspection day decides which is in force). */
  public List<Limit> ofSector(Sector sector) {
    return limits.stream().filter(l -> l.sectors().contains(sector.name())).toList();
  }

  public List<Limit> all() {
    return limits;
  }
}
