package cn.capacityexit.sealing;

import cn.capacityexit.publication.Announcement;
import cn.capacityexit.publication.Announcements;
import cn.capacityexit.events.LineEliminated;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.registry.LineStatus;
import cn.capacityexit.registry.ProductionLine;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import org.springframework.dao.DuplicateKeyException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of dismantle-or-seal (拆除或封存), without the engine: which lines may be eliminated,
 * when sealing or the emergency reserve is allowed, what each step records, the pledge's text and
 * what the public announcement says.
 */
@Service
public class EliminationService {

  public static final String SYSTEM = "system";

  private final EliminationRepository eliminations;
  private final RegistryRepository registry;
  private final ApplicationEventPublisher events;
  private final EvidenceStore evidence;
  private final Announcements announcements;
  private final Clock clock;

  public EliminationService(EliminationRepository eliminations, RegistryRepository registry,
      ApplicationEventPublisher events, EvidenceStore evidence, Announcements announcements, Clock clock) {
    this.eliminations = eliminations;
    this.registry = registry;
    this.events = events;
    this.evidence = evidence;
    this.announcements = announcements;
    this.clock = clock;
  }

  /** The body of POST /api/eliminations. */
  public record Input(Long productionLineId, String catalogueItem, Integer planYear, String dismantleDeadline) {}

  /** A line that may be eliminated, with its enterprise. */
  public record Target(ProductionLine line, Enterprise enterprise) {}

  /** The rule of dismantle-policy.dmn for a line. */
  public record Rule(String leadDepartment, boolean sealAllowed, boolean reserveAllowed, String announcementSite, String legalBasis) {}

  /** Validates a standalone elimination for equipment in the catalogue's eliminate category. */
  public Target validate(Caller caller, Input in, boolean standalone) {
    Problems p = new Problems();
    Target target = null;
    if (in.productionLineId() == null) {
      p.add("productionLineId", "必填");
    } else {
      ProductionLine line = registry.line(in.productionLineId()).orElse(null);
      Enterprise owner = line == null ? null : registry.find(line.enterpriseCreditCode()).orElseThrow();
      if (line == null) {
        p.add("productionLineId", "没有编号为" + in.productionLineId() + "的生产线或设备");
      } else if (caller != null && !caller.mayAccess(owner.jurisdiction())) {
        // Before anything else is said about another jurisdiction's line.
        throw new ForbiddenException("该生产线所在行政区划" + owner.jurisdiction() + "不在您的管辖范围内");
      } else if (line.status() == LineStatus.DISMANTLED) {
        p.add("productionLineId", "该生产线已拆除");
      } else if (eliminations.lineHasElimination(line.id())) {
        // One elimination per line (the law says "one"): a conflict with what is recorded, 409.
        throw new ConflictException("生产线“" + line.name() + "”已列入淘汰，不能重复登记");
      } else {
        target = new Target(line, owner);
      }
    }
    if (standalone) {
      p.text("catalogueItem", in.catalogueItem(), true, 300);
      int thisYear = Deadlines.today(clock).getYear();
      if (in.planYear() == null) {
        p.add("planYear", "必填");
      } else if (in.planYear() < 2017 || in.planYear() > thisYear + 1) {
        p.add("planYear", "应在2017年（工信部联产业〔2017〕30号）至" + (thisYear + 1) + "年之间");
      }
    }
    if (in.dismantleDeadline() != null && !in.dismantleDeadline().isBlank()) {
      LocalDate d = date(p, "dismantleDeadline", in.dismantleDeadline());
      if (d != null && d.isBefore(Deadlines.today(clock))) {
        p.add("dismantleDeadline", "拆除期限不能早于今天");
      }
    }
    p.throwIfAny();
    return target;
  }

  @Transactional
  public String register(Target t, String caseNumber, String catalogueItem, int planYear, String deadline, String actor,
      String processInstanceId) {
    String number = eliminations.nextNumber(t.enterprise().jurisdiction(), planYear);
    LocalDate d = deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip().substring(0, 10));
    String item = catalogueItem != null && !catalogueItem.isBlank() ? catalogueItem
        : t.line().catalogueRef() != null ? t.line().catalogueRef() : "依法关停企业的生产设备（案件" + caseNumber + "）";
    OffsetDateTime at = now();
    try {
      eliminations.insert(number, t.line().id(), caseNumber, t.enterprise().jurisdiction(), item, planYear, d, processInstanceId, actor, at);
    } catch (DuplicateKeyException e) {
      throw new ConflictException("生产线“" + t.line().name() + "”已有淘汰事项，不能重复登记");
    }
    eliminations.event(number, EliminationEvents.REGISTERED, actor, t.enterprise().name() + " " + t.line().name() + "：" + item, at);
    return number;
  }

  @Transactional
  public void applyRule(String number, Rule rule) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("seal_allowed", rule.sealAllowed());
    c.put("reserve_allowed", rule.reserveAllowed());
    c.put("announcement_site", rule.announcementSite());
    c.put("legal_basis", rule.legalBasis());
    eliminations.update(number, c, now());
  }

  /** The lead department's assessment: dismantle now, seal first (with a deadline), or keep as reserve. */
  @Transactional
  public LocalDate assess(String number, String method, String deadline, String note, String actor) {
    Elimination.Assessment a = require(number).assess(method, deadline, Deadlines.today(clock));
    EliminationMethod m = a.method();
    LocalDate d = a.dismantleDeadline();
    OffsetDateTime at = now();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("method", m.name());
    c.put("state", a.state().name());
    c.put("dismantle_deadline", d);
    eliminations.update(number, c, at);
    eliminations.event(number, EliminationEvents.ASSESSED, actor, m.label() + (m == EliminationMethod.SEAL ? "，拆除期限" + d : "")
        + (note == null || note.isBlank() ? "" : "；" + note), at);
    return m == EliminationMethod.SEAL ? d : null;
  }

  /** One of the sealing measures is in place, on a date, with its evidence. */
  @Transactional
  public void stepDone(String number, EvidenceStep step, String date, String actor) {
    Problems p = new Problems();
    LocalDate d = date(p, "stepDate", date);
    if (d == null && p.isEmpty()) {
      p.add("stepDate", "请填写完成日期");
    }
    if (d != null && d.isAfter(Deadlines.today(clock))) {
      p.add("stepDate", "完成日期不能晚于今天");
    }
    p.throwIfAny();
    evidence.require(number, step);
    String column = switch (step) {
      case WATER -> "water_cut_on";
      case POWER -> "power_cut_on";
      case POWER_UNITS -> "power_units_removed_on";
      case SEAL -> "sealed_on";
      default -> throw new IllegalArgumentException("not a sealing step: " + step);
    };
    OffsetDateTime at = now();
    eliminations.update(number, Map.of(column, d), at);
    eliminations.event(number, EliminationEvents.STEP_DONE, actor, step.label() + "：" + d, at);
  }

  /** All four measures in place: the line is sealed and the pledge is drawn up from the record. */
  @Transactional
  public String recordSeal(String number, String actor) {
    Elimination e = require(number);
    EliminationState next = e.sealed();
    String pledge = pledgeText(e);
    OffsetDateTime at = now();
    eliminations.update(number, Map.of("state", next.name(), "pledge_text", pledge), at);
    events.publishEvent(new LineEliminated(reference(e), e.lineId(), dimension(e), LineEliminated.How.SEALED, e.sealedOn(), actor,
        "断水、断电、拆除动力装置并封存主体设备", e.eliminationNumber()));
    eliminations.event(number, EliminationEvents.SEALED, actor, "封存日期" + e.sealedOn() + "，拆除期限" + e.dismantleDeadline(), at);
    return pledge;
  }

  /** The enterprise's public pledge (承诺书), from the elimination's record. */
  public static String pledgeText(Elimination e) {
    return "承诺书\n\n"
        + "本企业" + e.enterpriseName() + "（统一社会信用代码：" + e.creditCode() + "）的" + e.lineName()
        + "（" + e.equipmentType() + "，产能" + e.capacity().toPlainString() + e.capacityUnit() + "）属于"
        + e.catalogueItem() + "，已于" + e.sealedOn() + "断水、断电、拆除动力装置并封存主体设备。\n\n"
        + "本企业向社会公开承诺：上述设备不再恢复生产，并于" + e.dismantleDeadline() + "前拆除主体设备；"
        + "接受政府部门和社会公众监督。如违反承诺，自愿接受依法关停、信用惩戒等处理。\n\n"
        + "依据：" + e.legalBasis() + "\n\n"
        + "企业（盖章）：　　　　　　法定代表人（签字）：　　　　　　日期：";
  }

  @Transactional
  public void pledgeUploaded(String number, String actor) {
    evidence.require(number, EvidenceStep.PLEDGE);
    eliminations.event(number, EliminationEvents.PLEDGE_UPLOADED, actor, null, now());
  }

  /** The sealed line on the public site, with the pledge and the deadline. */
  @Transactional
  public Announcement publishSealed(String number) {
    Elimination e = require(number);
    Announcement a = announcements.publish(draft(e, Announcement.Kind.SEALED));
    eliminations.event(number, EliminationEvents.ANNOUNCED, SYSTEM, e.announcementSite() + "：" + a.url(), now());
    return a;
  }

  @Transactional
  public void dismantled(String number, String date, String actor) {
    LocalDate d = require(number).dismantledOn(date, Deadlines.today(clock));
    evidence.require(number, EvidenceStep.BEFORE, EvidenceStep.DURING, EvidenceStep.AFTER);
    OffsetDateTime at = now();
    eliminations.update(number, Map.of("dismantled_on", d, "state", EliminationState.ACCEPTING.name()), at);
    eliminations.event(number, EliminationEvents.DISMANTLED, actor, "拆除日期" + d, at);
  }

  @Transactional
  public void accepted(String number, boolean passed, String findings, String actor) {
    OffsetDateTime at = now();
    if (passed) {
      eliminations.update(number, Map.of("accepted_at", at), at);
    }
    eliminations.event(number, passed ? EliminationEvents.ACCEPTED : EliminationEvents.ACCEPTANCE_FAILED, actor, findings, at);
  }

  /** Accepted: the line is dismantled, its capacity counts as exited, and the announcement says so. */
  @Transactional
  public void recordDismantled(String number, String actor) {
    Elimination e = require(number);
    events.publishEvent(new LineEliminated(reference(e), e.lineId(), dimension(e), LineEliminated.How.DISMANTLED, e.dismantledOn(),
        actor, "拆除主体设备，验收通过", e.eliminationNumber()));
    if (announcements.find(number).isPresent()) {
      announcements.markDismantled(number, e.dismantledOn());
    } else {
      announcements.publish(draft(e, Announcement.Kind.DISMANTLED));
      announcements.markDismantled(number, e.dismantledOn());
    }
    eliminations.update(number, Map.of("state", e.acceptedDismantling().name()), now());
  }

  /** Guangdong coal power: closed, not dismantled, kept as emergency reserve and reviewed periodically. */
  @Transactional
  public void recordReserve(String number, String actor) {
    Elimination e = require(number);
    LocalDate today = Deadlines.today(clock);
    events.publishEvent(new LineEliminated(reference(e), e.lineId(), dimension(e), LineEliminated.How.RESERVED, today, actor,
        "关而不拆，转应急备用", e.eliminationNumber()));
    announcements.publish(draft(e, Announcement.Kind.RESERVE));
    eliminations.event(number, EliminationEvents.RESERVE, actor, e.legalBasis(), now());
  }

  @Transactional
  public void reserveReviewed(String number, boolean keep, String note, String actor) {
    OffsetDateTime at = now();
    EliminationState next = require(number).reserveReviewed(keep);
    if (next != EliminationState.RESERVE) {
      eliminations.update(number, Map.of("state", next.name()), at);
    }
    eliminations.event(number, EliminationEvents.RESERVE_REVIEWED, actor, (keep ? "继续作为应急备用" : "不再备用，拆除") + (note == null ? "" : "：" + note), at);
  }

  @Transactional
  public void reminded(String number) {
    Elimination e = require(number);
    eliminations.event(number, EliminationEvents.REMINDED, SYSTEM, "拆除期限" + e.dismantleDeadline() + "即将届满", now());
  }

  @Transactional
  public void overdue(String number) {
    Elimination e = require(number);
    OffsetDateTime at = now();
    eliminations.update(number, Map.of("overdue", true), at);
    eliminations.event(number, EliminationEvents.OVERDUE, SYSTEM, "拆除期限" + e.dismantleDeadline() + "届满，主体设备未拆除", at);
  }

  @Transactional
  public void reinspected(String number, boolean revived, String findings, String actor) {
    eliminations.event(number, EliminationEvents.REINSPECTED, actor, (revived ? "发现恢复生产" : "未恢复生产，不能恢复") + "：" + findings, now());
  }

  /** A report of revived production, from the public or an officer. */
  @Transactional
  public long complaint(String number, String content, String location, String contact, String source, String by) {
    Problems p = new Problems();
    String c = p.text("content", content, true, 2000);
    String l = p.text("location", location, false, 300);
    String ct = p.text("contact", contact, false, 100);
    p.throwIfAny();
    OffsetDateTime at = now();
    long id = eliminations.insertComplaint(number, c, l, ct, source, by, at);
    eliminations.event(number, EliminationEvents.COMPLAINT, by == null ? "公众" : by, "举报" + id + "：" + c, at);
    return id;
  }

  @Transactional
  public void complaintHandled(long id, boolean confirmed, String findings, String actor) {
    String number = eliminations.complaintOf(id)[0];
    OffsetDateTime at = now();
    eliminations.handleComplaint(id, confirmed, findings, actor, at);
    eliminations.event(number, confirmed ? EliminationEvents.REVIVAL_CONFIRMED : EliminationEvents.COMPLAINT_HANDLED,
        actor, "举报" + id + (confirmed ? "查实：" : "未查实：") + findings, at);
  }

  public String complaintContent(long id) {
    return eliminations.complaintOf(id)[1];
  }

  public boolean enterpriseClosed(Elimination e) {
    return registry.find(e.creditCode()).map(x -> x.closedAt() != null).orElse(true);
  }

  public Elimination get(Caller caller, String number) {
    Elimination e = require(number);
    if (caller != null && !caller.mayAccess(e.jurisdiction())) {
      throw new ForbiddenException("淘汰事项" + number + "不在您的管辖范围内");
    }
    return e;
  }

  /**
   * The elimination a process instance works on, found in the product's own table (never from a
   * process variable) and refused unless it belongs to the instance's tenant.
   */
  public String numberOfInstance(String processInstanceId, String tenantId) {
    String number = eliminations.numberOfInstance(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程实例" + processInstanceId + "没有对应的淘汰事项"));
    if (tenantId == null || !tenantId.equals(require(number).jurisdiction())) {
      throw new ForbiddenException("淘汰事项" + number + "不属于本流程所在的辖区");
    }
    return number;
  }

  public Elimination require(String number) {
    return eliminations.find(number).orElseThrow(() -> new NotFoundException("没有编号为" + number + "的淘汰事项"));
  }

  private Announcements.Draft draft(Elimination e, Announcement.Kind kind) {
    return new Announcements.Draft(e.eliminationNumber(), kind, e.eliminationNumber(), e.jurisdiction(), e.announcementSite(),
        e.enterpriseName(), e.creditCode(), e.lineName(), e.equipmentType(), e.capacity(), e.capacityUnit(), e.sealedOn(),
        e.dismantleDeadline(), e.pledgeText(), null, e.legalBasis());
  }

  /** The case the exit is counted under: the rectification case, or the elimination itself. */
  private static String reference(Elimination e) {
    return e.caseNumber() != null ? e.caseNumber() : e.eliminationNumber();
  }

  /** Equipment eliminated on its own counts under technology; a line closed by a case keeps that case's dimension. */
  private static String dimension(Elimination e) {
    return "TECHNOLOGY";
  }

  private static LocalDate date(Problems p, String field, String value) {
    return Elimination.date(p, field, value);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
