package cn.capacityexit.credit;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.events.CreditPunishmentDue;
import cn.capacityexit.events.CreditRepaired;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.Page;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Credit punishment (信用惩戒): records written exactly once (on {@link CreditPunishmentDue}), listed for the platform, pushed when configured. */
@Service
public class CreditService {

  private final CreditRepository records;
  private final CreditPusher pusher;
  private final Organisation organisation;
  private final Clock clock;
  private final CreditDecisions decisions;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;

  /** The department that makes the records (the lead of every plan) and so repairs them. */
  static final String LEAD_DEPARTMENT = "miit";

  /** The kind of record whose repair lifts the case's joint punishments. */
  static final String PUNISHED_KIND = "EXIT_OVERDUE";

  public CreditService(CreditRepository records, CreditPusher pusher, Organisation organisation, Clock clock,
      CreditDecisions decisions, IdentityService identity, ApplicationEventPublisher events) {
    this.records = records;
    this.decisions = decisions;
    this.identity = identity;
    this.events = events;
    this.pusher = pusher;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** Writes the record unless a record with its key exists; returns true when written now. */
  @Transactional
  boolean record(CreditPunishmentDue e) {
    return records.insertOnce(e.key(), e.caseNumber(), e.creditCode(), e.enterpriseName(), e.jurisdiction(), e.what(),
        e.why(), e.legalBasis(), e.platform(), e.domains(), e.makerGroup(), now());
  }

  /** Pushes a record not yet pushed; does nothing without an endpoint or when already pushed. */
  @Transactional
  public void push(String key) {
    CreditRecord record = records.byKey(key).orElseThrow(() -> new IllegalStateException("no credit record " + key));
    if (!pusher.isConfigured() || record.pushedAt() != null) {
      return;
    }
    pusher.push(record);
    records.pushed(key, now());
  }

  public Page<CreditRecord> search(Caller caller, Boolean pushed, int page, int size) {
    Page.check(page, size);
    var scope = organisation.jurisdictions().stream().map(j -> j.code()).filter(caller::mayAccess).collect(Collectors.toSet());
    return records.search(scope, pushed, page, size);
  }

  /** What the department that made a record enters to repair it. */
  public record RepairInput(String repairDate, String document, String reason) {}

  /**
   * Repairs a record (信用修复) for an officer of the lead department (工业和信息化) of the record's jurisdiction, which
   * made it: refused with the reason of credit-repair.dmn while the breach is not corrected or the shortest publication
   * period is not over. The joint punishments it raised lift ({@link CreditRepaired}); the platform pulls the change.
   */
  @Transactional
  public CreditRecord repair(Caller caller, String key, RepairInput in) {
    CreditRecord record = records.byKey(key == null ? "" : key).orElseThrow(() -> new NotFoundException("没有编号为" + key + "的信用记录"));
    if (caller == null || !caller.mayAccess(record.jurisdiction())) {
      throw new ForbiddenException("该信用记录所在行政区划" + record.jurisdiction() + "不在您的管辖范围内");
    }
    // The department that made the record (the case's lead department) or the campaign's lead (工业和信息化) repairs it.
    String group = GroupIds.department(LEAD_DEPARTMENT, record.jurisdiction());
    java.util.List<String> repairers = new java.util.ArrayList<>(java.util.List.of(group, group + "-head"));
    if (record.makerGroup() != null) {
      repairers.addAll(java.util.List.of(record.makerGroup(), record.makerGroup() + "-head"));
    }
    if (!caller.administrator() && identity.createGroupQuery().groupMember(caller.userId())
        .groupIdIn(repairers.toArray(String[]::new)).count() == 0) {
      throw new ForbiddenException("只有作出信用记录的部门（" + organisation.groupName(record.makerGroup() == null ? group
          : record.makerGroup()) + "）或" + organisation.groupName(group) + "可以修复该信用记录");
    }
    if (record.repairedOn() != null) {
      throw new ConflictException("信用记录" + key + "已于" + record.repairedOn() + "修复");
    }
    if (in == null) {
      throw new InvalidInputException("repairDate", "请填写修复日期");
    }
    Problems p = new Problems();
    String document = p.text("document", in.document(), true, 100);
    String reason = p.text("reason", in.reason(), true, 2000);
    LocalDate on = p.pastDay("repairDate", in.repairDate(), "修复日期", Deadlines.today(clock));
    if (on != null && record.correctedOn() != null && on.isBefore(record.correctedOn())) {
      p.add("repairDate", "修复日期不能早于失信行为纠正日期（" + record.correctedOn() + "）");
    }
    p.throwIfAny();
    LocalDate recorded = Deadlines.dayOf(record.createdAt().toInstant());
    int months = (int) ChronoUnit.MONTHS.between(recorded, on);
    CreditDecisions.RepairRule rule = decisions.repair(record.kind(), record.correctedOn() != null, Math.max(0, months));
    if (!rule.allowed()) {
      throw new ConflictException(rule.reason() + "（记录于" + recorded + "；" + rule.legalBasis() + "）");
    }
    if (!records.repaired(key, on, document, reason, caller.userId())) {
      throw new ConflictException("信用记录" + key + "已修复");
    }
    if (PUNISHED_KIND.equals(record.kind())) {
      // The joint punishments of the plans are raised by the overdue exit of the case (joint-measures.dmn, EXIT_OVERDUE):
      // the repair of that record, and only of that record, lifts them.
      events.publishEvent(new CreditRepaired(record.caseNumber(), record.jurisdiction(), "信用修复（" + document + "）", on));
    }
    return records.byKey(key).orElseThrow();
  }

  /**
   * Repairs the unrepaired record of an enterprise's case or elimination (as {@link #repair}): Tasklist's 修复信用记录,
   * where the officer knows the enterprise and the case, not the record's key.
   */
  @Transactional
  public CreditRecord repairOfCase(Caller caller, String creditCode, String caseNumber, RepairInput in) {
    String code = creditCode == null ? "" : creditCode.strip().toUpperCase();
    CreditRecord record = records.ofCase(caseNumber == null ? "" : caseNumber.strip()).stream()
        .filter(r -> r.creditCode().equals(code) && r.repairedOn() == null)
        .min(java.util.Comparator.comparing((CreditRecord r) -> !PUNISHED_KIND.equals(r.kind())).thenComparing(CreditRecord::id))
        .orElseThrow(() -> new NotFoundException("统一社会信用代码为" + code + "的企业没有编号为" + caseNumber + "的未修复信用记录"));
    return repair(caller, record.recordKey(), in);
  }

  /** The line of an elimination was dismantled: its overdue-dismantling and revival records become repairable. */
  @Transactional
  void correctedElimination(String eliminationNumber, LocalDate on) {
    records.correctedByKeyPrefix(eliminationNumber + ":", on);
  }

  /** The breach of a case's or an elimination's records ended: they become repairable. */
  @Transactional
  void corrected(String caseNumber, List<String> kinds, LocalDate on) {
    records.corrected(caseNumber, kinds, on);
  }

  /** The records of a case or elimination, for a caller of its jurisdiction. */
  public List<CreditRecord> ofCase(Caller caller, String caseNumber) {
    List<CreditRecord> list = records.ofCase(caseNumber == null ? "" : caseNumber);
    if (!list.isEmpty() && (caller == null || !caller.mayAccess(list.get(0).jurisdiction()))) {
      throw new ForbiddenException("该信用记录所在行政区划不在您的管辖范围内");
    }
    return list;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
