package cn.capacityexit.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One jurisdiction's annual campaign with its milestones. */
public record Campaign(String campaignId, String jurisdiction, String jurisdictionName, int year, String parentId,
    String document, String state, OffsetDateTime createdAt, List<Step> milestones, List<String> children) {

  /** A milestone with its statutory date, status and responsible group. */
  public record Step(String key, String phase, String kind, String scope, String name, LocalDate due, String status,
      String responsible, boolean governmentApproval, boolean overdue, OffsetDateTime doneAt, String doneBy, String source) {}
}
