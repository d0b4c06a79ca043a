package cn.capacityexit.sealing;

import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The elimination of one production line: dismantled at once, or sealed first and dismantled by a
 * deadline, or (where the plan allows it) closed and kept as emergency reserve. The step methods
 * check that the elimination may take the step from where it stands and return what it changes;
 * {@link EliminationService} writes it. No database, no engine ({@code EliminationTest}).
 */
public record Elimination(
    String eliminationNumber,
    String processInstanceId,
    long lineId,
    String lineName,
    String equipmentType,
    BigDecimal capacity,
    String capacityUnit,
    String creditCode,
    String enterpriseName,
    String sector,
    String caseNumber,
    String jurisdiction,
    String catalogueItem,
    int planYear,
    EliminationMethod method,
    EliminationState state,
    String stateName,
    Boolean sealAllowed,
    Boolean reserveAllowed,
    String announcementSite,
    String legalBasis,
    LocalDate dismantleDeadline,
    LocalDate waterCutOn,
    LocalDate powerCutOn,
    LocalDate powerUnitsRemovedOn,
    LocalDate sealedOn,
    String pledgeText,
    LocalDate dismantledOn,
    OffsetDateTime acceptedAt,
    boolean overdue,
    OffsetDateTime createdAt,
    String createdBy,
    List<Event> history) {

  Elimination withHistory(List<Event> events) {
    return new Elimination(eliminationNumber, processInstanceId, lineId, lineName, equipmentType, capacity, capacityUnit,
        creditCode, enterpriseName, sector, caseNumber, jurisdiction, catalogueItem, planYear, method, state, stateName,
        sealAllowed, reserveAllowed, announcementSite, legalBasis, dismantleDeadline, waterCutOn, powerCutOn,
        powerUnitsRemovedOn, sealedOn, pledgeText, dismantledOn, acceptedAt, overdue, createdAt, createdBy, events);
  }

  /** What the assessment decides: how, the state that follows, and the dismantling deadline. */
  public record Assessment(EliminationMethod method, EliminationState state, LocalDate dismantleDeadline) {}

  /**
   * The lead department's assessment. Sealing only where the dismantle policy allows it (equipment
   * that cannot yet be dismantled) and then always with a dismantling deadline not in the past;
   * reserve only where the jurisdiction's plan provides it (Guangdong coal power).
   */
  public Assessment assess(String method, String deadline, LocalDate today) {
    requireState("评估拆除条件", EliminationState.ASSESSING);
    Problems p = new Problems();
    EliminationMethod m = null;
    try {
      m = method == null || method.isBlank() ? null : EliminationMethod.valueOf(method.strip());
    } catch (IllegalArgumentException ex) {
      p.add("eliminationMethod", "未知处置方式：" + method);
    }
    if (m == null && p.isEmpty()) {
      p.add("eliminationMethod", "请选择处置方式");
    }
    if (m == EliminationMethod.SEAL && !Boolean.TRUE.equals(sealAllowed)) {
      p.add("eliminationMethod", "该设备不得封存，须全部拆除（" + legalBasis + "）");
    }
    if (m == EliminationMethod.RESERVE && !Boolean.TRUE.equals(reserveAllowed)) {
      p.add("eliminationMethod", "所在地工作方案不允许“关而不拆”");
    }
    LocalDate d = dismantleDeadline;
    if (deadline != null && !deadline.isBlank()) {
      d = date(p, "dismantleDeadline", deadline);
    }
    if (m == EliminationMethod.SEAL && d == null && p.isEmpty()) {
      p.add("dismantleDeadline", "先封存的，须确定限时拆除的期限");
    }
    if (m == EliminationMethod.SEAL && d != null && d.isBefore(today)) {
      p.add("dismantleDeadline", "拆除期限不能早于今天");
    }
    p.throwIfAny();
    EliminationState next = switch (m) {
      case SEAL -> EliminationState.SEALING;
      case RESERVE -> EliminationState.RESERVE;
      case DISMANTLE -> EliminationState.DISMANTLING;
    };
    return new Assessment(m, next, m == EliminationMethod.SEAL ? d : dismantleDeadline);
  }

  /** All sealing measures are in place: the line is sealed. */
  public EliminationState sealed() {
    requireState("确认封存", EliminationState.SEALING);
    return EliminationState.SEALED;
  }

  /**
   * The main equipment is dismantled on a day not after today: at once, after sealing, after the
   * reserve ends, or again after a failed acceptance. The elimination then waits for acceptance.
   */
  public LocalDate dismantledOn(String date, LocalDate today) {
    requireState("报告拆除", EliminationState.DISMANTLING, EliminationState.SEALED, EliminationState.ACCEPTING);
    Problems p = new Problems();
    LocalDate d = date(p, "dismantledOn", date);
    if (d == null && p.isEmpty()) {
      p.add("dismantledOn", "请填写拆除日期");
    }
    if (d != null && d.isAfter(today)) {
      p.add("dismantledOn", "拆除日期不能晚于今天");
    }
    p.throwIfAny();
    return d;
  }

  /** Acceptance passed: the line counts as dismantled. */
  public EliminationState acceptedDismantling() {
    requireState("验收", EliminationState.ACCEPTING);
    return EliminationState.DISMANTLED;
  }

  /** The periodic review of a reserve: kept, or no longer needed and dismantled. */
  public EliminationState reserveReviewed(boolean keep) {
    requireState("复核应急备用", EliminationState.RESERVE);
    return keep ? EliminationState.RESERVE : EliminationState.DISMANTLING;
  }

  void requireState(String step, EliminationState... allowed) {
    for (EliminationState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw new ConflictException("淘汰事项" + eliminationNumber + "当前状态为“" + (state == null ? "" : state.label()) + "”，不能" + step);
  }

  static LocalDate date(Problems p, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
    } catch (DateTimeParseException ex) {
      p.add(field, "应为ISO日期，如2025-03-15");
      return null;
    }
  }

  /** One step: what, who, when. */
  public record Event(String what, String actor, OffsetDateTime at, String detail) {}
}
