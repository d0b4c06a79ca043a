package cn.capacityexit.demo;

import cn.capacityexit.organisation.OrganisationConfiguration;
import cn.capacityexit.registry.LineStatus;
import cn.capacityexit.registry.ProductionLineInput;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.registry.Sector;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** Loads seeds/demo/enterprises.yaml into the registry: an enterprise or line already there is left as it is. */
public class DemoEnterprises {

  static final String FILE = "seeds/demo/enterprises.yaml";
  static final String LOADER = "seed";

  private final RegistryRepository registry;

  DemoEnterprises(RegistryRepository registry) {
    this.registry = registry;
  }

  /** Returns how many enterprises and lines it added. */
  int[] load(OffsetDateTime at) {
    int enterprises = 0;
    int lines = 0;
    for (DemoEnterprise e : read().enterprises()) {
      Sector sector = Sector.parse(e.sector()).orElseThrow(() -> new IllegalStateException(FILE + ": unknown sector " + e.sector()));
      if (!registry.exists(e.creditCode())) {
        registry.insert(e.creditCode(), e.name(), e.jurisdiction(), sector, e.address(), LOADER, at);
        enterprises++;
      }
      for (DemoLine l : e.lines()) {
        if (registry.lineNameTaken(e.creditCode(), l.name())) {
          continue;
        }
        LineStatus status = l.status() == null ? LineStatus.IN_PRODUCTION : LineStatus.valueOf(l.status());
        long id = registry.insertLine(e.creditCode(), new ProductionLineInput(l.name(), l.equipmentType(),
            l.specification(), l.capacity(), l.capacityUnit(), l.catalogueRef(), status.name(), l.remark()), status, at);
        registry.recordStatus(id, null, status, LOADER, at, "演示数据登记（" + FILE + "）", null);
        lines++;
      }
    }
    return new int[] {enterprises, lines};
  }

  public static DemoFile read() {
    ObjectMapper yaml = OrganisationConfiguration.seedReader();
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      return yaml.readValue(in, DemoFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  public record DemoFile(List<DemoEnterprise> enterprises) {}

  public record DemoEnterprise(String creditCode, String name, String jurisdiction, String sector, String address, List<DemoLine> lines) {}

  public record DemoLine(String name, String equipmentType, String specification, BigDecimal capacity, String capacityUnit,
      String catalogueRef, String status, String remark) {}
}
