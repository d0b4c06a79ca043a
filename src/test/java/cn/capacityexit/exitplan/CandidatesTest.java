package cn.capacityexit.exitplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure parts of the candidate list: plant capacities, the half of the 2,500 t/d lines, what is read off the text. */
class CandidatesTest {

  @Test
  void cokeOvensOfAnEnterpriseAddUpWhateverTheirTypeOtherKindsByType() {
    Map<Long, BigDecimal> plant = Candidates.enterpriseCapacities(List.of(
        new Candidates.LineInput(1, "A", "顶装焦炉", "万吨/年", new BigDecimal("60")),
        new Candidates.LineInput(2, "A", "捣固焦炉", "万吨/年", new BigDecimal("30")),
        new Candidates.LineInput(3, "A", "全钢子午线轮胎生产线", "万条/年", new BigDecimal("100")),
        new Candidates.LineInput(4, "B", "顶装焦炉", "万吨/年", new BigDecimal("110"))));
    assertThat(plant).containsEntry(1L, new BigDecimal("90")).containsEntry(2L, new BigDecimal("90"))
        .containsEntry(3L, new BigDecimal("100")).containsEntry(4L, new BigDecimal("110"));
  }

  @Test
  void halfOfTheClassExitsRoundedUpSmallestPlantsFirst() {
    Map<Long, Candidates.Action> split = Candidates.splitHalf(List.of(
        new Candidates.HalfLine(10, "B", new BigDecimal("5000")), new Candidates.HalfLine(11, "B", new BigDecimal("5000")),
        new Candidates.HalfLine(20, "A", new BigDecimal("9500"))));
    assertThat(split).containsEntry(10L, Candidates.Action.HALF_EXIT).containsEntry(11L, Candidates.Action.HALF_EXIT)
        .containsEntry(20L, Candidates.Action.REPLACE);
    assertThat(Candidates.splitHalf(List.of(new Candidates.HalfLine(1, "A", BigDecimal.ONE), new Candidates.HalfLine(2, "C", BigDecimal.TEN))))
        .containsEntry(1L, Candidates.Action.HALF_EXIT).containsEntry(2L, Candidates.Action.REPLACE);
  }

  @Test
  void theTextGivesTheMillDiameterTheCityAndTheProvince() {
    assertThat(LineFacts.millDiameter("直径3.2米")).contains(new BigDecimal("3.2"));
    assertThat(LineFacts.millDiameter("Φ2.6m×13m")).contains(new BigDecimal("2.6"));
    assertThat(LineFacts.millDiameter("公称容量5吨")).isEmpty();
    assertThat(LineFacts.city("371526")).isEqualTo("371500");
    assertThat(LineFacts.city("370800")).isEqualTo("370800");
    assertThat(LineFacts.province("371526")).isEqualTo("370000");
    assertThat(ExitPlans.comparedOn(LocalDate.of(2026, 12, 1), 2022)).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(ExitPlans.comparedOn(LocalDate.of(2026, 12, 1), 2027)).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(ExitPlans.comparedOn(LocalDate.of(2026, 12, 1), 2026)).isEqualTo(LocalDate.of(2026, 12, 1));
  }
}
