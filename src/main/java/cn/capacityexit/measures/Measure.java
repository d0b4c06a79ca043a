package cn.capacityexit.measures;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One joint measure, as recorded: of a case ({@code caseNumber} ZG-…) or of an environmental credit rating
 * ({@code caseNumber} HX-…), the record that raised it. {@code repairable}: a joint punishment that lasts until the
 * credit record behind it is repaired or the rating improves.
 */
public record Measure(
    String measureNumber,
    String caseNumber,
    String stage,
    String measure,
    String jurisdiction,
    String departmentGroup,
    String departmentName,
    String creditCode,
    String enterpriseName,
    String title,
    String action,
    String legalBasis,
    boolean liftable,
    boolean repairable,
    Status status,
    String statusName,
    LocalDate raisedOn,
    String outcomeDocument,
    LocalDate outcomeDate,
    String outcomeNote,
    String appliedBy,
    OffsetDateTime appliedAt,
    LocalDate liftedOn,
    String liftNote,
    String liftedBy) {

  /** Where a measure stands. */
  public enum Status {
    RAISED("待落实"), APPLIED("已落实"), NOT_APPLICABLE("不适用"), LIFTED("已解除"), WITHDRAWN("已撤回");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Still open for the department: to apply, or applied and lasting while the case runs. */
    public boolean open() {
      return this == RAISED || this == APPLIED;
    }
  }

  /** A rule of joint-measures.dmn that matched a stage of a case. */
  public record Rule(String measure, String department, String title, String action, String legalBasis, boolean liftable,
      boolean holdsExit, boolean repairable) {}
}
