package cn.capacityexit.rectification;

import java.util.Optional;

/**
 * The kind of violation where a plan treats it apart from the rest of its dimension: 济宁方案 二(二)
 * orders 限期治理 for solid waste that seriously pollutes the environment, with the period the order
 * sets, where emissions over the standard get six months and one extension.
 */
public enum Violation {
  /** 违反固体废物污染环境防治法律法规，造成固体废物严重污染环境. */
  SOLID_WASTE("固体废物严重污染环境");

  private final String label;

  Violation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Violation> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.strip().toUpperCase()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
