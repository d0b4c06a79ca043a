package cn.capacityexit.registry;

import java.util.Arrays;
import java.util.Optional;

/** Industry sectors of the seeds (domain digest, section 6). */
public enum Sector {
  STEEL("钢铁"),
  COAL("煤炭"),
  CEMENT("水泥"),
  ELECTROLYTIC_ALUMINIUM("电解铝"),
  FLAT_GLASS("平板玻璃"),
  COKING("焦化"),
  TYRES("轮胎"),
  CHEMICALS("化工"),
  NON_FERROUS("有色金属"),
  BUILDING_MATERIALS("建材"),
  PHARMACEUTICALS("医药"),
  MACHINERY("机械"),
  LIGHT_INDUSTRY("轻工"),
  TEXTILES("纺织"),
  PRINTING("印刷"),
  POWER("电力");

  private final String label;

  Sector(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts the code (STEEL) or the Chinese name (钢铁). */
  public static Optional<Sector> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(v) || s.label.equals(v)).findFirst();
  }
}
