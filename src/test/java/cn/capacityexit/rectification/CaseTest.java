package cn.capacityexit.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.capacityexit.web.InvalidInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case's steps and rules, without Spring, engine or database. */
class CaseTest {

  private static final LocalDate FOUND = LocalDate.parse("2025-08-31");
  private static final LocalDate TODAY = LocalDate.parse("2025-09-01");
  private static final RectificationPolicy SIX_MONTHS_PLUS_THREE = new RectificationPolicy("GXJ", FirstMeasure.RECTIFY,
      Period.ofMonths(6), Period.ofMonths(3), true, RectificationPolicy.ApprovalLevel.SAME, RectificationPolicy.ExitScope.LINE,
      List.of(), "《节约能源法》第七十二条");
  private static final RectificationPolicy NO_PERIOD = new RectificationPolicy("YJJ", FirstMeasure.SUSPEND_IMMEDIATELY,
      null, null, false, RectificationPolicy.ApprovalLevel.SAME, RectificationPolicy.ExitScope.ENTERPRISE, List.of(), "《安全生产法》");

  @Test
  void theStatutoryDeadlineCountsSixMonthsFromTheServiceOfTheNoticeAndClampsTheMonthEnd() {
    Case.Start start = aCase(CaseState.REGISTERED, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL").start("2025-08-31", null, null, TODAY);
    assertThat(start.deadline()).isEqualTo(LocalDate.parse("2026-02-28"));
    assertThat(start.state()).isEqualTo(CaseState.RECTIFYING);
    assertThat(start.suspends()).isFalse();
  }

  /**
   * Issue 13, item 5 (鲁工信产〔2022〕124号 二(一)2 "在6个月内整改"; 行政处罚法第六十一条 送达): a notice served
   * late gives the enterprise its whole period, counted from the day of service, never from the finding.
   */
  @Test
  void aNoticeServedLateGivesTheEnterpriseTheWholePeriodFromService() {
    Case c = aCase(CaseState.REGISTERED, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL");
    LocalDate today = LocalDate.parse("2026-04-20");
    assertThat(c.start("2026-04-15", null, null, today).deadline()).isEqualTo(LocalDate.parse("2026-10-15"));
    assertThatThrownBy(() -> c.start(null, null, null, today)).hasMessageContaining("servedOn");
    assertThatThrownBy(() -> c.start("2025-08-30", null, null, today)).hasMessageContaining("送达日期不能早于发现日期");
    assertThatThrownBy(() -> c.start("2026-04-21", null, null, today)).hasMessageContaining("送达日期不能晚于今天");
    assertThatThrownBy(() -> c.start("2025-09-01", null, null, today)).as("a period already over: the date must be wrong")
        .hasMessageContaining("已经届满");
  }

  /**
   * Issue 13, item 3 (鲁工信产〔2022〕124号 二(三)2 "依法查处并责令停产整改"; 产品质量法第四十九条): quality stops
   * production; item 4 (环境保护法第六十条): under "restrict or suspend" the officer chooses, and 停产整治 stops it.
   */
  @Test
  void qualityStopsProductionAndEnvironmentStopsItWhereTheOfficerOrdersSuspension() {
    RectificationPolicy quality = new RectificationPolicy("samr", FirstMeasure.SUSPEND_AND_RECTIFY, Period.ofMonths(6), null, true,
        RectificationPolicy.ApprovalLevel.CITY, RectificationPolicy.ExitScope.LINE, List.of(), "《产品质量法》第四十九条");
    assertThat(aCase(CaseState.REGISTERED, quality, null, null, "NORMAL").start("2025-09-01", null, null, TODAY).suspends()).isTrue();
    RectificationPolicy environment = new RectificationPolicy("eco", FirstMeasure.RESTRICT_OR_SUSPEND, null, null, true,
        RectificationPolicy.ApprovalLevel.CITY, RectificationPolicy.ExitScope.ENTERPRISE, List.of(), "《环境保护法》第六十条");
    Case env = aCase(CaseState.REGISTERED, environment, null, null, "NORMAL");
    assertThatThrownBy(() -> env.start("2025-09-01", "2025-12-01", null, TODAY)).hasMessageContaining("interimMeasure");
    assertThat(env.start("2025-09-01", "2025-12-01", Case.SUSPEND, TODAY).suspends()).isTrue();
    assertThat(env.start("2025-09-01", "2025-12-01", Case.RESTRICT, TODAY).suspends()).isFalse();
  }

  @Test
  void withoutAStatutoryPeriodTheOfficerSetsAFutureReinspectionDateAndProductionStops() {
    Case c = aCase(CaseState.REGISTERED, NO_PERIOD, null, null, "NORMAL");
    assertThatThrownBy(() -> c.start("2025-09-01", null, null, TODAY)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reinspectionDate");
    assertThatThrownBy(() -> c.start("2025-09-01", "2025-08-01", null, TODAY)).hasMessageContaining("复查日期不能早于今天");
    Case.Start start = c.start("2025-09-01", "2025-10-01", null, TODAY);
    assertThat(start.deadline()).isEqualTo(LocalDate.parse("2025-10-01"));
    assertThat(start.state()).isEqualTo(CaseState.SUSPENDED);
  }

  @Test
  void oneExtensionOfAtMostTheMaximumWhileRectifying() {
    Case rectifying = aCase(CaseState.RECTIFYING, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL");
    assertThat(rectifying.requestExtension(3, "  设备到货延迟 ")).isEqualTo("设备到货延迟");
    assertThatThrownBy(() -> rectifying.requestExtension(4, "理由")).hasMessageContaining("延期不得超过3个月");
    assertThatThrownBy(() -> rectifying.requestExtension(0, "理由")).hasMessageContaining("months");
    assertThatThrownBy(() -> rectifying.requestExtension(2, " ")).hasMessageContaining("reason");
    Case alreadyAsked = aCase(CaseState.RECTIFYING, SIX_MONTHS_PLUS_THREE, 2, "REFUSED", "NORMAL");
    assertThatThrownBy(() -> alreadyAsked.requestExtension(1, "再次申请")).hasMessageContaining("只能延期一次");
    Case noExtension = aCase(CaseState.SUSPENDED, NO_PERIOD, null, null, "NORMAL");
    assertThatThrownBy(() -> noExtension.requestExtension(1, "理由")).hasMessageContaining("不允许延期");
    Case inReinspection = aCase(CaseState.REINSPECTION, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL");
    assertThatThrownBy(() -> inReinspection.requestExtension(1, "理由")).isInstanceOf(CaseConflictException.class);
  }

  @Test
  void aGrantedExtensionMovesTheDeadlineByTheMonthsAskedAndARefusedOneKeepsIt() {
    Case pending = aCase(CaseState.EXTENSION_REQUESTED, SIX_MONTHS_PLUS_THREE, 3, "REQUESTED", "NORMAL");
    assertThat(pending.decideExtension(true)).isEqualTo(LocalDate.parse("2026-05-28"));
    assertThat(pending.decideExtension(false)).isEqualTo(LocalDate.parse("2026-02-28"));
    assertThatThrownBy(() -> aCase(CaseState.RECTIFYING, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL").decideExtension(true))
        .isInstanceOf(CaseConflictException.class);
  }

  /**
   * Issue 13, item 1 (节约能源法第七十二条: the department proposes, the government of the same level
   * decides) and 行政处罚法第四十四条、第六十三条: a failed re-inspection opens the closure procedure, and
   * the case reaches the government only after the enterprise was told its rights and heard.
   */
  @Test
  void aFailedReinspectionOpensTheClosureProcedureAndTheGovernmentDecidesAfterTheEnterpriseWasHeard() {
    assertThat(aCase(CaseState.REINSPECTION, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL").reinspected(false))
        .isEqualTo(CaseState.CLOSURE_PROPOSED);
    Case proposed = aCase(CaseState.CLOSURE_PROPOSED, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL");
    assertThatThrownBy(proposed::heard).as("no statement before the rights notice").isInstanceOf(CaseConflictException.class);
    assertThat(proposed.rightsNotified("2026-03-02", LocalDate.parse("2026-03-05"))).isEqualTo(LocalDate.parse("2026-03-02"));
    assertThatThrownBy(() -> proposed.rightsNotified("2026-03-06", LocalDate.parse("2026-03-05"))).hasMessageContaining("rightsServedOn");
    Case notified = aCase(CaseState.CLOSURE_PROPOSED, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL", LocalDate.parse("2026-03-02"));
    assertThat(notified.hearingRequestWindowEnds()).as("行政处罚法第六十四条: five days").isEqualTo(LocalDate.parse("2026-03-07"));
    assertThat(notified.heard()).isEqualTo(CaseState.AWAITING_APPROVAL);
    assertThat(aCase(CaseState.CLOSURE_PROPOSED, NO_PERIOD, null, null, "NORMAL", LocalDate.parse("2026-03-02")).heard())
        .isEqualTo(CaseState.CLOSING);
    assertThat(aCase(CaseState.REINSPECTION, NO_PERIOD, null, null, "NORMAL").reinspected(true)).isEqualTo(CaseState.RECTIFIED);
    Case awaiting = aCase(CaseState.AWAITING_APPROVAL, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL");
    assertThat(awaiting.approved(true)).isEqualTo(CaseState.CLOSING);
    assertThat(awaiting.approved(false)).isEqualTo(CaseState.REINSPECTION);
    assertThatThrownBy(() -> aCase(CaseState.CLOSING, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL").approved(true))
        .isInstanceOf(CaseConflictException.class).hasMessageContaining("关停退出中");
  }

  @Test
  void theEnterpriseReportsOnlyWhileRectifyingOrSuspendedAndTheDeadlineSendsTheCaseToReinspection() {
    assertThat(aCase(CaseState.SUSPENDED, NO_PERIOD, null, null, "NORMAL").reportRectification()).isEqualTo(CaseState.REINSPECTION);
    assertThatThrownBy(() -> aCase(CaseState.CLOSED, NO_PERIOD, null, null, "NORMAL").reportRectification())
        .isInstanceOf(CaseConflictException.class);
    assertThat(aCase(CaseState.EXTENSION_REQUESTED, SIX_MONTHS_PLUS_THREE, 1, "REQUESTED", "NORMAL").deadlinePassed())
        .isEqualTo(CaseState.REINSPECTION);
    assertThatThrownBy(() -> aCase(CaseState.RECTIFIED, NO_PERIOD, null, null, "NORMAL").deadlinePassed())
        .isInstanceOf(CaseConflictException.class);
  }

  /** 行政处罚法第六十四条: the hearing is notified seven days ahead and recorded after it took place. */
  @Test
  void aHearingIsNotifiedSevenDaysAheadAndRecordedAfterwards() {
    Case notified = aCase(CaseState.CLOSURE_PROPOSED, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL", LocalDate.parse("2026-03-02"));
    LocalDate today = LocalDate.parse("2026-03-20");
    notified.checkHearing("2026-03-04", "2026-03-11", today);
    assertThatThrownBy(() -> notified.checkHearing("2026-03-05", "2026-03-11", today)).hasMessageContaining("七日前通知");
    assertThatThrownBy(() -> notified.checkHearing("2026-03-01", "2026-03-11", today)).hasMessageContaining("不能早于告知书送达日期");
    assertThatThrownBy(() -> notified.checkHearing("2026-03-14", "2026-03-21", today)).hasMessageContaining("不能晚于今天");
  }

  /**
   * Issue 13, item 5: a closure order's exit deadline lies in the future, an exit is confirmed only
   * on a day that has come, and enforcement follows a written reminder (行政强制法第三十五条、第三十七条).
   */
  @Test
  void exitDatesFollowTheLawsLogicAndEnforcementFollowsAReminder() {
    Case closing = aCase(CaseState.CLOSING, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL");
    LocalDate today = LocalDate.parse("2026-06-01");
    assertThatThrownBy(() -> closing.closureOrdered("2020-12-31", today)).hasMessageContaining("关停退出期限须晚于今天");
    assertThat(closing.closureOrdered("2026-09-30", today)).isEqualTo(LocalDate.parse("2026-09-30"));
    assertThatThrownBy(() -> closing.exitOn("2026-07-01", today)).hasMessageContaining("不能晚于今天");
    assertThat(closing.exitOn("2026-05-31", today)).isEqualTo(LocalDate.parse("2026-05-31"));
    assertThatThrownBy(() -> closing.remindedOrEnforced("ENFORCE", false, "2026-07-01", today)).hasMessageContaining("事先催告");
    assertThat(closing.remindedOrEnforced("REMIND", false, "2026-06-15", today)).isEqualTo(LocalDate.parse("2026-06-15"));
    assertThat(closing.remindedOrEnforced("ENFORCE", true, "2026-07-01", today)).isEqualTo(LocalDate.parse("2026-07-01"));
    assertThatThrownBy(() -> closing.remindedOrEnforced("REMIND", false, "2026-06-01", today)).hasMessageContaining("须晚于今天");
  }

  private static Case aCase(CaseState state, RectificationPolicy policy, Integer extensionMonths, String extensionDecision,
      String severity) {
    return aCase(state, policy, extensionMonths, extensionDecision, severity, null);
  }

  private static Case aCase(CaseState state, RectificationPolicy policy, Integer extensionMonths, String extensionDecision,
      String severity, LocalDate rightsServedOn) {
    LocalDate deadline = Case.statutoryDeadline(FOUND, policy);
    return new Case("370800-2025-0001", "pi", "370800", "济宁市", "91370800MA3C000001", "示例钢铁有限公司", Dimension.ENERGY,
        "能耗", severity, null, FOUND, "超能耗限额", state, state.label(), policy.leadDepartment(), policy.firstMeasure(),
        policy.period() == null ? null : policy.period().toString(),
        policy.maxExtension() == null ? null : policy.maxExtension().toString(), policy.needsGovernmentApproval(), "",
        policy.legalBasis(), deadline, extensionMonths, null, extensionDecision, false, null, null, null, null, null, null,
        policy.approvalLevel().name(), policy.exitScope().name(), null, null, rightsServedOn, null, null, "officer", List.of(), List.of());
  }
}
