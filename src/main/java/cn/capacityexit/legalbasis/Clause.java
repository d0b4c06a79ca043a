package cn.capacityexit.legalbasis;

import java.util.List;

/**
 * One operative requirement of a seed plan: its section (the plan's numbering), its own words, what
 * it asks of the product, and where and how faithfully the product implements it.
 *
 * @param implementedBy repository paths with an element, rule, key or method after {@code #}
 */
public record Clause(String id, String text, String requirement, Kind kind, Status status, List<String> implementedBy,
    String note) {

  public Clause {
    implementedBy = implementedBy == null ? List.of() : List.copyOf(implementedBy);
    note = note == null ? "" : note;
  }

  /** What kind of requirement the clause is. */
  public enum Kind { RULE, DEADLINE, REPORT, ORGANISATION, PUBLICATION, SUPPORT, BACKGROUND }

  /** How the product stands against the clause. */
  public enum Status {
    FAITHFUL("已实现"),
    PARTIAL("部分实现"),
    WRONG("与条款不符"),
    MISSING("未实现"),
    NOT_OPERATIVE("非操作性条款");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
