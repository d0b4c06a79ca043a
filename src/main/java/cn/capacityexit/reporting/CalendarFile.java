package cn.capacityexit.reporting;

import java.util.List;

/** One seed's reporting calendar, as written in seeds/calendars/<code>-<name>.yaml. */
public record CalendarFile(String jurisdiction, String document, int planYear, String escalation, String dispatch,
    List<MilestoneDef> milestones) {

  /** Who works a milestone: the level's departments, its lead department, or each lower level. */
  public enum Who { OWN, SELF, CHILDREN }

  /** What a milestone is. */
  public enum Kind { TASK, REPORT, SUBMISSION, PUBLIC_NOTICE, ANNOUNCEMENT }

  /** The annual work phase (年度工作阶段). */
  public enum Phase { DEPLOYMENT, IMPLEMENTATION, SUPERVISION, SUBMISSION }

  /** A milestone as the seed states it: month-day of the plan year, or of the next when nextYear. */
  public record MilestoneDef(String key, Phase phase, Kind kind, Who who, String due, boolean nextYear, String source,
      String name, List<String> departments, boolean governmentApproval, Integer objectionWorkingDays) {}
}
