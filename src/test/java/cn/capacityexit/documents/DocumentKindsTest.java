package cn.capacityexit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every document kind, from its packaged template with the facts a case gives, read back from the PDF:
 * each element the law requires of it is there (行政处罚法第五十九条 for the decision, 第四十四条、第四十五条、
 * 第六十四条 for the rights notice, 行政强制法第三十五条、第三十七条 for the reminder and the enforcement decision),
 * and no placeholder is left. With {@code -Ddocuments.samples=<folder>} the first pages are written as
 * pictures (the README's samples).
 */
class DocumentKindsTest {

  static final Map<String, String> FACTS = new HashMap<>();

  static {
    FACTS.putAll(Map.ofEntries(Map.entry("caseNumber", "ZG-370800-2026-0001"), Map.entry("enterpriseName", "济宁示例水泥有限公司"),
        Map.entry("creditCode", "91370800MA3C00001X"), Map.entry("enterpriseAddress", "济宁市任城区示例路1号"),
        Map.entry("jurisdictionName", "济宁市"), Map.entry("dimensionName", "能耗"), Map.entry("findingDate", "2026年3月2日"),
        Map.entry("description", "熟料单位产品综合能耗超过《水泥单位产品能源消耗限额》的限定值"),
        Map.entry("legalBasis", "《中华人民共和国节约能源法》第七十二条；2020年济宁市利用综合标准依法依规推动落后产能退出工作方案 二(一)"),
        Map.entry("reviewBody", "济宁市人民政府"), Map.entry("proposedDecision", "关停退出不达标的生产线（设备）；注销生产许可证（报请发证机关）"),
        Map.entry("approvalSentence", "本决定报经济宁市人民政府批准。"), Map.entry("reinspectionSentence", "经复查，仍超过限定值。"),
        Map.entry("noticeTitle", "责令限期整改通知书"), Map.entry("measureSentence", "责令你单位限期整改"),
        Map.entry("periodSentence", "整改期限为6个月，自本通知书送达之日起计算，至期限届满之日北京时间24时止。"),
        Map.entry("requirements", "改造窑头篦冷机，使综合能耗达到限定值。"),
        Map.entry("extensionSentence", "确需延长整改期限的，你单位可以在期限届满前向本机关提出不超过3个月的延期申请，延期以一次为限。"),
        Map.entry("consequenceSentence", "逾期未整改或者经整改仍未达标的，本机关将依法提出意见，报请济宁市人民政府批准，责令相关落后产能关停退出。"),
        Map.entry("closureProposal", "经复查仍未达标，依法提出关停意见"), Map.entry("decisionTitle", "关停决定书"),
        Map.entry("decisionSentence", "责令你单位2号熟料线关停退出"), Map.entry("exitDeadline", "2026年12月31日"),
        Map.entry("exitScopeSentence", "，拆除或者封存相关主体设备"),
        Map.entry("hearingSentence", "本机关已依法告知你单位陈述、申辩和要求听证的权利，你单位未要求听证。"),
        Map.entry("closureOrderNumber", "济工信关〔2026〕1号"), Map.entry("newDeadline", "2027年1月31日"),
        Map.entry("documentNumber", "济工信整改〔2026〕1号"), Map.entry("issuerName", "济宁市工业和信息化局"),
        Map.entry("issueDate", "2026年11月30日"), Map.entry("recipient", "济宁示例水泥有限公司")));
    FACTS.putAll(Map.ofEntries(Map.entry("hearingRequestedOn", "2026年11月2日"), Map.entry("hearingTime", "2026年11月20日9时30分"),
        Map.entry("hearingPlace", "济宁市工业和信息化局三楼听证室"), Map.entry("hearingHost", "法规科王明"),
        Map.entry("hearingPublicSentence", "听证公开举行。"), Map.entry("hearingAttendees", "企业法定代表人张三、委托代理人李四；调查人员赵六"),
        Map.entry("investigatorStatement", "调查人员提出：经复查仍超过限定值，建议关停2号熟料线。"),
        Map.entry("partyStatement", "企业称改造设备已订购，请求延期。"), Map.entry("hearingConclusion", "企业所述改造未在整改期限内完成，维持关停意见。"),
        Map.entry("hearingNoticeNumber", "济工信听通〔2026〕1号"), Map.entry("governmentName", "济宁市人民政府"),
        Map.entry("procedureSentence", "本机关已于2026年10月28日送达行政处罚事先告知书（济工信告〔2026〕1号），听取了企业的陈述、申辩，并依企业要求于2026年11月20日举行了听证。"),
        Map.entry("leadDepartmentName", "济宁市工业和信息化局"), Map.entry("proposalTitle", "关于提请批准对济宁示例水泥有限公司依法关停的请示"),
        Map.entry("proposalNumber", "济工信请〔2026〕1号"), Map.entry("approvalComment", ""),
        Map.entry("licenceDepartmentName", "济宁市市场监督管理局"), Map.entry("decisionSummary", "责令2号熟料线关停退出"),
        Map.entry("licenceActionName", "注销生产许可证"), Map.entry("lineName", "2号熟料线"), Map.entry("equipmentType", "熟料生产线"),
        Map.entry("capacityText", "60万吨/年"), Map.entry("catalogueItem", "《产业结构调整指导目录（2019年本）》淘汰类"),
        Map.entry("sealedOn", "2026年11月25日"), Map.entry("dismantleDeadline", "2027年5月25日"),
        Map.entry("announcementSite", "山东省工业和信息化厅网站"), Map.entry("complaintChannel", "本公告页面的“举报恢复生产”"),
        Map.entry("signature", "承诺企业（盖章）：济宁示例水泥有限公司\n法定代表人（签字）：")));
  }

  static final Map<DocumentKind, List<String>> REQUIRED = Map.ofEntries(
      Map.entry(DocumentKind.RECTIFICATION_NOTICE, List.of("责令限期整改通知书", "节约能源法", "自本通知书送达之日起计算", "不超过3个月", "行政复议", "六十日", "六个月")),
      Map.entry(DocumentKind.SUSPENSION_ORDER, List.of("整顿期限", "复查", "行政复议", "不停止执行")),
      Map.entry(DocumentKind.RIGHTS_NOTICE, List.of("行政处罚事先告知书", "违法事实", "拟作出如下决定", "陈述、申辩", "听证", "五日内")),
      Map.entry(DocumentKind.CLOSURE_DECISION, List.of("当事人", "违法事实和证据", "决定内容和依据", "履行方式和期限", "2026年12月31日", "救济途径", "行政复议",
          "人民法院", "报经济宁市人民政府批准")),
      Map.entry(DocumentKind.ENFORCEMENT_REMINDER, List.of("催告书", "行政强制法》第三十五条", "陈述和申辩", "2027年1月31日")),
      Map.entry(DocumentKind.ENFORCEMENT_DECISION, List.of("强制执行决定书", "第三十七条", "已依法催告", "行政复议")),
      Map.entry(DocumentKind.HEARING_NOTICE, List.of("听证通知书", "2026年11月20日9时30分", "听证室", "法规科王明", "不是本案的调查人员", "申请回避",
          "授权委托书", "视为放弃听证权利", "公开举行")),
      Map.entry(DocumentKind.HEARING_RECORD, List.of("听证笔录", "听证主持人", "出席人员", "违法事实、证据和处罚建议", "申辩和质证", "核对", "拒绝签字",
          "根据听证笔录作出决定", "济工信听通〔2026〕1号")),
      Map.entry(DocumentKind.CLOSURE_PROPOSAL, List.of("请示", "济宁市人民政府：", "行政处罚事先告知书", "举行了听证", "关停退出不达标的生产线", "妥否，请批示")),
      Map.entry(DocumentKind.CLOSURE_APPROVAL, List.of("批复", "济工信请〔2026〕1号", "收悉", "同意对济宁示例水泥有限公司", "送达决定书", "强制执行")),
      Map.entry(DocumentKind.LICENCE_REQUEST, List.of("函", "济宁市市场监督管理局：", "济工信关〔2026〕1号", "注销生产许可证", "函告本机关")),
      Map.entry(DocumentKind.PLEDGE, List.of("承诺书", "不再恢复生产", "2027年5月25日", "接受政府部门和社会公众监督", "承诺企业（盖章）", "法定代表人（签字）",
          "登记编号")),
      Map.entry(DocumentKind.ANNOUNCEMENT, List.of("公告", "封存", "断水、断电、拆除动力装置", "2027年5月25日", "接受社会监督", "举报恢复生产", "特此公告")));

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void eachKindHasWhatTheLawRequiresAndNoPlaceholderIsLeft(DocumentKind kind) throws Exception {
    FontsAvailable.orSkip();
    DocumentTemplate template = DocumentTemplate.parse(kind.resource(), DocumentTemplates.packaged(kind.resource()));
    Map<String, String> facts = new HashMap<>(FACTS);
    if (kind == DocumentKind.SUSPENSION_ORDER) {
      facts.put("noticeTitle", "责令停产停业整顿决定书");
      facts.put("measureSentence", "责令你单位立即停产停业整顿");
      facts.put("periodSentence", "请于2026年12月20日前完成，本机关将于该日后组织复查。");
    }
    String number = "济工信" + kind.code() + "〔2026〕1号";
    facts.put("documentNumber", number);
    OfficialDocument doc = Documents.layout(kind, template.fill(facts), "济宁市工业和信息化局", number, LocalDate.of(2026, 11, 30), facts);
    byte[] pdf = PdfRenderer.render(doc);
    try (PDDocument read = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(read).replaceAll("\\s+", "");
      assertThat(text).contains("济宁市工业和信息化局").contains(number).contains("济宁示例水泥有限公司").doesNotContain("{{");
      if (kind.letterhead()) {
        assertThat(text).as("the number in the title block, under the issuing body's mark").startsWith("济宁市工业和信息化局" + number)
            .contains("2026年11月30日");
      } else {
        assertThat(text).as("the enterprise's pledge has no letterhead and is dated when signed").doesNotStartWith("济宁市工业和信息化局")
            .contains("年　　月　　日");
      }
      for (String element : REQUIRED.get(kind)) {
        assertThat(text).as(kind + " needs " + element).contains(element.replaceAll("\\s+", ""));
      }
      String samples = System.getProperty("documents.samples");
      if (samples != null) {
        new File(samples).mkdirs();
        ImageIO.write(new PDFRenderer(read).renderImageWithDPI(0, 50), "png", new File(samples, kind.resource().substring(10).replace(".txt", ".png")));
      }
    }
  }

  /** 送达回证: what service needs recorded (民事诉讼法第八十七条、第八十九条, to which 行政处罚法第六十一条 refers), for the document it accompanies. */
  @org.junit.jupiter.api.Test
  void theProofOfServiceFormNamesTheDocumentAndEveryWayOfService() throws Exception {
    FontsAvailable.orSkip();
    DocumentTemplate template = DocumentTemplate.parse("notice", DocumentTemplates.packaged(DocumentKind.RECTIFICATION_NOTICE.resource()));
    OfficialDocument notice = Documents.layout(DocumentKind.RECTIFICATION_NOTICE, template.fill(FACTS), "济宁市工业和信息化局",
        "济工信整改〔2026〕1号", LocalDate.of(2026, 11, 30), FACTS);
    byte[] pdf = PdfRenderer.render(Documents.receipt(notice, "济宁示例水泥有限公司"));
    try (PDDocument read = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(read).replaceAll("\\s+", "");
      assertThat(text).contains("送达回证", "责令限期整改通知书（济工信整改〔2026〕1号）", "受送达人：济宁示例水泥有限公司", "直接送达", "留置送达",
          "邮寄送达", "电子送达", "受送达人签名或者盖章", "送达人签名", "见证人");
      String samples = System.getProperty("documents.samples");
      if (samples != null) {
        new File(samples).mkdirs();
        ImageIO.write(new PDFRenderer(read).renderImageWithDPI(0, 50), "png", new File(samples, "receipt.png"));
      }
    }
  }
}
