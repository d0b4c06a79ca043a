package cn.capacityexit.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The managers' dashboard (监管看板) for one jurisdiction and those below it: what is open, what
 * falls due, what is late, how much capacity has exited against the year's plan, and where the
 * annual campaign stands. Every figure is read from the legal record (the product's tables) and
 * the engine at the time of the request.
 */
public record Dashboard(
    String jurisdiction,
    String jurisdictionName,
    List<Choice> jurisdictions,
    int year,
    LocalDate today,
    int horizonDays,
    List<CaseCount> openCases,
    List<StateCount> openEliminations,
    List<DueItem> upcoming,
    List<DueItem> overdue,
    TaskFigures tasks,
    List<SectorProgress> capacity,
    List<CampaignProgress> campaigns,
    List<MeasureCount> measures,
    List<InspectionCoverage> inspections,
    List<CandidateProgress> candidates,
    List<String> warnings) {

  /**
   * A department's inspections of the year (issue 16): the key enterprises its plans must cover, how many of them were
   * inspected (recorded), the inspections recorded and how many found a problem.
   */
  public record InspectionCoverage(String departmentGroup, String departmentName, long covered, long inspected, int percent,
      long inspections, long findings) {}

  /**
   * The year's candidate lines per sector (exit lines and catalogue, issue 16): candidates, those in an approved plan to
   * exit, and those of them that have exited.
   */
  public record CandidateProgress(String sector, String sectorName, String unit, long candidates, long planned, BigDecimal plannedCapacity,
      long exited) {}

  /**
   * The joint measures of the cases (issue 15) still open with a department: to apply, or applied and lasting while
   * the case runs; overdue: its task is past its due date.
   */
  public record MeasureCount(String departmentGroup, String departmentName, long open, long overdue) {}

  /** A jurisdiction the manager may pick. */
  public record Choice(String code, String name) {}

  /** Open rectification cases of one dimension in one state. */
  public record CaseCount(String dimension, String dimensionName, String state, String stateName, long count) {}

  /** Open eliminations (dismantle or seal) in one state. */
  public record StateCount(String state, String stateName, long count) {}

  /** A statutory date: a rectification or exit deadline, a dismantling deadline, a campaign milestone. */
  public record DueItem(String kind, String kindName, String reference, String subject, String jurisdiction,
      String jurisdictionName, LocalDate dueDate, long days, String link) {}

  /** The engine's user tasks of the jurisdictions: open, past their due date, and open incidents. */
  public record TaskFigures(long open, long overdue, long incidents) {}

  /** Capacity of one sector and unit: in the year's plan, and exited so far. */
  public record SectorProgress(String sector, String sectorName, String unit, long plannedLines, BigDecimal planned,
      long exitedLines, BigDecimal exited, int percent) {}

  /** An annual campaign and its milestones. */
  public record CampaignProgress(String campaignId, String jurisdiction, String jurisdictionName, String state, long done,
      long total, long overdue, List<MilestoneStatus> milestones) {}

  /** One milestone of a campaign. */
  public record MilestoneStatus(String key, String name, String phase, LocalDate dueDate, String status, boolean overdue,
      String responsible) {}
}
