package cn.capacityexit.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.capacityexit.web.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The hearing's arrangement (行政处罚法第六十四条), without database or engine. */
class HearingTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void theHearingIsNotifiedSevenDaysAheadAndIsPublicUnlessAReasonIsGiven() {
    Hearing h = Hearing.arrange("ZG-370800-2026-0001", "2026-12-07", "9：30", "三楼听证室", "法规科王明", null, null, TODAY);
    assertThat(h.hearingTime()).isEqualTo("09:30");
    assertThat(h.timeText()).isEqualTo("2026年12月7日9时30分");
    assertThat(h.publicSentence()).isEqualTo("听证公开举行。");
    Hearing closed = Hearing.arrange("ZG-370800-2026-0001", "2026-12-10", "14:00", "三楼听证室", "法规科王明", false, "商业秘密", TODAY);
    assertThat(closed.publicSentence()).isEqualTo("本次听证因涉及商业秘密，依法不公开举行。");
  }

  @Test
  void tooEarlyAHearingABadTimeAndAPrivateHearingWithoutReasonAreRefusedNamingTheField() {
    assertThatThrownBy(() -> Hearing.arrange("n", "2026-12-06", "9:30", "室", "王明", true, null, TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("七日前").hasMessageContaining("2026-12-07");
    assertThatThrownBy(() -> Hearing.arrange("n", "2026-12-07", "25:00", "室", "王明", true, null, TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("开始时间");
    assertThatThrownBy(() -> Hearing.arrange("n", "2026-12-07", "9:30", "室", " ", false, null, TODAY))
        .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(p -> p.field()).contains("hearingHost", "hearingPrivateReason"));
  }
}
