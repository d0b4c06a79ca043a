package cn.capacityexit.measures;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.events.CaseProgressed;
import cn.capacityexit.events.CreditRepaired;
import cn.capacityexit.events.EnterpriseEvaluated;
import cn.capacityexit.events.EnvironmentalCreditRated;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.InvalidInputException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises, records and lifts the joint measures of the cases. */
@Service
public class JointMeasures {

  private final MeasureRepository measures;
  private final MeasureDecisions rules;
  private final MeasureEngine engine;
  private final Organisation organisation;
  private final Clock clock;

  JointMeasures(MeasureRepository measures, MeasureDecisions rules, MeasureEngine engine, Organisation organisation, Clock clock) {
    this.measures = measures;
    this.rules = rules;
    this.engine = engine;
    this.organisation = organisation;
    this.clock = clock;
  }

  /**
   * A case reached a stage: its ending lifts the lasting measures raised before, then the stage's own measures are
   * raised (once per case, stage, measure and department, however often the stage is published).
   */
  @Transactional
  public void progressed(CaseProgressed p) {
    if (p.stage() == CaseProgressed.Stage.RECTIFIED || p.stage() == CaseProgressed.Stage.EXITED) {
      engine.caseEnded(p.caseNumber(), p.stage() == CaseProgressed.Stage.RECTIFIED ? "整改销号" : "关停退出");
    }
    raise(p.caseNumber(), p.stage().name(), p.jurisdiction(), p.dimension(), p.enterpriseClosed(), p.creditCode(),
        p.enterpriseName(), p.on());
  }

  /**
   * An environmental credit rating was recorded (the one it replaces ends through {@link CreditRepaired}): a yellow or
   * black one raises the joint punishments of the plan in
   * force (Shandong 二(二)3, Liaocheng 二(二)3); the other colours raise none.
   */
  @Transactional
  public void rated(EnvironmentalCreditRated r) {
    if ("YELLOW".equals(r.colour()) || "BLACK".equals(r.colour())) {
      raise(r.ratingNumber(), "ENV_CREDIT_" + r.colour(), r.jurisdiction(), "ENVIRONMENT", false, r.creditCode(),
          r.enterpriseName(), r.on());
    }
  }

  /**
   * A per-mu performance evaluation was recorded: the grade it supersedes ends its differentiated policies; a C or D
   * grade raises its own (Shandong 三1, Liaocheng 三(一)).
   */
  @Transactional
  public void evaluated(EnterpriseEvaluated e) {
    if (e.superseded() != null) {
      // The new grade replaces the old one: the old grade's policies end, the new grade raises its own.
      engine.caseEnded(e.superseded(), (e.improved() ? "亩产效益评价结果提升为" : "亩产效益评价结果更新为") + e.grade() + "类");
    }
    if ("C".equals(e.grade()) || "D".equals(e.grade())) {
      raise(e.evaluationNumber(), "PER_MU_" + e.grade(), e.jurisdiction(), null, false, e.creditCode(), e.enterpriseName(), e.on());
    }
  }

  /** The credit behind a record's joint punishments was restored: they lift (or are withdrawn if not yet applied). */
  @Transactional
  public void repaired(CreditRepaired r) {
    engine.creditRepaired(r.subjectNumber(), r.reason());
  }

  private void raise(String subject, String stage, String jurisdiction, String dimension, boolean enterpriseClosed,
      String creditCode, String enterpriseName, LocalDate on) {
    for (Measure.Rule rule : rules.rules(stage, jurisdiction, on.getYear(), dimension, enterpriseClosed)) {
      String group = departmentFor(rule.department(), jurisdiction);
      if (group == null || measures.exists(subject, stage, rule.measure(), group)) {
        continue;
      }
      // ZG-370800-2025-0001 gives LM-370800-2025-0001-01; a rating HX-… or an evaluation MJ-… gives LM-HX-…-01.
      String stem = subject.startsWith("ZG-") ? "LM" + subject.substring(subject.indexOf('-')) : "LM-" + subject;
      String number = stem + "-" + String.format("%02d", measures.countOfCase(subject) + 1);
      measures.insert(number, subject, stage, rule, jurisdiction, group, creditCode, enterpriseName, on, OffsetDateTime.now(clock));
      measures.started(number, engine.start(number, subject, rule, jurisdiction, group, creditCode, enterpriseName));
    }
  }

  /**
   * The group of the department at the case's level, or at the nearest level above that has it (a city without a
   * people's bank branch in the organisation: the province's); null where no level has it.
   */
  String departmentFor(String department, String jurisdiction) {
    return organisation.nearestWith(department, jurisdiction).map(j -> GroupIds.department(department, j.code())).orElse(null);
  }

  /**
   * Refuses to confirm a case's exit while a measure the plan puts before it is not recorded (Jining 三(五): the
   * resettlement plan and the risk plan of a closed enterprise).
   */
  public void requireExitNotHeld(String caseNumber) {
    List<Measure> holding = measures.holdingExit(caseNumber);
    if (!holding.isEmpty()) {
      Measure m = holding.get(0);
      throw new ConflictException("联合措施" + m.measureNumber() + "“" + m.title() + "”尚未由" + m.departmentName()
          + "记录落实，不能确认关停退出（" + m.legalBasis() + "）");
    }
  }

  /** The department recorded what it did (or why the measure does not apply). */
  @Transactional
  public void applied(String processInstanceId, String tenantId, String outcome, String document, String date, String note,
      String actor) {
    Measure m = ofInstance(processInstanceId, tenantId);
    Problems p = new Problems();
    Measure.Status status = switch (outcome == null ? "" : outcome) {
      case "APPLIED" -> Measure.Status.APPLIED;
      case "NOT_APPLICABLE" -> Measure.Status.NOT_APPLICABLE;
      default -> {
        p.add("measureOutcome", "请选择落实结果");
        yield null;
      }
    };
    String doc = p.text("measureDocument", document, false, 100);
    String text = p.text("measureNote", note, true, 2000);
    LocalDate on = day(p, "measureDate", date, m.raisedOn(), "落实日期");
    p.throwIfAny();
    measures.applied(m.measureNumber(), status, doc, on, text, actor, OffsetDateTime.now(clock));
  }

  /** Whether the measure is a joint punishment applied and lasting until the credit behind it is restored. */
  public boolean awaitsRepair(String processInstanceId, String tenantId) {
    Measure m = ofInstance(processInstanceId, tenantId);
    return m.repairable() && m.status() == Measure.Status.APPLIED;
  }

  /** Whether the measure lasts until the case ends: applied, and liftable by its rule. */
  public boolean awaitsLift(String processInstanceId, String tenantId) {
    Measure m = ofInstance(processInstanceId, tenantId);
    return m.liftable() && m.status() == Measure.Status.APPLIED;
  }

  @Transactional
  public void lifted(String processInstanceId, String tenantId, String date, String note, String actor) {
    Measure m = ofInstance(processInstanceId, tenantId);
    Problems p = new Problems();
    String text = p.text("liftNote", note, true, 2000);
    LocalDate on = day(p, "liftDate", date, m.outcomeDate() == null ? m.raisedOn() : m.outcomeDate(), "解除日期");
    p.throwIfAny();
    measures.lifted(m.measureNumber(), on, text, actor, OffsetDateTime.now(clock));
  }

  @Transactional
  public void withdrawn(String processInstanceId, String tenantId) {
    measures.withdrawn(ofInstance(processInstanceId, tenantId).measureNumber());
  }

  /** The measures of a case, for a caller who may see the case's jurisdiction. */
  public List<Measure> ofCase(Caller caller, String caseNumber) {
    List<Measure> list = measures.ofCase(caseNumber);
    if (!list.isEmpty() && (caller == null || !caller.mayAccess(list.get(0).jurisdiction()))) {
      throw new ForbiddenException("案件" + caseNumber + "不在您的管辖范围内");
    }
    return list;
  }

  /** The open measures of the jurisdictions a caller may see, within one jurisdiction and those below it. */
  public List<Measure> open(Caller caller, String jurisdiction) {
    if (caller == null || !caller.mayAccess(jurisdiction)) {
      throw new ForbiddenException("行政区划" + jurisdiction + "不在您的管辖范围内");
    }
    return measures.open(organisation.selfAndDescendants(jurisdiction).stream().map(Jurisdiction::code)
        .filter(caller::mayAccess).toList());
  }

  /**
   * The measures raised in a year in jurisdictions the report has already scoped (the caller's), per department and
   * kind, for the annual exit table and reports.
   */
  public List<MeasureTally> tally(java.util.Collection<String> jurisdictions, int year) {
    return measures.tally(jurisdictions, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), organisation::groupName);
  }

  /** The measure of an instance, which must belong to the instance's tenant (variables are never the authority). */
  private Measure ofInstance(String processInstanceId, String tenantId) {
    Measure m = measures.byInstance(processInstanceId).orElseThrow(() -> new NotFoundException("没有该流程实例的联合措施"));
    if (tenantId == null || !tenantId.equals(m.jurisdiction())) {
      throw new ForbiddenException("无权办理其他辖区的事项");
    }
    return m;
  }

  private LocalDate day(Problems p, String field, String value, LocalDate notBefore, String label) {
    if (value == null || value.isBlank()) {
      p.add(field, "请填写" + label);
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
      if (d.isAfter(Deadlines.today(clock))) {
        p.add(field, label + "不能晚于今天");
      } else if (notBefore != null && d.isBefore(notBefore)) {
        p.add(field, label + "不能早于" + notBefore);
      }
      return d;
    } catch (DateTimeParseException e) {
      p.add(field, label + "格式应为YYYY-MM-DD");
      return null;
    }
  }
}
