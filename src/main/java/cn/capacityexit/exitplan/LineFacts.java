package cn.capacityexit.exitplan;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the decision tables read off a registered line's free text: pure, testable without Spring. */
public final class LineFacts {

  private static final Pattern DIAMETER = Pattern.compile("(?:直径|[Φφ])\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:米|m)");

  private LineFacts() {}

  /** The mill diameter in metres from a specification such as "直径3.2米" or "Φ3.2m"; empty when not stated. */
  public static Optional<BigDecimal> millDiameter(String specification) {
    if (specification == null) {
      return Optional.empty();
    }
    Matcher m = DIAMETER.matcher(specification);
    return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
  }

  /** The line's name and specification, the text the tables' exceptions look into (特种水泥, 工程轮胎 …). */
  public static String description(String name, String specification) {
    return ((name == null ? "" : name) + " " + (specification == null ? "" : specification)).strip();
  }

  /** The city (设区的市) a jurisdiction code belongs to: 371503 → 371500; a province stays itself. */
  public static String city(String jurisdiction) {
    return jurisdiction.endsWith("0000") ? jurisdiction : jurisdiction.substring(0, 4) + "00";
  }

  /** The province: 371503 → 370000. */
  public static String province(String jurisdiction) {
    return jurisdiction.substring(0, 2) + "0000";
  }
}
