package cn.capacityexit.registry;

import java.util.List;

/** The capacity units the registry accepts, as officers write them in the exit tables. */
public final class CapacityUnits {

  public static final List<String> ALL = List.of(
      "万吨/年", "吨/年", "吨/日", "万条/年", "万重量箱/年", "万千瓦", "万千伏安", "万米/年", "万平方米/年",
      "万块标砖/年", "万印/年", "蒸吨/小时", "吨");

  private CapacityUnits() {}

  public static boolean isKnown(String unit) {
    return unit != null && ALL.contains(unit.strip());
  }
}
