package cn.capacityexit.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdict per dimension: the latest inspection of a kind decides by its own finding; equipment against the catalogue
 * decides technology, without hiding the kind's verdict.
 */
class ComprehensiveEvaluationsTest {

  private static ComprehensiveEvaluations.Row row(String kind, String number, boolean finding, String item, Long line) {
    return new ComprehensiveEvaluations.Row("C", "企业", "371000", kind, number, finding, item, line, LocalDate.of(2026, 3, 1));
  }

  @Test
  void theLatestInspectionOfEachKindDecidesAndTechnologyFailsOnAnyEliminatedLine() {
    List<ComprehensiveEvaluations.Verdict> v = ComprehensiveEvaluations.verdicts(List.of(
        row("ENERGY_SUPERVISION", "JC-1", true, null, null), row("ENERGY_SUPERVISION", "JC-2", false, null, 7L),
        row("POLLUTANT_PERMIT", "JC-3", true, null, null), row("SAFETY", "JC-4", false, "目录淘汰类", 8L)));
    assertThat(v).extracting(ComprehensiveEvaluations.Verdict::dimension, ComprehensiveEvaluations.Verdict::result).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ENERGY", "PASSED"), org.assertj.core.groups.Tuple.tuple("ENVIRONMENT", "FAILED"),
        org.assertj.core.groups.Tuple.tuple("QUALITY", "NOT_EVALUATED"), org.assertj.core.groups.Tuple.tuple("SAFETY", "PASSED"),
        org.assertj.core.groups.Tuple.tuple("TECHNOLOGY", "FAILED"));
    assertThat(v.get(0).inspections()).containsExactly("JC-1", "JC-2");
    assertThat(v.get(4).inspections()).containsExactly("JC-2", "JC-4");
  }
}
