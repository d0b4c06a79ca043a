package cn.capacityexit.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.capacityexit.publication.Announcement;
import cn.capacityexit.publication.Announcements;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The public complaint form's limit: only accepted reports count, and only against their own address. */
class PublicComplaintControllerTest {

  private static final String NUMBER = "CF-371500-2025-0001";

  private final EliminationService eliminations = mock(EliminationService.class);
  private final Announcements announcements = mock(Announcements.class);
  private final PublicComplaintController controller = new PublicComplaintController(eliminations, announcements,
      new ComplaintRateLimiter(5, Duration.ofHours(1)), mock(EliminationEngine.class));

  @BeforeEach
  void anAnnouncedSealedLine() {
    Announcement sealed = new Announcement(NUMBER, Announcement.Kind.SEALED, "封存待拆除", NUMBER, "371500", "聊城市", null,
        "聊城某公司", "91371500MA00000000", "1号线", "窑", null, null, null, null, null, null, null, null,
        OffsetDateTime.now(), OffsetDateTime.now());
    when(announcements.find(anyString())).thenReturn(Optional.empty());
    when(announcements.find(NUMBER)).thenReturn(Optional.of(sealed));
    when(eliminations.complaint(eq(NUMBER), anyString(), any(), any(), eq("PUBLIC"), isNull())).thenReturn(42L);
    when(eliminations.complaint(eq(NUMBER), eq(" "), any(), any(), eq("PUBLIC"), isNull()))
        .thenThrow(new InvalidInputException("content", "必填"));
  }

  private int submit(String address, String announcement, String content) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/public/complaints");
    request.setRemoteAddr(address);
    request.addHeader("X-Forwarded-For", "192.0.2.1");
    return controller.submit(new EliminationController.ComplaintInput(announcement, content, null, null), request)
        .getStatusCode().value();
  }

  @Test
  void refusedReportsDoNotUseUpTheSendersBudget() {
    for (int i = 0; i < 50; i++) {
      assertThatThrownBy(() -> submit("203.0.113.1", " ", "内容")).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> submit("203.0.113.1", "CF-000000-0000-0000", "内容")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> submit("203.0.113.1", NUMBER, " ")).isInstanceOf(InvalidInputException.class);
    }
    assertThat(submit("203.0.113.1", NUMBER, "夜间看到生产线冒烟")).isEqualTo(202);
  }

  @Test
  void oneSenderOverItsLimitDoesNotShutOutAnother() {
    for (int i = 0; i < 5; i++) {
      assertThat(submit("203.0.113.1", NUMBER, "举报" + i)).isEqualTo(202);
    }
    assertThat(submit("203.0.113.1", NUMBER, "第六次")).isEqualTo(429);
    assertThat(submit("203.0.113.2", NUMBER, "另一位举报人")).isEqualTo(202);
  }
}
