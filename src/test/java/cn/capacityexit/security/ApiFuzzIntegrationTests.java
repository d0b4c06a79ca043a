package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fuzzing {@code /api}: malformed, oversized and wrongly typed JSON, odd strings, bad parameters,
 * huge and fake files. Every answer must be 4xx (never 5xx), and nothing may be written: every
 * table of the product and of the engine keeps its row count.
 */
class ApiFuzzIntegrationTests extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The same inputs on every run; change the seed to explore. */
  private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
  /** Tables that change on their own (engine metrics, properties). */
  private static final List<String> MOVING = List.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG", "ACT_GE_PROPERTY");

  @Autowired
  JdbcClient jdbc;
  @Autowired
  DataSource dataSource;

  private String enterprise;
  private String caseNumber;
  private String elimination;
  private long lineId;
  private final List<String> failures = new ArrayList<>();
  private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
      new java.util.concurrent.atomic.AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(80000));

  @BeforeEach
  void subjects() {
    Http officer = http().as("jining-miit");
    // A fresh enterprise per test: a sequence from a random start (the clock's low digits repeated between the two tests).
    String first17 = "91370800" + String.format("%09d", 880000000 + SEQUENCE.incrementAndGet() * 11);
    enterprise = first17 + CreditCode.checkCharacter(first17);
    assertThat(officer.post("/api/enterprises", Map.of("creditCode", enterprise, "name", "模糊测试企业", "jurisdiction", "370800",
        "sector", "CEMENT")).status()).isEqualTo(201);
    lineId = officer.post("/api/enterprises/" + enterprise + "/production-lines", Map.of("name", "1号线", "equipmentType", "熟料生产线",
        "capacity", 1000, "capacityUnit", "吨/日")).json().get("id").asLong();
    Http.Response c = officer.post("/api/cases", Map.of("enterpriseCreditCode", enterprise, "dimension", "ENERGY", "description", "能耗超标"));
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    caseNumber = c.json().get("caseNumber").asText();
    String[] line2 = {"2号线"};
    long second = officer.post("/api/enterprises/" + enterprise + "/production-lines", Map.of("name", line2[0], "equipmentType", "立窑",
        "capacity", 300, "capacityUnit", "吨/日")).json().get("id").asLong();
    Http.Response e = officer.post("/api/eliminations", Map.of("productionLineId", second, "catalogueItem", "淘汰类 立窑", "planYear", 2026));
    assertThat(e.status()).as(e.body()).isEqualTo(201);
    elimination = e.json().get("elimination").get("eliminationNumber").asText();
  }

  /** Valid bodies of every JSON endpoint (never sent as they are: each is mutated first). */
  private Map<String, ObjectNode> templates() {
    Map<String, ObjectNode> t = new LinkedHashMap<>();
    t.put("POST /api/enterprises", object(Map.of("creditCode", "91370800MA00000001", "name", "企业", "jurisdiction", "370800",
        "sector", "CEMENT", "address", "地址")));
    t.put("PUT /api/enterprises/" + enterprise, object(Map.of("creditCode", enterprise, "name", "企业", "jurisdiction", "370800",
        "sector", "CEMENT", "address", "地址")));
    t.put("POST /api/enterprises/" + enterprise + "/production-lines", object(Map.of("name", "线", "equipmentType", "装置",
        "capacity", 10, "capacityUnit", "万吨/年", "specification", "规格")));
    t.put("POST /api/cases", object(Map.of("enterpriseCreditCode", enterprise, "dimension", "QUALITY", "description", "问题",
        "findingDate", "2026-01-01", "severity", "NORMAL", "productionLineIds", List.of(lineId))));
    t.put("POST /api/cases/" + caseNumber + "/extension-request", object(Map.of("months", 2, "reason", "理由")));
    t.put("POST /api/campaigns", object(Map.of("jurisdiction", "370800", "year", 2026)));
    t.put("POST /api/eliminations", object(Map.of("productionLineId", lineId, "catalogueItem", "淘汰类", "planYear", 2026)));
    t.put("POST /api/eliminations/" + elimination + "/complaints", object(Map.of("content", "复产", "location", "厂区",
        "contact", "13800000000")));
    t.put("POST /api/public/complaints", object(Map.of("announcement", elimination, "content", "复产", "location", "厂区")));
    return t;
  }

  private static ObjectNode object(Map<String, Object> values) {
    return JSON.valueToTree(values);
  }

  /**
   * Sends an oversized body. A server that refuses it before reading it all (Tomcat swallows at
   * most 2 MB of an unread body) closes the connection after its answer, which this client reports
   * as a broken pipe instead of the status: that counts as refused, and the row counts still check
   * that nothing was written.
   */
  private void expectRefusedLarge(String what, java.util.function.Supplier<Http.Response> request) {
    try {
      expect4xx(what, request.get());
    } catch (java.io.UncheckedIOException e) {
      String chain = String.valueOf(e.getCause()) + " " + String.valueOf(e.getCause() == null ? null : e.getCause().getCause());
      Throwable t = e;
      while (t.getCause() != null) {
        t = t.getCause();
      }
      if (!(String.valueOf(t.getMessage()).contains("Broken pipe") || String.valueOf(t.getMessage()).contains("Connection reset"))) {
        failures.add("no answer for " + what + ": " + chain);
      }
    }
  }

  private void expect4xx(String what, Http.Response r) {
    if (r.status() < 400 || r.status() >= 500) {
      failures.add(r.status() + " for " + what + ": " + (r.body().length() > 300 ? r.body().substring(0, 300) : r.body()));
    }
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    List<String> tables = new ArrayList<>();
    try (var c = dataSource.getConnection(); var rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog"))) {
          continue;
        }
        tables.add(rs.getString("TABLE_NAME"));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    for (String table : tables) {
      if (MOVING.contains(table.toUpperCase()) || table.toLowerCase().startsWith("flyway") || table.toLowerCase().endsWith("schema_history")) {
        continue;
      }
      counts.put(table.toLowerCase(), jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    return counts;
  }

  @Test
  void malformedOversizedAndWronglyTypedInputGets4xxAndWritesNothing() {
    Map<String, Long> before = counts();
    Http officer = http().as("jining-miit");
    Random random = new Random(SEED);
    int requests = 0;

    List<String> malformed = new ArrayList<>(List.of("", "{", "}", "[", "{\"name\":", "{\"name\": }", "[1,2", "\"text\"", "null", "12",
        "true", "{\"a\":1}}", "{'name':'单引号'}", "{\"name\":\"未闭合}", "{\"capacity\": 1e999999}", "{\"year\": 99999999999999999999}",
        "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
    for (int i = 0; i < 10; i++) {
      byte[] noise = new byte[1 + random.nextInt(2000)];
      random.nextBytes(noise);
      malformed.add(new String(noise, StandardCharsets.ISO_8859_1));
    }
    for (Map.Entry<String, ObjectNode> t : templates().entrySet()) {
      String[] route = t.getKey().split(" ", 2);
      for (String body : malformed) {
        expect4xx(t.getKey() + " with malformed " + abbreviate(body), officer.sendBytes(route[0], route[1], "application/json",
            body.getBytes(StandardCharsets.ISO_8859_1)));
        requests++;
      }
      // Each field in turn given a value no reading can turn into its type.
      List<JsonNode> wrong = List.of(JSON.createArrayNode(), JSON.createObjectNode(), JSON.valueToTree(List.of(1, 2)),
          JSON.valueToTree(Map.of("x", List.of(1))));
      var fields = t.getValue().fieldNames();
      while (fields.hasNext()) {
        String field = fields.next();
        List<JsonNode> candidates = t.getValue().get(field).isArray()
            ? List.of(JSON.createObjectNode(), JSON.valueToTree(List.of(Map.of("x", 1))), JSON.valueToTree(List.of(List.of(1))))
            : wrong;
        for (JsonNode value : candidates) {
          ObjectNode mutated = t.getValue().deepCopy();
          mutated.set(field, value);
          expect4xx(t.getKey() + " with " + field + "=" + value, officer.send(route[0], route[1], "application/json", mutated.toString()));
          requests++;
        }
        // Oversized text in every field (2 MB), and a body past Jackson's string limit (21 M characters) once per endpoint.
        ObjectNode big = t.getValue().deepCopy();
        big.put(field, "超".repeat(2_000_000));
        big.put("productionLineIds", "x");
        expectRefusedLarge(t.getKey() + " with 2 MB in " + field,
            () -> officer.send(route[0], route[1], "application/json", mutatedInvalid(big, t.getKey())));
        requests++;
      }
      expectRefusedLarge(t.getKey() + " with 21 M characters", () -> officer.send(route[0], route[1], "application/json",
          "{\"name\":\"" + "a".repeat(21_000_000) + "\"}"));
      expect4xx(t.getKey() + " as text/plain", officer.send(route[0], route[1], "text/plain", t.getValue().toString()));
      expect4xx(t.getKey() + " as XML", officer.send(route[0], route[1], "application/xml", "<a>1</a>"));
      requests += 3;
    }

    // Bad query parameters and odd path variables on the reads.
    for (String path : List.of("/api/enterprises?page=abc", "/api/enterprises?size=-5", "/api/enterprises?page=-1",
        "/api/enterprises?size=99999999999", "/api/enterprises?jurisdiction=%27%20OR%201%3D1%20--", "/api/enterprises?sector=%00",
        "/api/cases?state=NOPE", "/api/cases?dimension=%E2%80%AE", "/api/cases?overdue=maybe", "/api/cases?page=1e9",
        "/api/reports/annual-exits?jurisdiction=370800&year=abc", "/api/reports/annual-exits?jurisdiction=370800&year=99999999999",
        "/api/reports/annual-exits?jurisdiction=370800&year=2025&format=..%2F..%2Fetc%2Fpasswd",
        "/api/dashboard?year=-1", "/api/dashboard?jurisdiction=%3Cscript%3E", "/api/credit-records?pushed=perhaps",
        "/api/cases/" + "9".repeat(5000), "/api/cases/%27%3B%20DROP%20TABLE%20rc_case%3B--", "/api/enterprises/%E2%80%AE%E2%80%AE",
        "/api/eliminations/..%2F..%2Fcases", "/api/eliminations/" + elimination + "/evidence/abc",
        "/api/eliminations/" + elimination + "/evidence/99999999999999999999", "/api/enterprises/" + enterprise + "/production-lines/x",
        "/api/campaigns/%F0%9F%98%80", "/api/public/announcements/%00", "/api/public/lists/yellow?jurisdiction=%FF%FE")) {
      expect4xx("GET " + path, officer.get(path));
      requests++;
    }

    // CSV import: broken quoting, binary, a wrong header, an oversized cell.
    for (String csv : List.of("creditCode,name\n\"unterminated", "\u0000\u0001\u0002", "a,b,c\n1,2,3",
        "creditCode,name,jurisdiction,sector,address\n" + "9".repeat(100000) + ",x,370800,CEMENT,y",
        "creditCode,name,jurisdiction,sector,address\n91370800MA00000001,企业,370800,CEMENT,地址\n,,,,\n")) {
      expect4xx("CSV import " + abbreviate(csv), officer.send("POST", "/api/enterprises/import", "text/csv", csv));
      requests++;
    }

    // Evidence: fake, empty, oversized (past the product's 20 MB and past the container's 25 MB), wrong step.
    String evidence = "/api/eliminations/" + elimination + "/evidence";
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    expect4xx("a text file named .png", officer.upload(evidence, Map.of("step", "WATER"), "file", "照片.png",
        "这不是图片".getBytes(StandardCharsets.UTF_8)));
    expect4xx("an executable named .pdf", officer.upload(evidence, Map.of("step", "WATER"), "file", "承诺书.pdf",
        new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}));
    expect4xx("an empty file", officer.upload(evidence, Map.of("step", "WATER"), "file", "空.png", new byte[0]));
    expect4xx("an unknown step", officer.upload(evidence, Map.of("step", "'; DROP TABLE ds_evidence; --"), "file", "a.png", png));
    expect4xx("no step", officer.upload(evidence, Map.of(), "file", "a.png", png));
    byte[] big = new byte[21 * 1024 * 1024];
    System.arraycopy(png, 0, big, 0, png.length);
    expectRefusedLarge("a 21 MB PNG", () -> officer.upload(evidence, Map.of("step", "WATER"), "file", "大.png", big));
    byte[] huge = new byte[27 * 1024 * 1024];
    System.arraycopy(png, 0, huge, 0, png.length);
    expectRefusedLarge("a 27 MB PNG", () -> officer.upload(evidence, Map.of("step", "WATER"), "file", "巨大.png", huge));
    expect4xx("a file name of 5000 characters", officer.upload(evidence, Map.of("step", "WATER"), "file", "名".repeat(5000) + ".png",
        "假".getBytes(StandardCharsets.UTF_8)));
    expect4xx("multipart without a boundary", officer.send("POST", evidence, "multipart/form-data", "--x\r\n"));
    requests += 9;

    assertThat(failures).as("answers outside 4xx among " + requests + " requests").isEmpty();
    assertThat(counts()).as("row counts of every table after " + requests + " refused requests").isEqualTo(before);
    System.out.printf("[fuzz] %d requests, all 4xx, no row written (seed %d)%n", requests, SEED);
  }

  /** Keeps a body invalid even when the oversized field is one the endpoint ignores. */
  private static String mutatedInvalid(ObjectNode body, String route) {
    if (route.contains("/extension-request") || route.contains("/campaigns")) {
      body.set("months", JSON.createArrayNode());
      body.set("year", JSON.createArrayNode());
    }
    return body.toString();
  }

  @Test
  void oddStringsAreStoredAsGivenOrRefusedWithTheField() {
    Http officer = http().as("jining-miit");
    List<String> odd = List.of("\u0000", "名称\u0000后缀", "\u0007\u001b[31m", "\ud800", "\udfff孤", "\u202e反向", "\u200b\u200b",
        "😀🏭", "'; DROP TABLE reg_enterprise; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "#{7*7}", "%s%n%x",
        "\\\\\\\"", " ", "\t\n", "ｆｕｌｌｗｉｄｔｈ", "e\u0301", "𠀀𪚥", "NaN", "-0");
    int stored = 0;
    int refused = 0;
    for (String s : odd) {
      String first17 = "91370800" + String.format("%09d", 890000000 + (stored + refused) * 13);
      String code = first17 + CreditCode.checkCharacter(first17);
      Http.Response r = officer.post("/api/enterprises", ascii(Map.of("creditCode", code, "name", s, "jurisdiction", "370800",
          "sector", "CEMENT", "address", s)));
      if (r.status() == 201) {
        JsonNode back = officer.get("/api/enterprises/" + code).json();
        assertThat(back.get("name").asText()).as("stored as given: " + escape(s)).isEqualTo(s.strip());
        stored++;
      } else {
        assertThat(r.status()).as("refused, not failed: " + escape(s) + " " + r.body()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isIn("name", "address");
        assertThat(officer.get("/api/enterprises/" + code).status()).as("nothing written for " + escape(s)).isEqualTo(404);
        refused++;
      }
      Http.Response description = officer.post("/api/cases/" + caseNumber + "/extension-request", ascii(Map.of("months", 1, "reason", s)));
      assertThat(description.status()).as("extension reason " + escape(s) + ": " + description.body()).isBetween(200, 499);
    }
    System.out.printf("[fuzz] odd strings: %d stored as given, %d refused with the field%n", stored, refused);
  }

  /** JSON with every non-ASCII character escaped (\\uXXXX), so that even a lone surrogate arrives as sent. */
  private static String ascii(Object value) {
    try {
      return JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String s) {
    return escape(s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s);
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.append(c < 0x20 || (c >= 0xd800 && c <= 0xdfff) ? String.format("\\u%04x", c) : Character.toString(c)));
    return b.toString();
  }
}
