package cn.capacityexit.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 16: the double-random draw is reproducible from its seed, whatever order the inputs come in. */
class DoubleRandomTest {

  static final List<String> ENTERPRISES = IntStream.range(0, 40).mapToObj(i -> String.format("E%02d", i)).toList();
  static final List<String> ROSTER = List.of("jining-eco", "jining-eco-head", "jining-eco-2");

  @Test
  void theSameSeedDrawsTheSameEnterprisesAndInspectorsInAnyInputOrder() {
    List<String> shuffled = new ArrayList<>(ENTERPRISES);
    Collections.shuffle(shuffled);
    List<String> roster = new ArrayList<>(ROSTER);
    Collections.reverse(roster);
    assertThat(DoubleRandom.draw(shuffled, roster, 10, 20261130L)).isEqualTo(DoubleRandom.draw(ENTERPRISES, ROSTER, 10, 20261130L));
    assertThat(DoubleRandom.draw(ENTERPRISES, ROSTER, 10, 20261130L)).isNotEqualTo(DoubleRandom.draw(ENTERPRISES, ROSTER, 10, 7L));
  }

  @Test
  void eachEnterpriseOnceTwoDifferentInspectorsOfTheRoster() {
    for (long seed = 0; seed < 200; seed++) {
      var drawn = DoubleRandom.draw(ENTERPRISES, ROSTER, 12, seed);
      assertThat(drawn).hasSize(12);
      assertThat(drawn.stream().map(DoubleRandom.Assignment::creditCode).distinct()).hasSize(12);
      assertThat(drawn).allSatisfy(a -> {
        assertThat(a.firstInspector()).isNotEqualTo(a.secondInspector());
        assertThat(ROSTER).contains(a.firstInspector(), a.secondInspector());
        assertThat(ENTERPRISES).contains(a.creditCode());
      });
    }
  }

  @Test
  void aDrawLargerThanThePlanTakesEveryEnterpriseAndOneInspectorIsRefused() {
    assertThat(DoubleRandom.draw(ENTERPRISES.subList(0, 3), ROSTER, 10, 1L)).hasSize(3);
    assertThatThrownBy(() -> DoubleRandom.draw(ENTERPRISES, List.of("jining-eco"), 1, 1L)).isInstanceOf(IllegalArgumentException.class);
  }
}
