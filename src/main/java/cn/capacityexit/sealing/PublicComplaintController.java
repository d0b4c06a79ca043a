package cn.capacityexit.sealing;

import cn.capacityexit.publication.Announcement;
import cn.capacityexit.publication.Announcements;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public supervision (接受社会监督): anyone may report revived production of an announced line,
 * without login. Validated, limited per sender address, and each report starts an inspection task.
 */
@RestController
public class PublicComplaintController {

  private final EliminationService eliminations;
  private final Announcements announcements;
  private final ComplaintRateLimiter limiter;
  private final EliminationEngine engine;

  public PublicComplaintController(EliminationService eliminations, Announcements announcements, ComplaintRateLimiter limiter,
      EliminationEngine engine) {
    this.eliminations = eliminations;
    this.announcements = announcements;
    this.limiter = limiter;
    this.engine = engine;
  }

  /**
   * Counts against the sender's limit only when the report is accepted: a refused report (no or
   * unknown announcement, blank content, elimination ended) gives its count back. The address is
   * the connection's, never a forwarded-for header that the sender writes.
   */
  @PostMapping("/api/public/complaints")
  @Transactional
  public ResponseEntity<Map<String, Object>> submit(@RequestBody EliminationController.ComplaintInput body, HttpServletRequest request) {
    String client = request.getRemoteAddr();
    if (!limiter.allows(client)) {
      return tooMany();
    }
    if (body.announcement() == null || body.announcement().isBlank()) {
      throw new InvalidInputException("announcement", "请指明举报的公告");
    }
    Announcement a = announcements.find(body.announcement().strip())
        .orElseThrow(() -> new NotFoundException("没有编号为" + body.announcement() + "的公告"));
    if (a.kind() == Announcement.Kind.CLOSED) {
      throw new InvalidInputException("announcement", "该公告为关停企业公告，请通过12345热线反映");
    }
    if (!limiter.tryAcquire(client)) {
      return tooMany();
    }
    try {
      long id = eliminations.complaint(a.referenceNumber(), body.content(), body.location(), body.contact(), "PUBLIC", null);
      engine.revivalReported(a.referenceNumber(), id);
      return ResponseEntity.accepted().body(Map.of("complaintId", id, "message", "举报已受理，主管部门将组织核查"));
    } catch (RuntimeException e) {
      limiter.release(client);
      throw e;
    }
  }

  private static ResponseEntity<Map<String, Object>> tooMany() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", 429);
    error.put("error", "Too Many Requests");
    error.put("message", "提交过于频繁，请稍后再试，或拨打12345热线");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600").body(error);
  }
}
