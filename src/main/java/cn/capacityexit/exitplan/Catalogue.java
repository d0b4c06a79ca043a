package cn.capacityexit.exitplan;

import cn.capacityexit.process.Decisions;
import cn.capacityexit.registry.ProductionLine;
import cn.capacityexit.registry.Sector;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The eliminate category of 《产业结构调整指导目录》 in the edition in force on a day (catalogue-eliminate.dmn). */
@Component
public class Catalogue {

  static final String DECISION = "catalogue-eliminate";

  private final Decisions decisions;

  Catalogue(Decisions decisions) {
    this.decisions = decisions;
  }

  /** An item of the eliminate category, with its edition (2019, 2024). */
  public record Item(String edition, String text) {}

  /** The item a line falls under on the day, or empty when it is not in the eliminate category. */
  public Optional<Item> eliminateItem(ProductionLine line, Sector sector, LocalDate on) {
    Map<String, Object> v = new HashMap<>();
    v.put("onDate", on.toString());
    v.put("sector", sector.name());
    v.put("equipmentType", line.equipmentType());
    v.put("description", LineFacts.description(line.name(), line.specification()));
    v.put("millDiameter", LineFacts.millDiameter(line.specification()).map(d -> d.doubleValue()).orElse(null));
    return decisions.find(DECISION, v).map(r -> new Item(r.getEntry("edition"), r.getEntry("item")));
  }
}
