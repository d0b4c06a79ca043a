package cn.capacityexit.documents;

import static cn.capacityexit.rectification.RectificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: the notice generated from the case record, numbered, laid out after GB/T 9704 with its
 * fonts embedded, read back; served and its signed proof kept with its SHA-256; numbers consecutive
 * under concurrency.
 */
class DocumentsIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  ProcessEngine engine;
  @Autowired
  Documents documents;

  private String enterprise() {
    String first17 = "91370800" + String.format("%09d", 660000000 + SEQUENCE.incrementAndGet() * 17);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http jining = http().as("jining-miit");
    assertThat(jining.post("/api/enterprises", Map.of("creditCode", code, "name", "文书测试水泥有限公司" + SEQUENCE.get(),
        "jurisdiction", "370800", "sector", "CEMENT", "address", "济宁市任城区测试路" + SEQUENCE.get() + "号")).status()).isEqualTo(201);
    assertThat(jining.post("/api/enterprises/" + code + "/production-lines", Map.of("name", "2号熟料线", "equipmentType", "回转窑",
        "capacity", 2000, "capacityUnit", "吨/日")).status()).isEqualTo(201);
    return code;
  }

  private Task task(String number, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult();
  }

  private void complete(String officer, Task task, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", "String")));
    Http.Response r = http().as(officer).post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", typed));
    assertThat(r.status()).as(r.body()).isEqualTo(204);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(name).isEmbedded()).as("font embedded").isTrue();
        }
      }
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theNoticeIsGeneratedFromTheRecordNumberedServedAndItsSignedProofKept() throws Exception {
    FontsAvailable.orSkip();
    String code = enterprise();
    Http jining = http().as("jining-miit");
    Http.Response opened = jining.post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
        "description", "熟料单位产品综合能耗超过《水泥单位产品能源消耗限额》的限定值"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String number = opened.json().get("caseNumber").asText();
    complete("jining-miit", task(number, TASK_ISSUE_NOTICE), Map.of("rectificationRequirements", "改造窑头篦冷机，6个月内使综合能耗达到限定值"));

    JsonNode list = jining.get("/api/documents?reference=" + number).json();
    assertThat(list).hasSize(1);
    JsonNode notice = list.get(0);
    assertThat(notice.get("kind").asText()).isEqualTo("RECTIFICATION_NOTICE");
    String docNumber = notice.get("number").asText();
    assertThat(docNumber).matches("济工信整改〔\\d{4}〕\\d+号");
    long id = notice.get("id").asLong();
    assertThat(http().as("weihai-miit").download("/api/documents/" + id + "/pdf").status()).isEqualTo(403);
    assertThat(http().download("/api/public/documents/" + id + "/pdf").status()).as("a notice is not public").isEqualTo(404);

    Http.Download pdf = jining.download("/api/documents/" + id + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).contains("pdf");
    String text = text(pdf.body());
    // GB/T 9704: the issuing body, the number in the title block, the title, the addressee, the body, the date.
    assertThat(text).contains("济宁市工业和信息化局").contains(docNumber).contains("责令限期整改通知书")
        .contains(opened.json().get("enterpriseName").asText()).contains(code).contains("测试路")
        .contains("节约能源法").contains("6个月").contains("送达之日起计算").contains("改造窑头篦冷机")
        .contains("不超过3个月").contains("行政复议").contains("六十日").contains("人民法院").contains(number);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "年";
    assertThat(text).contains(today);
    JsonNode stored = jining.get("/api/documents/" + id).json();
    assertThat(stored.get("pdfSha256").asText()).isEqualTo(Documents.sha256(pdf.body()));
    assertThat(stored.get("contentSha256").asText()).hasSize(64);
    assertThat(jining.download("/api/documents/" + id + "/pdf").body()).as("kept, not laid out again").isEqualTo(pdf.body());

    Http.Download docx = jining.download("/api/documents/" + id + "/docx");
    assertThat(docx.status()).isEqualTo(200);
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
        var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      assertThat(extractor.getText()).contains(docNumber).contains("责令限期整改通知书");
    }
    assertThat(text(jining.download("/api/documents/" + id + "/receipt").body())).contains("送达回证").contains(docNumber)
        .contains("受送达人签名或者盖章");

    // Served: the period runs from the recorded day.
    String served = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    complete("jining-miit", task(number, TASK_RECORD_NOTICE_SERVICE), Map.of(SERVICE_METHOD, "DIRECT", SERVED_ON, served, SEAL, "INK"));
    stored = jining.get("/api/documents/" + id).json();
    assertThat(stored.get("servedMethod").asText()).isEqualTo("DIRECT");
    assertThat(stored.get("servedOn").asText()).isEqualTo(served);
    assertThat(stored.get("seal").asText()).isEqualTo("INK");
    JsonNode c = jining.get("/api/cases/" + number).json().get("case");
    assertThat(c.get("servedOn").asText()).isEqualTo(served);
    assertThat(c.get("deadline").asText()).isEqualTo(LocalDate.parse(served).plusMonths(6).toString());

    // The signed proof: PDF, JPEG or PNG, kept with its SHA-256.
    byte[] proof = "%PDF-1.4\n% 送达回证（已签收）\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    Http.Response wrong = jining.upload("/api/documents/" + id + "/proof", Map.of(), "file", "proof.txt",
        "just text".getBytes(StandardCharsets.UTF_8));
    assertThat(wrong.status()).isEqualTo(400);
    Http.Response uploaded = jining.upload("/api/documents/" + id + "/proof", Map.of(), "file", "proof.pdf", proof);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    assertThat(uploaded.json().get("proofSha256").asText()).isEqualTo(Documents.sha256(proof));
    assertThat(jining.download("/api/documents/" + id + "/proof").body()).isEqualTo(proof);
    assertThat(http().as("weihai-miit").upload("/api/documents/" + id + "/proof", Map.of(), "file", "p.pdf", proof).status())
        .isEqualTo(403);
  }

  /** As Tasklist sends it: the signed proof as a File variable of the service step, moved to the document, not kept in the engine. */
  @Test
  void theSignedProofUploadedWithTheServiceIsKeptWithTheDocument() {
    String code = enterprise();
    Http jining = http().as("jining-miit");
    String number = jining.post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
        "description", "综合能耗超过限定值")).json().get("caseNumber").asText();
    complete("jining-miit", task(number, TASK_ISSUE_NOTICE), Map.of("rectificationRequirements", "按期整改"));
    byte[] proof = "%PDF-1.4\n% 已签收\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    Task service = task(number, TASK_RECORD_NOTICE_SERVICE);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(SERVICE_METHOD, Map.of("value", "POST", "type", "String"));
    variables.put(SERVED_ON, Map.of("value", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "type", "String"));
    variables.put(SEAL, Map.of("value", "ELECTRONIC", "type", "String"));
    variables.put(SERVICE_PROOF, Map.of("value", java.util.Base64.getEncoder().encodeToString(proof), "type", "File",
        "valueInfo", Map.of("filename", "回证.pdf", "mimetype", "application/pdf")));
    Http.Response r = jining.post("/engine-rest/task/" + service.getId() + "/complete", Map.of("variables", variables));
    assertThat(r.status()).as(r.body()).isEqualTo(204);
    JsonNode notice = jining.get("/api/documents?reference=" + number).json().get(0);
    assertThat(notice.get("servedMethod").asText()).isEqualTo("POST");
    assertThat(notice.get("proofSha256").asText()).isEqualTo(Documents.sha256(proof));
    String pi = service.getProcessInstanceId();
    assertThat(engine.getRuntimeService().getVariable(pi, SERVICE_PROOF)).as("not kept in the engine").isNull();
  }

  @Test
  void twoIssuesAtOnceGetConsecutiveNumbers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<String>> issues = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        issues.add(() -> documents.issue(new Documents.Request(DocumentKind.ENFORCEMENT_REMINDER, "TEST-" + System.nanoTime(), "371000",
            "eco-371000", "并发测试企业", Map.of("enterpriseName", "并发测试企业", "closureOrderNumber", "威环关〔2026〕1号",
                "exitDeadline", "2026年1月1日", "newDeadline", "2026年2月1日", "caseNumber", "TEST"), "test")).number());
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(issues)) {
        numbers.add(f.get());
      }
      List<Integer> serial = numbers.stream().map(n -> Integer.parseInt(n.replaceAll(".*〕(\\d+)号", "$1"))).sorted().toList();
      assertThat(numbers).allSatisfy(n -> assertThat(n).matches("威环催〔\\d{4}〕\\d+号"));
      assertThat(serial.get(1)).isEqualTo(serial.get(0) + 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
