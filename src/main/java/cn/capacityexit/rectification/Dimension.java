package cn.capacityexit.rectification;

import java.util.Arrays;
import java.util.Optional;

/** The five dimensions of the comprehensive standards (综合标准). */
public enum Dimension {
  ENERGY("能耗"),
  ENVIRONMENT("环保"),
  QUALITY("质量"),
  SAFETY("安全"),
  TECHNOLOGY("技术");

  private final String label;

  Dimension(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Dimension> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(v) || d.label.equals(v)).findFirst();
  }
}
