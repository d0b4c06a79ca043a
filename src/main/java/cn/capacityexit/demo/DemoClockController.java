package cn.capacityexit.demo;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.process.MovableClock;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's clock: an administrator moves the date forward (never back) to show what a deadline
 * does — the reminder, the overdue timer, the hearing seven days after its notice — without waiting
 * months. Only with the demo profile and only in this JVM (the engine's and the product's clock are
 * one, see EngineClock); production has no such endpoint.
 */
@RestController
@Profile("demo")
public class DemoClockController {

  private static final Logger LOG = LoggerFactory.getLogger(DemoClockController.class);
  static final int MAX_DAYS = 400;

  private final Clock clock;
  private final MovableClock movable;

  public DemoClockController(Clock clock, MovableClock movable) {
    this.clock = clock;
    this.movable = movable;
  }

  public record Move(Integer days) {}

  @GetMapping("/api/admin/demo-clock")
  public synchronized Map<String, Object> now(Caller caller) {
    requireAdministrator(caller);
    return state();
  }

  /** Moves the demo's date forward by whole days; the timers that fall due run at once. */
  @PostMapping("/api/admin/demo-clock")
  public synchronized Map<String, Object> move(Caller caller, @RequestBody Move body) {
    requireAdministrator(caller);
    if (body == null || body.days() == null || body.days() < 1 || body.days() > MAX_DAYS) {
      throw new InvalidInputException("days", "请填写向后推移的天数（1至" + MAX_DAYS + "天）；演示时钟只能向后推移");
    }
    movable.forward(body.days());
    LOG.info("Demo clock moved forward {} days by {}: today is {}", body.days(), caller.userId(), Deadlines.today(clock));
    return state();
  }

  /** Back to the real date (what was done in the demo's future stays done). */
  @DeleteMapping("/api/admin/demo-clock")
  public synchronized Map<String, Object> reset(Caller caller) {
    requireAdministrator(caller);
    movable.reset();
    return state();
  }

  private Map<String, Object> state() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("today", Deadlines.today(clock).toString());
    s.put("now", clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime().withNano(0).toString());
    s.put("offsetDays", movable.offsetDays());
    return s;
  }

  private static void requireAdministrator(Caller caller) {
    if (caller == null || !caller.administrator()) {
      throw new ForbiddenException("只有系统管理员可以推移演示时钟");
    }
  }
}
