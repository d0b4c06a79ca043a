package cn.capacityexit.events;

import java.util.List;

/**
 * The year's elimination plan (年度淘汰落后计划) was approved: each planned line goes into elimination (拆除或封存) with
 * the clause or catalogue item that put it there.
 */
public record ExitPlanApproved(String planNumber, String jurisdiction, int year, List<PlannedLine> lines) {

  /** A line of the plan and the basis the elimination records. */
  public record PlannedLine(long lineId, String basis) {}
}
