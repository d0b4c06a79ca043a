package cn.capacityexit.legalbasis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A seed plan with its clauses, as listed in {@code seeds/clauses/<code>-<name>-<year>.yaml}. */
public record Plan(String document, String title, String seed, String jurisdiction, int planYear, List<Clause> clauses) {

  public Plan {
    clauses = List.copyOf(clauses);
  }

  /** How many clauses have each status (every status present, zero included). */
  public Map<Clause.Status, Long> counts() {
    Map<Clause.Status, Long> counts = new EnumMap<>(Clause.Status.class);
    for (Clause.Status s : Clause.Status.values()) {
      counts.put(s, clauses.stream().filter(c -> c.status() == s).count());
    }
    return counts;
  }

  /** The share of operative clauses the product implements faithfully, in percent (one decimal). */
  public double faithfulPercent() {
    long operative = clauses.stream().filter(c -> c.status() != Clause.Status.NOT_OPERATIVE).count();
    long faithful = clauses.stream().filter(c -> c.status() == Clause.Status.FAITHFUL).count();
    return operative == 0 ? 0 : Math.round(1000.0 * faithful / operative) / 10.0;
  }
}
