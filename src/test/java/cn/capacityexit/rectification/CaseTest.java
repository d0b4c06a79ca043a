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
      Period.ofMonths(6), Period.ofMonths(3), true, List.of(), "《节约能源法》");
  private static final RectificationPolicy NO_PERIOD = new RectificationPolicy("YJJ", FirstMeasure.SUSPEND_IMMEDIATELY,
      null, null, false, List.of(), "《安全生产法》");

  @Test
  void theStatutoryDeadlineCountsSixMonthsFromTheFindingAndClampsTheMonthEnd() {
    Case.Start start = aCase(CaseState.REGISTERED, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL").start(null, TODAY);
    assertThat(start.deadline()).isEqualTo(LocalDate.parse("2026-02-28"));
    assertThat(start.state()).isEqualTo(CaseState.RECTIFYING);
    assertThat(start.suspends()).isFalse();
  }

  @Test
  void withoutAStatutoryPeriodTheOfficerSetsAFutureReinspectionDateAndProductionStops() {
    Case c = aCase(CaseState.REGISTERED, NO_PERIOD, null, null, "NORMAL");
    assertThatThrownBy(() -> c.start(null, TODAY)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reinspectionDate");
    assertThatThrownBy(() -> c.start("2025-08-01", TODAY)).hasMessageContaining("复查日期不能早于今天");
    Case.Start start = c.start("2025-10-01", TODAY);
    assertThat(start.deadline()).isEqualTo(LocalDate.parse("2025-10-01"));
    assertThat(start.state()).isEqualTo(CaseState.SUSPENDED);
  }

  @Test
  void aSeriousFindingUnderRestrictOrSuspendStopsProduction() {
    RectificationPolicy restrict = new RectificationPolicy("STHJ", FirstMeasure.RESTRICT_OR_SUSPEND, Period.ofMonths(6),
        null, false, List.of(), "《环境保护法》");
    assertThat(aCase(CaseState.REGISTERED, restrict, null, null, "SERIOUS").start(null, TODAY).suspends()).isTrue();
    assertThat(aCase(CaseState.REGISTERED, restrict, null, null, "NORMAL").start(null, TODAY).suspends()).isFalse();
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

  @Test
  void aFailedReinspectionGoesToTheGovernmentOnlyWhereThePolicyReservesClosureToIt() {
    assertThat(aCase(CaseState.REINSPECTION, SIX_MONTHS_PLUS_THREE, null, null, "NORMAL").reinspected(false))
        .isEqualTo(CaseState.AWAITING_APPROVAL);
    assertThat(aCase(CaseState.REINSPECTION, NO_PERIOD, null, null, "NORMAL").reinspected(false)).isEqualTo(CaseState.CLOSING);
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

  private static Case aCase(CaseState state, RectificationPolicy policy, Integer extensionMonths, String extensionDecision,
      String severity) {
    LocalDate deadline = Case.statutoryDeadline(FOUND, policy);
    return new Case("370800-2025-0001", "pi", "370800", "济宁市", "91370800MA3C000001", "示例钢铁有限公司", Dimension.ENERGY,
        "能耗", severity, FOUND, "超能耗限额", state, state.label(), policy.leadDepartment(), policy.firstMeasure(),
        policy.period() == null ? null : policy.period().toString(),
        policy.maxExtension() == null ? null : policy.maxExtension().toString(), policy.needsGovernmentApproval(), "",
        policy.legalBasis(), deadline, extensionMonths, null, extensionDecision, false, null, null, null, null, null, null,
        null, "officer", List.of(), List.of());
  }
}
