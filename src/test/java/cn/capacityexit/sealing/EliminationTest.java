package cn.capacityexit.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The elimination's steps and rules, without Spring, engine or database. */
class EliminationTest {

  private static final LocalDate TODAY = LocalDate.parse("2025-06-01");

  @Test
  void sealingNeedsThePolicyToAllowItAndAFutureDismantlingDeadline() {
    Elimination sealable = elimination(EliminationState.ASSESSING, true, false, null);
    Elimination.Assessment a = sealable.assess("SEAL", "2025-12-31", TODAY);
    assertThat(a.state()).isEqualTo(EliminationState.SEALING);
    assertThat(a.dismantleDeadline()).isEqualTo(LocalDate.parse("2025-12-31"));
    assertThatThrownBy(() -> sealable.assess("SEAL", null, TODAY)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dismantleDeadline");
    assertThatThrownBy(() -> sealable.assess("SEAL", "2025-05-31", TODAY)).hasMessageContaining("拆除期限不能早于今天");
    assertThatThrownBy(() -> elimination(EliminationState.ASSESSING, false, false, null).assess("SEAL", "2025-12-31", TODAY))
        .hasMessageContaining("不得封存");
  }

  @Test
  void dismantlingAtOnceAndReserveWhereThePlanAllowsIt() {
    assertThat(elimination(EliminationState.ASSESSING, false, false, null).assess("DISMANTLE", null, TODAY).state())
        .isEqualTo(EliminationState.DISMANTLING);
    assertThatThrownBy(() -> elimination(EliminationState.ASSESSING, false, false, null).assess("RESERVE", null, TODAY))
        .hasMessageContaining("关而不拆");
    assertThat(elimination(EliminationState.ASSESSING, false, true, null).assess("RESERVE", null, TODAY).state())
        .isEqualTo(EliminationState.RESERVE);
    assertThatThrownBy(() -> elimination(EliminationState.ASSESSING, true, true, null).assess("BURY", null, TODAY))
        .hasMessageContaining("未知处置方式");
    assertThatThrownBy(() -> elimination(EliminationState.SEALED, true, true, null).assess("DISMANTLE", null, TODAY))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void theDismantlingDayIsRequiredNotInTheFutureAndOnlyWhileDismantlingSealedOrRedoing() {
    Elimination sealed = elimination(EliminationState.SEALED, true, false, LocalDate.parse("2025-12-31"));
    assertThat(sealed.dismantledOn("2025-06-01", TODAY)).isEqualTo(TODAY);
    assertThatThrownBy(() -> sealed.dismantledOn("2025-06-02", TODAY)).hasMessageContaining("拆除日期不能晚于今天");
    assertThatThrownBy(() -> sealed.dismantledOn(" ", TODAY)).hasMessageContaining("请填写拆除日期");
    assertThatThrownBy(() -> elimination(EliminationState.SEALING, true, false, null).dismantledOn("2025-05-01", TODAY))
        .isInstanceOf(ConflictException.class).hasMessageContaining("封存中");
    assertThat(elimination(EliminationState.ACCEPTING, true, false, null).dismantledOn("2025-05-01", TODAY)).isNotNull();
  }

  @Test
  void sealingAcceptanceAndReserveReviewMoveOnlyFromTheirOwnState() {
    assertThat(elimination(EliminationState.SEALING, true, false, null).sealed()).isEqualTo(EliminationState.SEALED);
    assertThatThrownBy(() -> elimination(EliminationState.DISMANTLING, true, false, null).sealed())
        .isInstanceOf(ConflictException.class);
    assertThat(elimination(EliminationState.ACCEPTING, true, false, null).acceptedDismantling())
        .isEqualTo(EliminationState.DISMANTLED);
    assertThat(elimination(EliminationState.RESERVE, false, true, null).reserveReviewed(true)).isEqualTo(EliminationState.RESERVE);
    assertThat(elimination(EliminationState.RESERVE, false, true, null).reserveReviewed(false))
        .isEqualTo(EliminationState.DISMANTLING);
  }

  private static Elimination elimination(EliminationState state, boolean sealAllowed, boolean reserveAllowed, LocalDate deadline) {
    return new Elimination("CF-370800-2025-0001", "pi", 7, "1号高炉", "高炉", new BigDecimal("400"), "立方米",
        "91370800MA3C000001", "示例钢铁有限公司", "STEEL", null, "370800", "产业结构调整指导目录 淘汰类", 2025, null, state,
        state.label(), sealAllowed, reserveAllowed, "济宁市工业和信息化局网站", "《产业结构调整指导目录》", deadline, null, null, null,
        null, null, null, null, false, null, "officer", List.of());
  }
}
