package cn.capacityexit.inspection;

import java.time.OffsetDateTime;
import java.util.List;

/** An annual inspection plan of a department, the enterprises it must cover and its draws. */
public record InspectionPlan(String planNumber, String jurisdiction, String departmentGroup, String departmentName, String kind,
    String kindName, int year, String title, List<String> sectors, List<String> clauses, List<Covered> coverage, List<Draw> draws,
    String createdBy, OffsetDateTime createdAt) {

  /** An enterprise the plan must cover. */
  public record Covered(String creditCode, String enterpriseName) {}

  /** A double-random draw: its seed, the roster it drew from and what it drew. */
  public record Draw(String drawNumber, long seed, int requested, List<String> roster, List<Drawn> drawn, String drawnBy,
      OffsetDateTime drawnAt) {}

  /**
   * One drawn enterprise with its two inspectors (login and name), its inspection and the result as published (一公开):
   * 待检查 until the inspectors record it.
   */
  public record Drawn(String creditCode, String enterpriseName, String firstInspector, String firstInspectorName,
      String secondInspector, String secondInspectorName, String inspectionNumber, java.time.LocalDate inspectedOn, String result) {}
}
