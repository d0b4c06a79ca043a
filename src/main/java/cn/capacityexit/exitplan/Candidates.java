package cn.capacityexit.exitplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure part of the candidate list: the same-kind capacity of an enterprise the exit lines compare (a coking
 * enterprise's coke ovens, a tyre maker's all-steel lines), and which half of the 2,500 t/d clinker lines exits.
 */
public final class Candidates {

  private Candidates() {}

  /** What the exit lines said of a line (exit-lines.dmn, catalogue-eliminate.dmn). */
  public enum Action {
    /** Exits by an exit line. */
    EXIT("退出"),
    /** One of the half of its class that exits (2,500 t/d clinker). */
    HALF_EXIT("整合退出（一半）"),
    /** One of the other half: presents a capacity-replacement plan. */
    REPLACE("须确定产能置换方案"),
    /** Transferred out under the provincial plan (steel of the transmission-channel cities). */
    TRANSFER("转移退出"),
    /** Falls under a named exception of an exit line: listed, not planned. */
    EXEMPT("除外"),
    /** Equipment of the catalogue's eliminate category. */
    CATALOGUE("淘汰类装备");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether an approved plan puts the line into elimination. */
    public boolean eliminates() {
      return this == EXIT || this == HALF_EXIT || this == CATALOGUE;
    }
  }

  /** One line as the tables read it. */
  public record LineInput(long lineId, String creditCode, String equipmentType, String capacityUnit, BigDecimal capacity) {}

  /** The kind whose capacities add up for an enterprise: all coke ovens together, otherwise the same equipment type. */
  public static String kindOf(String equipmentType) {
    return equipmentType != null && equipmentType.contains("焦炉") ? "焦炉" : String.valueOf(equipmentType);
  }

  /** For each line, the capacity of the same kind and unit of its enterprise (the plant capacity the exit lines mean). */
  public static Map<Long, BigDecimal> enterpriseCapacities(List<LineInput> lines) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (LineInput l : lines) {
      if (l.capacity() != null) {
        sums.merge(key(l), l.capacity(), BigDecimal::add);
      }
    }
    Map<Long, BigDecimal> result = new HashMap<>();
    for (LineInput l : lines) {
      result.put(l.lineId(), sums.getOrDefault(key(l), BigDecimal.ZERO));
    }
    return result;
  }

  private static String key(LineInput l) {
    return l.creditCode() + "\u0000" + kindOf(l.equipmentType()) + "\u0000" + l.capacityUnit();
  }

  /** A line the table put in the half class, with what orders it. */
  public record HalfLine(long lineId, String creditCode, BigDecimal enterpriseCapacity) {}

  /**
   * Which of the half class exits: half of them, rounded up (the plan says "整合退出一半"; an odd count leaves fewer
   * lines, the product's reading), those of the enterprises with the least capacity of the kind first, then by credit code
   * and line (the product's choice: integration takes the smaller plants; the review may change it).
   */
  public static Map<Long, Action> splitHalf(List<HalfLine> lines) {
    List<HalfLine> ordered = new ArrayList<>(lines);
    ordered.sort(Comparator.comparing(HalfLine::enterpriseCapacity).thenComparing(HalfLine::creditCode).thenComparingLong(HalfLine::lineId));
    int exiting = (ordered.size() + 1) / 2;
    Map<Long, Action> result = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      result.put(ordered.get(i).lineId(), i < exiting ? Action.HALF_EXIT : Action.REPLACE);
    }
    return result;
  }
}
