package cn.capacityexit.registry;

import java.util.Arrays;
import java.util.Optional;

/** Status of a production line or piece of equipment. */
public enum LineStatus {
  IN_PRODUCTION("在产"),
  RECTIFYING("整改中"),
  SUSPENDED("停产整顿"),
  SEALED("已封存"),
  DISMANTLED("已拆除"),
  CLOSED("已关停");

  private final String label;

  LineStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<LineStatus> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(v) || s.label.equals(v)).findFirst();
  }
}
