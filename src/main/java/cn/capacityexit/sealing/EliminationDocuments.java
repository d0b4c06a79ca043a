package cn.capacityexit.sealing;

import cn.capacityexit.documents.DocumentKind;
import cn.capacityexit.documents.Documents;
import cn.capacityexit.documents.IssuedDocument;
import cn.capacityexit.organisation.GroupIds;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The documents of a sealed line, from the elimination's record: the enterprise's pledge (承诺书),
 * registered by the responsible department for the enterprise to sign, and the department's public
 * announcement (公告), linked from the announcement page. The department is the one the dismantle
 * policy names for the line, never a process variable.
 */
@Component
public class EliminationDocuments {

  private final Documents documents;
  private final EliminationService eliminations;
  private final DismantleDecisions decisions;
  private final String publicBaseUrl;

  public EliminationDocuments(Documents documents, EliminationService eliminations, DismantleDecisions decisions,
      @Value("${capacity-exit.public-base-url}") String publicBaseUrl) {
    this.documents = documents;
    this.eliminations = eliminations;
    this.decisions = decisions;
    this.publicBaseUrl = publicBaseUrl;
  }

  /** 承诺书: the line sealed, the deadline to dismantle, the enterprise's promise; the enterprise signs it. */
  public IssuedDocument pledge(String number, String actor) {
    Elimination e = eliminations.require(number);
    Map<String, String> facts = facts(e);
    facts.put("signature", "承诺企业（盖章）：" + e.enterpriseName() + "\n法定代表人（签字）：");
    return issue(e, DocumentKind.PLEDGE, e.enterpriseName(), facts, actor);
  }

  /** 公告: the sealed line on the website, with the channel for reports of revived production. */
  public IssuedDocument announcement(String number, String pageUrl, String actor) {
    Elimination e = eliminations.require(number);
    Map<String, String> facts = facts(e);
    facts.put("announcementSite", e.announcementSite() == null || e.announcementSite().isBlank() ? "本机关网站" : e.announcementSite());
    facts.put("complaintChannel", "本公告网页（" + publicBaseUrl + pageUrl + "）的“举报恢复生产”栏目");
    return issue(e, DocumentKind.ANNOUNCEMENT, "社会公众", facts, actor);
  }

  private IssuedDocument issue(Elimination e, DocumentKind kind, String recipient, Map<String, String> facts, String actor) {
    String lead = decisions.dismantle(e.sector(), e.equipmentType(), e.jurisdiction(), e.planYear()).leadDepartment();
    return documents.issue(new Documents.Request(kind, e.eliminationNumber(), e.jurisdiction(), GroupIds.department(lead, e.jurisdiction()),
        recipient, facts, actor));
  }

  private static Map<String, String> facts(Elimination e) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("eliminationNumber", e.eliminationNumber());
    f.put("enterpriseName", e.enterpriseName());
    f.put("creditCode", e.creditCode());
    f.put("lineName", e.lineName());
    f.put("equipmentType", e.equipmentType());
    f.put("capacityText", e.capacity().toPlainString() + e.capacityUnit());
    f.put("catalogueItem", e.catalogueItem() == null ? "淘汰类落后产能" : e.catalogueItem());
    f.put("sealedOn", date(e.sealedOn()));
    f.put("dismantleDeadline", date(e.dismantleDeadline()));
    f.put("legalBasis", e.legalBasis() == null ? "" : e.legalBasis().replaceAll("[。；;.]+$", ""));
    return f;
  }

  private static String date(LocalDate d) {
    return d == null ? "（见记录）" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
