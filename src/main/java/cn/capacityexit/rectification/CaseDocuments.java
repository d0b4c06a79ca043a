package cn.capacityexit.rectification;

import cn.capacityexit.documents.DocumentKind;
import cn.capacityexit.documents.DocumentStore;
import cn.capacityexit.documents.Documents;
import cn.capacityexit.documents.IssuedDocument;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.Enterprise;
import cn.capacityexit.registry.RegistryRepository;
import cn.capacityexit.web.ConflictException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The documents of a case, filled from its record (never from process variables alone): the
 * notice or order, the rights notice, the closure decision, the reminder and the enforcement
 * decision. Each fact a template may name is built here; what the record does not hold is not
 * invented (an unregistered address reads 未登记).
 */
@Component
public class CaseDocuments {

  private final Documents documents;
  private final DocumentStore store;
  private final RectificationCases cases;
  private final RegistryRepository registry;
  private final Organisation organisation;

  public CaseDocuments(Documents documents, DocumentStore store, RectificationCases cases, RegistryRepository registry,
      Organisation organisation) {
    this.documents = documents;
    this.store = store;
    this.cases = cases;
    this.registry = registry;
    this.organisation = organisation;
  }

  /** The notice (or order) of the first measure, with the officer's requirements and, where no period exists, the date. */
  public IssuedDocument notice(String number, String requirements, String interimMeasure, String officerDate, String actor) {
    Case c = cases.require(number);
    RectificationPolicy policy = c.policy();
    Map<String, String> facts = facts(c);
    FirstMeasure m = policy.firstMeasure();
    boolean order = m == FirstMeasure.SUSPEND_IMMEDIATELY;
    facts.put("noticeTitle", switch (m) {
      case SUSPEND_IMMEDIATELY -> "责令停产停业整顿决定书";
      case SUSPEND_AND_RECTIFY -> "责令停产整改通知书";
      case RESTRICT_OR_SUSPEND -> Case.SUSPEND.equals(interimMeasure) ? "责令停产整治决定书" : "责令限制生产决定书";
      case TREAT_WITHIN_DEADLINE -> "责令限期治理决定书";
      default -> "责令限期整改通知书";
    });
    facts.put("measureSentence", switch (m) {
      case SUSPEND_IMMEDIATELY -> "责令你单位立即停产停业整顿";
      case SUSPEND_AND_RECTIFY -> "责令你单位停产整改";
      case RESTRICT_OR_SUSPEND -> Case.SUSPEND.equals(interimMeasure) ? "责令你单位停产整治" : "责令你单位限制生产，并限期整改";
      case TREAT_WITHIN_DEADLINE -> "责令你单位限期治理";
      default -> "责令你单位限期整改";
    });
    facts.put("periodSentence", policy.period() != null
        ? "整改期限为" + RectificationSteps.periodText(policy.period()) + "，自本" + (order ? "决定书" : "通知书") + "送达之日起计算，至期限届满之日北京时间24时止。"
        : "请于" + date(Case.date("reinspectionDate", officerDate, "无法定整改期限，须由执法人员确定复查日期")) + "前完成，本机关将于该日后组织复查。");
    facts.put("requirements", requirements == null || requirements.isBlank() ? "按照本" + (order ? "决定书" : "通知书") + "所列问题整改到位。" : requirements.strip());
    facts.put("extensionSentence", policy.allowsExtension()
        ? "确需延长整改期限的，你单位可以在期限届满前向本机关提出不超过" + policy.maxExtensionMonths() + "个月的延期申请，延期以一次为限。" : "");
    facts.put("consequenceSentence", "逾期未整改或者经整改仍未达标的，本机关将依法"
        + (policy.needsGovernmentApproval() ? "提出意见，报请" + government(c) + "批准，" : "")
        + (policy.exitScope() == RectificationPolicy.ExitScope.ENTERPRISE ? "责令停业、关闭。" : "责令相关落后产能关停退出。"));
    return issue(c, order ? DocumentKind.SUSPENSION_ORDER : DocumentKind.RECTIFICATION_NOTICE, facts, actor);
  }

  /** The rights notice before the closure or revocation, from the proposal the lead department recorded. */
  public IssuedDocument rightsNotice(String number, String proposal, String actor) {
    Case c = cases.require(number);
    Map<String, String> facts = facts(c);
    facts.put("closureProposal", proposal == null || proposal.isBlank() ? "（见案件记录）" : proposal.strip());
    return issue(c, DocumentKind.RIGHTS_NOTICE, facts, actor);
  }

  /** The decision, with the exit deadline the officer set (行政处罚法第五十九条). */
  public IssuedDocument closureDecision(String number, LocalDate exitDeadline, String actor) {
    Case c = cases.require(number);
    Map<String, String> facts = facts(c);
    boolean business = c.policy().licenceActions().stream().anyMatch(a -> a.action().equals("REVOKE_BUSINESS_LICENCE"))
        && c.policy().firstMeasure() == FirstMeasure.REVOKE_BUSINESS_LICENCE;
    boolean enterprise = c.policy().exitScope() == RectificationPolicy.ExitScope.ENTERPRISE;
    facts.put("decisionTitle", business ? "行政处罚决定书" : enterprise ? "责令停业、关闭决定书" : "关停决定书");
    facts.put("decisionSentence", business ? "吊销你单位营业执照" : enterprise ? "责令你单位停业、关闭"
        : "责令你单位" + lines(c) + "关停退出");
    facts.put("exitDeadline", date(exitDeadline));
    facts.put("exitScopeSentence", enterprise ? "" : "，拆除或者封存相关主体设备");
    facts.put("hearingSentence", Boolean.TRUE.equals(c.hearingRequested())
        ? "本机关已依法告知你单位陈述、申辩和要求听证的权利，并依你单位的要求举行了听证，本决定依据听证笔录作出。"
        : "本机关已依法告知你单位陈述、申辩和要求听证的权利，你单位未要求听证。");
    return issue(c, DocumentKind.CLOSURE_DECISION, facts, actor);
  }

  /** The written reminder, or after it the enforcement decision, with the new date. */
  public IssuedDocument enforcement(String number, boolean remind, LocalDate newDeadline, String actor) {
    Case c = cases.require(number);
    Map<String, String> facts = facts(c);
    facts.put("closureOrderNumber", c.closureOrderNumber() == null ? "（见案件记录）" : c.closureOrderNumber());
    facts.put("exitDeadline", c.exitDeadline() == null ? "（见案件记录）" : date(c.exitDeadline()));
    facts.put("newDeadline", date(newDeadline));
    return issue(c, remind ? DocumentKind.ENFORCEMENT_REMINDER : DocumentKind.ENFORCEMENT_DECISION, facts, actor);
  }

  /** 听证通知书: the time, place and host of the hearing the enterprise asked for, and its rights at the hearing. */
  public IssuedDocument hearingNotice(String number, Hearing h, String actor) {
    Case c = cases.require(number);
    Map<String, String> facts = facts(c);
    hearingFacts(facts, h);
    return issue(c, DocumentKind.HEARING_NOTICE, facts, actor);
  }

  /** 听证笔录: what the investigators proposed (the lead department's proposal on record), what the enterprise said, the host's opinion. */
  public IssuedDocument hearingRecord(String number, Hearing h, String attendees, String partyStatement, String conclusion,
      String proposal, String actor) {
    Case c = cases.require(number);
    Map<String, String> facts = facts(c);
    hearingFacts(facts, h);
    if (h.heldOn() != null && !h.heldOn().equals(h.hearingOn())) {
      facts.put("hearingTime", date(h.heldOn()) + "（原定" + h.timeText() + "）");
    }
    facts.put("hearingNoticeNumber", h.noticeNumber() == null ? "（见案件记录）" : h.noticeNumber());
    facts.put("hearingAttendees", attendees.strip().replaceAll("[。；;.]+$", ""));
    facts.put("investigatorStatement", "调查人员提出：" + (proposal == null || proposal.isBlank() ? facts.get("proposedDecision") : proposal.strip()));
    facts.put("partyStatement", partyStatement.strip());
    facts.put("hearingConclusion", conclusion.strip());
    return issue(c, DocumentKind.HEARING_RECORD, facts, actor);
  }

  /** 请示: the lead department proposes the closure to the people's government that decides, with the procedure so far. */
  public IssuedDocument closureProposal(String number, String proposal, String actor) {
    Case c = cases.require(number);
    Map<String, String> facts = facts(c);
    facts.put("governmentName", government(c));
    facts.put("closureProposal", proposal == null || proposal.isBlank() ? "（见案件记录）" : proposal.strip());
    StringBuilder procedure = new StringBuilder();
    store.latest(number, DocumentKind.RIGHTS_NOTICE).ifPresent(d -> procedure.append("本机关已于")
        .append(d.servedOn() == null ? "" : date(d.servedOn())).append("送达行政处罚事先告知书（").append(d.number()).append("），听取了企业的陈述、申辩"));
    if (Boolean.TRUE.equals(c.hearingRequested())) {
      store.latest(number, DocumentKind.HEARING_RECORD).ifPresentOrElse(
          d -> procedure.append("，并依企业要求举行了听证（听证笔录").append(d.number()).append("）"),
          () -> procedure.append("，企业要求听证"));
    } else if (procedure.length() > 0) {
      procedure.append("，企业未要求听证");
    }
    facts.put("procedureSentence", procedure.length() == 0 ? "" : procedure + "。");
    return issue(c, DocumentKind.CLOSURE_PROPOSAL, facts, actor);
  }

  /** 批复: the people's government approves the proposal; issued by the government to the lead department. */
  public IssuedDocument closureApproval(String number, String comment, String actor) {
    Case c = cases.require(number);
    Map<String, String> facts = facts(c);
    IssuedDocument proposal = store.latest(number, DocumentKind.CLOSURE_PROPOSAL).orElse(null);
    String lead = GroupIds.department(c.leadDepartment(), c.jurisdiction());
    facts.put("leadDepartmentName", organisation.groupName(lead));
    facts.put("proposalTitle", proposal == null ? "关于提请批准对" + c.enterpriseName() + "依法关停的请示" : proposal.title());
    facts.put("proposalNumber", proposal == null ? "见案件记录" : proposal.number());
    facts.put("approvalComment", comment == null || comment.isBlank() ? "" : comment.strip().replaceAll("[。；;.]*$", "。"));
    return documents.issue(new Documents.Request(DocumentKind.CLOSURE_APPROVAL, c.caseNumber(), c.jurisdiction(),
        GroupIds.department("gov", cases.approvingJurisdiction(number)), organisation.groupName(lead), facts, actor));
  }

  /**
   * 函: the lead department asks the department that issued a licence to cancel or revoke it after the
   * closure decision. None where the lead department acts on its own licence.
   */
  public Optional<IssuedDocument> licenceRequest(String number, LicenceAction action, String licenceGroup, String actor) {
    Case c = cases.require(number);
    String lead = GroupIds.department(c.leadDepartment(), c.jurisdiction());
    if (lead.equals(licenceGroup)) {
      return Optional.empty();
    }
    Map<String, String> facts = facts(c);
    facts.put("licenceDepartmentName", organisation.groupName(licenceGroup));
    facts.put("closureOrderNumber", c.closureOrderNumber() == null ? "（见案件记录）" : c.closureOrderNumber());
    boolean enterprise = c.policy().exitScope() == RectificationPolicy.ExitScope.ENTERPRISE;
    facts.put("decisionSummary", (enterprise ? "责令停业、关闭" : "责令" + lines(c) + "关停退出")
        + (c.exitDeadline() == null ? "" : "，关停退出期限为" + date(c.exitDeadline())));
    facts.put("licenceActionName", action.label().replaceAll("（[^）]*）", ""));
    return Optional.of(documents.issue(new Documents.Request(DocumentKind.LICENCE_REQUEST, c.caseNumber(), c.jurisdiction(), lead,
        organisation.groupName(licenceGroup), facts, actor)));
  }

  private static void hearingFacts(Map<String, String> facts, Hearing h) {
    facts.put("hearingTime", h.timeText());
    facts.put("hearingPlace", h.place());
    facts.put("hearingHost", h.host());
    facts.put("hearingPublicSentence", h.publicSentence());
  }

  /** The latest document of a kind of the case (the step that records its service finds it here, not in a variable). */
  public IssuedDocument latest(String number, DocumentKind... kinds) {
    for (DocumentKind k : kinds) {
      Optional<IssuedDocument> d = store.latest(number, k);
      if (d.isPresent()) {
        return d.get();
      }
    }
    throw new ConflictException("案件" + number + "尚未生成该文书");
  }

  private IssuedDocument issue(Case c, DocumentKind kind, Map<String, String> facts, String actor) {
    return documents.issue(new Documents.Request(kind, c.caseNumber(), c.jurisdiction(),
        GroupIds.department(c.leadDepartment(), c.jurisdiction()), c.enterpriseName(), facts, actor));
  }

  private Map<String, String> facts(Case c) {
    Enterprise e = registry.find(c.creditCode()).orElse(null);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("caseNumber", c.caseNumber());
    f.put("enterpriseName", c.enterpriseName());
    f.put("creditCode", c.creditCode());
    f.put("enterpriseAddress", e == null || e.address() == null || e.address().isBlank() ? "未登记" : e.address());
    f.put("jurisdictionName", c.jurisdictionName());
    f.put("dimensionName", c.dimensionName());
    f.put("findingDate", date(c.findingDate()));
    f.put("description", c.description().replaceAll("[。；;.]+$", ""));
    f.put("legalBasis", c.legalBasis() == null ? "" : c.legalBasis());
    f.put("reviewBody", c.jurisdictionName() + "人民政府");
    RectificationPolicy policy = c.policy();
    f.put("proposedDecision", policy == null ? "" : policy.exitScope().label()
        + (policy.licenceActions().isEmpty() ? "" : "；" + String.join("、", policy.licenceActions().stream().map(LicenceAction::label).toList())));
    f.put("approvalSentence", policy != null && policy.needsGovernmentApproval() ? "本决定报经" + government(c) + "批准。" : "");
    f.put("reinspectionSentence", c.history().stream().filter(h -> h.what().equals(CaseEvents.label(CaseEvents.REINSPECTED)))
        .reduce((a, b) -> b).map(h -> "经复查，" + (h.detail() == null ? "仍未达标" : h.detail()) + "。").orElse(""));
    return f;
  }

  private String government(Case c) {
    return organisation.jurisdiction(cases.approvingJurisdiction(c.caseNumber())).map(j -> j.name()).orElse("") + "人民政府";
  }

  private static String lines(Case c) {
    return c.lines().isEmpty() ? "相关落后产能" : String.join("、", c.lines().stream().map(Case.CaseLine::name).toList());
  }

  static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
