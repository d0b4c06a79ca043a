package cn.capacityexit.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A public announcement (公告): a line sealed awaiting dismantling with the enterprise's pledge and
 * the deadline, a dismantled line, a unit kept as emergency reserve, or a closed enterprise.
 */
public record Announcement(
    String slug,
    Kind kind,
    String kindName,
    String referenceNumber,
    String jurisdiction,
    String jurisdictionName,
    String site,
    String enterpriseName,
    String creditCode,
    String lineName,
    String equipmentType,
    BigDecimal capacity,
    String capacityUnit,
    LocalDate sealedOn,
    LocalDate dismantleDeadline,
    String pledgeText,
    LocalDate dismantledOn,
    LocalDate closedOn,
    String legalBasis,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt) {

  /** What the announcement is about. */
  public enum Kind {
    SEALED("封存待拆除"),
    DISMANTLED("已拆除"),
    RESERVE("关而不拆（应急备用）"),
    CLOSED("已依法关停");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String title() {
    return switch (kind) {
      case SEALED -> enterpriseName + lineName + "封存及限时拆除公告";
      case DISMANTLED -> enterpriseName + lineName + "拆除公告";
      case RESERVE -> enterpriseName + lineName + "关停转应急备用公告";
      case CLOSED -> lineName == null ? enterpriseName + "依法停业、关闭公告" : enterpriseName + lineName + "依法关停退出公告";
    };
  }

  public String url() {
    return "/public/announcements/" + slug;
  }
}
