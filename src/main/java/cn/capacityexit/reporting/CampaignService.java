package cn.capacityexit.reporting;

import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.web.ConflictException;
import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.ForbiddenException;
import cn.capacityexit.web.NotFoundException;
import cn.capacityexit.web.Problems;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual campaign (年度工作) of a jurisdiction: its milestones from the calendars, who works
 * them, what a report says, and the view a manager reads with the lower levels' progress.
 */
@Service
public class CampaignService {

  private final Calendars calendars;
  private final CampaignRepository campaigns;
  private final AnnualExits exits;
  private final Organisation organisation;
  private final JdbcClient jdbc;
  private final Clock clock;

  public CampaignService(Calendars calendars, CampaignRepository campaigns, AnnualExits exits, Organisation organisation,
      JdbcClient jdbc, Clock clock) {
    this.calendars = calendars;
    this.campaigns = campaigns;
    this.exits = exits;
    this.organisation = organisation;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public static String id(String jurisdiction, int year) {
    return "ND-" + jurisdiction + "-" + year;
  }

  /** Checks a request to start a campaign. */
  public void validate(Caller caller, String jurisdiction, Integer year) {
    Problems p = new Problems();
    if (jurisdiction == null || jurisdiction.isBlank()) {
      p.add("jurisdiction", "必填");
    } else if (organisation.jurisdiction(jurisdiction).isEmpty()) {
      p.add("jurisdiction", "未知行政区划代码：" + jurisdiction);
    } else if (calendars.earliestYear(jurisdiction).isEmpty()) {
      p.add("jurisdiction", "该行政区划及其上级均无年度工作日历（seeds/calendars）");
    } else if (year != null && calendars.governing(jurisdiction, year).isEmpty()) {
      p.add("year", year + "年该行政区划及其上级尚无施行的工作方案（最早的方案为" + calendars.earliestYear(jurisdiction).orElseThrow()
          + "年），不能按方案开展年度工作");
    }
    int thisYear = Deadlines.today(clock).getYear();
    if (year == null) {
      p.add("year", "必填");
    } else if (year < 2017 || year > thisYear + 1) {
      p.add("year", "应在2017年至" + (thisYear + 1) + "年之间");
    }
    p.throwIfAny();
    if (caller != null && !caller.mayAccess(jurisdiction)) {
      throw new ForbiddenException("行政区划" + jurisdiction + "不在您的管辖范围内");
    }
    if (campaigns.exists(jurisdiction, year)) {
      throw new ConflictException(organisation.jurisdiction(jurisdiction).orElseThrow().name() + year + "年度工作已启动：" + id(jurisdiction, year));
    }
  }

  public boolean exists(String jurisdiction, int year) {
    return campaigns.exists(jurisdiction, year);
  }

  /** Records the campaign and its milestones; returns its id. */
  @Transactional
  public String prepare(String jurisdiction, int year, String parentId, String actor, String processInstanceId) {
    String id = id(jurisdiction, year);
    String document = calendars.governing(jurisdiction, year).map(CalendarFile::document).orElse(null);
    if (parentId != null) {
      String[] parent = campaigns.campaign(parentId).orElseThrow(() -> new NotFoundException("没有编号为" + parentId + "的上级年度工作"));
      if (!String.valueOf(year).equals(parent[1]) || !calendars.children(parent[0]).contains(jurisdiction)) {
        throw new ForbiddenException("年度工作" + parentId + "不是" + jurisdiction + year + "年度工作的上级");
      }
    }
    try {
      campaigns.insert(id, jurisdiction, year, parentId, document, processInstanceId, actor, now());
    } catch (DuplicateKeyException e) {
      throw new ConflictException(jurisdiction + "的" + year + "年度工作已经启动");
    }
    for (Milestone m : calendars.milestones(jurisdiction, year)) {
      campaigns.insertMilestone(id, m, responsible(jurisdiction, m));
    }
    return id;
  }

  /** The milestones this level works itself, in date order. */
  public List<String> ownWork(String campaignId) {
    return campaigns.milestones(campaignId).stream().filter(s -> !s.scope().equals("CHILDREN")).map(Campaign.Step::key).toList();
  }

  public Campaign.Step milestone(String campaignId, String key) {
    return campaigns.milestone(campaignId, key).orElseThrow(() -> new NotFoundException("没有工作节点" + key));
  }

  /** The groups that work a milestone: each named department of the level, or its lead department. */
  public List<String> groups(String jurisdiction, Campaign.Step step) {
    return List.of(step.responsible().split(","));
  }

  private String responsible(String jurisdiction, Milestone m) {
    Jurisdiction j = organisation.jurisdiction(jurisdiction).orElseThrow();
    return switch (m.scope()) {
      case OWN -> {
        String groups = m.departments().stream().filter(d -> j.departments().contains(d)).map(d -> GroupIds.department(d, jurisdiction))
            .collect(Collectors.joining(","));
        yield groups.isEmpty() ? GroupIds.department("miit", jurisdiction) : groups;
      }
      case SELF -> GroupIds.department("miit", jurisdiction);
      case CHILDREN -> organisation.children(jurisdiction).stream().map(c -> GroupIds.department("miit", c.code()))
          .collect(Collectors.joining(","));
    };
  }

  @Transactional
  public void done(String campaignId, String key, String actor) {
    campaigns.done(campaignId, key, actor, now());
  }

  /** Marks the milestone overdue; returns the group the escalation goes to (the level above, or the head). */
  @Transactional
  public String overdue(String campaignId, String key, String lateGroup, String scope) {
    campaigns.overdue(campaignId, key, now());
    String jurisdiction = campaigns.campaign(campaignId).orElseThrow()[0];
    // A department's own report goes to its level's MIIT, which supervises it; the level's duty to the
    // level above (its lead department's work) is supervised by the level above, or by the head at the top.
    if ("OWN".equals(scope) && !lateGroup.equals(GroupIds.department("miit", jurisdiction))) {
      return GroupIds.department("miit", jurisdiction);
    }
    return organisation.parentOf(jurisdiction).map(p -> GroupIds.department("miit", p.code()))
        .orElse(GroupIds.departmentHead("miit", jurisdiction));
  }

  /** How the level above supervises a late level: 通报, or 通报、约谈 in Guangdong. */
  public String escalationOf(String jurisdiction, int year) {
    return calendars.governing(jurisdiction, year).map(CalendarFile::escalation).orElse("通报");
  }

  @Transactional
  public void finish(String campaignId) {
    campaigns.finish(campaignId);
  }

  /** The exits recorded so far this year in the jurisdiction and below, to pre-fill a report. */
  public String exitsSoFar(String jurisdiction, int year) {
    List<String> scope = organisation.selfAndDescendants(jurisdiction).stream().map(Jurisdiction::code).toList();
    List<ExitTotal> totals = exits.rows(scope, year, r -> { });
    if (totals.isEmpty()) {
      return year + "年截至目前尚无计入退出的落后产能。";
    }
    long enterprises = jdbc.sql("SELECT COUNT(DISTINCT credit_code) FROM ex_capacity_exit WHERE exit_year = :year AND jurisdiction_code IN (:scope)")
        .param("year", year).param("scope", scope).query(Long.class).single();
    long lines = totals.stream().mapToLong(ExitTotal::lines).sum();
    return year + "年截至目前：依法关闭退出企业" + enterprises + "家，设备（生产线）" + lines + "条；产能："
        + totals.stream().map(t -> t.sectorName() + t.capacity().toPlainString() + t.capacityUnit()).collect(Collectors.joining("，")) + "。";
  }

  /** The rectification and dismantle-or-seal cases of the jurisdiction, for the joint meeting's dispatch (调度). */
  public String casesSoFar(String jurisdiction) {
    List<String> scope = organisation.selfAndDescendants(jurisdiction).stream().map(Jurisdiction::code).toList();
    long open = jdbc.sql("SELECT COUNT(*) FROM rc_case WHERE jurisdiction_code IN (:scope) AND state NOT IN ('RECTIFIED', 'CLOSED', 'ELIMINATED')")
        .param("scope", scope).query(Long.class).single();
    long closed = jdbc.sql("SELECT COUNT(*) FROM rc_case WHERE jurisdiction_code IN (:scope) AND state = 'CLOSED'").param("scope", scope)
        .query(Long.class).single();
    long sealed = jdbc.sql("SELECT COUNT(*) FROM ds_elimination WHERE jurisdiction_code IN (:scope) AND state = 'SEALED'").param("scope", scope)
        .query(Long.class).single();
    long dismantled = jdbc.sql("SELECT COUNT(*) FROM ds_elimination WHERE jurisdiction_code IN (:scope) AND state = 'DISMANTLED'")
        .param("scope", scope).query(Long.class).single();
    return "整改到关停案件：办理中" + open + "件，已关停退出" + closed + "件；拆除或封存：封存待拆除" + sealed + "条，已拆除" + dismantled + "条。";
  }

  /** The regular dispatch of a lower level whose calendar above sets one (Liaocheng's joint meeting). */
  public Optional<Period> dispatchPeriod(String jurisdiction, int year) {
    return organisation.parentOf(jurisdiction).flatMap(p -> calendars.own(p.code(), year))
        .map(CalendarFile::dispatch).filter(d -> d != null && !d.isBlank()).map(Period::parse);
  }

  /** A lower level's campaign that was started before its parent's becomes its child (issue 13, item 8). */
  @Transactional
  public void adopt(String childJurisdiction, int year, String parentId) {
    campaigns.adopt(id(childJurisdiction, year), parentId);
  }

  /**
   * The campaign with its milestones; the lower levels' milestones show their progress. The lower
   * levels are every child jurisdiction of the calendar, whatever order their campaigns started in:
   * a milestone the lower levels owe is done only when every one of them has done it, and a lower
   * level without a campaign yet has not.
   */
  public Campaign get(Caller caller, String campaignId) {
    String[] c = campaigns.campaign(campaignId).orElseThrow(() -> new NotFoundException("没有编号为" + campaignId + "的年度工作"));
    if (caller != null && !caller.mayAccess(c[0])) {
      throw new ForbiddenException("年度工作" + campaignId + "不在您的管辖范围内");
    }
    int year = Integer.parseInt(c[1]);
    List<String> expected = calendars.children(c[0]).stream().map(ch -> id(ch, year)).toList();
    List<String> children = expected.stream().filter(ch -> campaigns.campaign(ch).isPresent()).toList();
    LocalDate today = Deadlines.today(clock);
    List<Campaign.Step> steps = new ArrayList<>();
    for (Campaign.Step s : campaigns.milestones(campaignId)) {
      if (s.scope().equals("CHILDREN")) {
        List<Campaign.Step> below = children.stream().map(ch -> campaigns.milestone(ch, s.key())).flatMap(Optional::stream).toList();
        boolean allDone = !expected.isEmpty() && below.size() == expected.size() && below.stream().allMatch(b -> b.status().equals("DONE"));
        boolean anyOverdue = below.stream().anyMatch(Campaign.Step::overdue) || (!allDone && s.due().isBefore(today));
        steps.add(new Campaign.Step(s.key(), s.phase(), s.kind(), s.scope(), s.name(), s.due(), allDone ? "DONE" : anyOverdue ? "OVERDUE" : "PENDING",
            s.responsible(), s.governmentApproval(), anyOverdue, null, null, s.source()));
      } else {
        boolean late = s.overdue() || (!s.status().equals("DONE") && s.due().isBefore(today));
        steps.add(new Campaign.Step(s.key(), s.phase(), s.kind(), s.scope(), s.name(), s.due(),
            s.status().equals("DONE") ? "DONE" : late ? "OVERDUE" : "PENDING", s.responsible(), s.governmentApproval(), late,
            s.doneAt(), s.doneBy(), s.source()));
      }
    }
    return new Campaign(campaignId, c[0], organisation.jurisdiction(c[0]).map(Jurisdiction::name).orElse(c[0]), Integer.parseInt(c[1]),
        c[2], c[3], c[4], OffsetDateTime.parse(c[5]), steps, children);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

}
