package cn.capacityexit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The registry's REST API: every validation rule, scope, paging, and the all-or-nothing CSV import. */
class RegistryIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

  /** A fresh valid credit code registered in the given division. */
  static String newCode(String division) {
    String first17 = "91" + division + String.format("%09d", SEQUENCE.incrementAndGet() * 7 + 880000000);
    return first17 + CreditCode.checkCharacter(first17);
  }

  private static Map<String, Object> enterprise(String code, String jurisdiction) {
    Map<String, Object> e = new HashMap<>();
    e.put("creditCode", code);
    e.put("name", "测试企业" + code.substring(10));
    e.put("jurisdiction", jurisdiction);
    e.put("sector", "CEMENT");
    e.put("address", "山东省济宁市测试路1号");
    return e;
  }

  private static List<String> fields(Http.Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private static String reason(Http.Response r, String field) {
    for (JsonNode e : r.json().get("errors")) {
      if (e.get("field").asText().equals(field)) {
        return e.get("reason").asText();
      }
    }
    throw new AssertionError("no error for " + field + " in " + r.body());
  }

  @Test
  void anOfficerRegistersAnEnterpriseOfTheirJurisdictionAndReadsItBack() {
    String code = newCode("370800");
    Http jining = http().as("jining-miit");
    Http.Response created = jining.post("/api/enterprises", enterprise(code.toLowerCase(), "370800"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.headers().get("location")).containsExactly("/api/enterprises/" + code);
    JsonNode e = jining.get("/api/enterprises/" + code).json();
    assertThat(e.get("jurisdictionName").asText()).isEqualTo("济宁市");
    assertThat(e.get("sectorName").asText()).isEqualTo("水泥");
    assertThat(e.get("createdBy").asText()).isEqualTo("jining-miit");
  }

  @Test
  void aWrongCheckCharacterIsRefusedWithTheFieldAndReasonAndNothingIsWritten() {
    String code = newCode("370800");
    String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    Http jining = http().as("jining-miit");
    Http.Response r = jining.post("/api/enterprises", enterprise(wrong, "370800"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(reason(r, "creditCode")).contains("校验码错误").contains("应为" + code.charAt(17));
    assertThat(jining.get("/api/enterprises/" + wrong).status()).isEqualTo(404);
  }

  @Test
  void unknownJurisdictionAndSectorAndMissingNameAreAllReportedAtOnce() {
    Map<String, Object> body = enterprise(newCode("370800"), "379999");
    body.put("sector", "BAKERY");
    body.remove("name");
    Http.Response r = http().as("jining-miit").post("/api/enterprises", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r)).containsExactlyInAnyOrder("jurisdiction", "sector", "name");
    assertThat(reason(r, "jurisdiction")).contains("未知行政区划代码");
    assertThat(reason(r, "sector")).contains("BAKERY");
  }

  @Test
  void aChineseSectorNameIsAccepted() {
    Map<String, Object> body = enterprise(newCode("370800"), "370800");
    body.put("sector", "电解铝");
    Http.Response r = http().as("jining-miit").post("/api/enterprises", body);
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("sector").asText()).isEqualTo("ELECTROLYTIC_ALUMINIUM");
  }

  @Test
  void aSecondRegistrationOfTheSameCodeIsRefused() {
    String code = newCode("370800");
    Http jining = http().as("jining-miit");
    assertThat(jining.post("/api/enterprises", enterprise(code, "370800")).status()).isEqualTo(201);
    Http.Response again = jining.post("/api/enterprises", enterprise(code, "370800"));
    assertThat(again.status()).isEqualTo(400);
    assertThat(reason(again, "creditCode")).contains("已登记");
  }

  @Test
  void malformedJsonAndWrongTypesAreRefusedWithTheField() {
    Http jining = http().as("jining-miit");
    Http.Response malformed = jining.send("POST", "/api/enterprises", "application/json", "{\"creditCode\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(fields(malformed)).containsExactly("body");

    String code = newCode("370800");
    jining.post("/api/enterprises", enterprise(code, "370800"));
    Http.Response wrongType = jining.send("POST", "/api/enterprises/" + code + "/production-lines", "application/json",
        "{\"name\":\"1号线\",\"equipmentType\":\"熟料线\",\"capacity\":\"很多\",\"capacityUnit\":\"吨/日\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(reason(wrongType, "capacity")).contains("数字");
  }

  @Test
  void aLineNeedsAPositiveCapacityAndAKnownUnitAndGetsItsFirstHistoryEntry() {
    String code = newCode("370800");
    Http jining = http().as("jining-energy");
    jining.post("/api/enterprises", enterprise(code, "370800"));
    String lines = "/api/enterprises/" + code + "/production-lines";

    Http.Response negative = jining.post(lines, Map.of("name", "1号线", "equipmentType", "熟料线", "capacity", -5, "capacityUnit", "吨/日"));
    assertThat(negative.status()).isEqualTo(400);
    assertThat(reason(negative, "capacity")).isEqualTo("不能为负数");

    Http.Response noUnit = jining.post(lines, Map.of("name", "1号线", "equipmentType", "熟料线", "capacity", 2000));
    assertThat(noUnit.status()).isEqualTo(400);
    assertThat(reason(noUnit, "capacityUnit")).isEqualTo("必填");

    Http.Response unknownUnit = jining.post(lines, Map.of("name", "1号线", "equipmentType", "熟料线", "capacity", 2000, "capacityUnit", "斤/日"));
    assertThat(reason(unknownUnit, "capacityUnit")).contains("未知单位");

    Http.Response badStatus = jining.post(lines, Map.of("name", "1号线", "equipmentType", "熟料线", "capacity", 2000, "capacityUnit", "吨/日", "status", "RETIRED"));
    assertThat(reason(badStatus, "status")).contains("RETIRED");

    assertThat(jining.get(lines).json().get("total").asLong()).as("nothing written by refused requests").isZero();

    Http.Response ok = jining.post(lines, Map.of("name", "1号线", "equipmentType", "新型干法水泥熟料生产线",
        "capacity", 2500.5, "capacityUnit", "吨/日", "catalogueRef", "鲁工信产〔2022〕124号 二(五)1"));
    assertThat(ok.status()).isEqualTo(201);
    JsonNode line = jining.get(ok.headers().get("location").get(0)).json();
    assertThat(line.get("capacity").decimalValue()).isEqualByComparingTo("2500.5");
    assertThat(line.get("status").asText()).isEqualTo("IN_PRODUCTION");
    assertThat(line.get("history")).hasSize(1);
    assertThat(line.get("history").get(0).get("changedBy").asText()).isEqualTo("jining-energy");
    assertThat(line.get("history").get(0).get("toStatus").asText()).isEqualTo("IN_PRODUCTION");

    Http.Response duplicate = jining.post(lines, Map.of("name", "1号线", "equipmentType", "熟料线", "capacity", 1, "capacityUnit", "吨/日"));
    assertThat(reason(duplicate, "name")).contains("同名");
  }

  @Test
  void anUpdateKeepsTheCreditCodeAndValidatesLikeACreation() {
    String code = newCode("370800");
    Http jining = http().as("jining-miit");
    jining.post("/api/enterprises", enterprise(code, "370800"));

    Map<String, Object> changed = enterprise(code, "370800");
    changed.put("name", "济宁新名称有限公司");
    Http.Response ok = jining.put("/api/enterprises/" + code, changed);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("name").asText()).isEqualTo("济宁新名称有限公司");

    changed.put("creditCode", newCode("370800"));
    assertThat(jining.put("/api/enterprises/" + code, changed).status()).isEqualTo(400);
    Map<String, Object> bad = enterprise(code, "370800");
    bad.put("sector", "");
    Http.Response refused = jining.put("/api/enterprises/" + code, bad);
    assertThat(fields(refused)).containsExactly("sector");
    assertThat(jining.get("/api/enterprises/" + code).json().get("name").asText()).isEqualTo("济宁新名称有限公司");

    Map<String, Object> move = enterprise(code, "371000");
    assertThat(jining.put("/api/enterprises/" + code, move).status()).as("moving it to Weihai").isEqualTo(403);
  }

  @Test
  void listingsArePagedFilteredAndIncludeTheLevelsBelow() {
    Http liaocheng = http().as("liaocheng-miit");
    JsonNode city = liaocheng.get("/api/enterprises?jurisdiction=371500&size=200").json();
    List<String> jurisdictions = new ArrayList<>();
    city.get("items").forEach(e -> jurisdictions.add(e.get("jurisdiction").asText()));
    assertThat(jurisdictions).contains("371500", "371502", "371521", "371581").allMatch(j -> j.startsWith("3715"));

    JsonNode page = liaocheng.get("/api/enterprises?size=2&page=1").json();
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("page").asInt()).isEqualTo(1);
    assertThat(page.get("total").asLong()).isEqualTo(city.get("total").asLong());

    JsonNode tyres = liaocheng.get("/api/enterprises?sector=TYRES").json();
    assertThat(tyres.get("items")).allSatisfy(e -> assertThat(e.get("sector").asText()).isEqualTo("TYRES"));
    // Other tests register enterprises too (one database per run): the filter counts exactly the city's tyre makers.
    long tyreMakers = 0;
    for (JsonNode e : city.get("items")) {
      tyreMakers += e.get("sector").asText().equals("TYRES") ? 1 : 0;
    }
    assertThat(tyres.get("total").asLong()).isEqualTo(tyreMakers).isPositive();

    JsonNode county = http().as("linqing-miit").get("/api/enterprises?size=200").json();
    county.get("items").forEach(e -> assertThat(e.get("jurisdiction").asText()).isEqualTo("371581"));

    JsonNode province = http().as("shandong-miit").get("/api/enterprises?size=200").json();
    List<String> provinceJurisdictions = new ArrayList<>();
    province.get("items").forEach(e -> provinceJurisdictions.add(e.get("jurisdiction").asText()));
    assertThat(provinceJurisdictions).contains("370800", "371000", "371502").noneMatch(j -> j.startsWith("44"));

    assertThat(liaocheng.get("/api/enterprises?size=0").status()).isEqualTo(400);
    assertThat(liaocheng.get("/api/enterprises?page=-1").status()).isEqualTo(400);
    assertThat(liaocheng.get("/api/enterprises?size=abc").status()).isEqualTo(400);
    assertThat(liaocheng.get("/api/enterprises?sector=BAKERY").status()).isEqualTo(400);
  }

  @Test
  void aCsvImportWritesAllRowsOrNoneAndReportsEveryBadRow() {
    Http jining = http().as("jining-miit");
    String a = newCode("370800");
    String b = newCode("370800");
    String good = "creditCode,name,jurisdiction,sector,address\n"
        + a + ",济宁导入甲公司,370800,STEEL,济宁市\n"
        + b + ",\"济宁导入乙公司，二厂\",370800,焦化,\n";
    Http.Response ok = jining.send("POST", "/api/enterprises/import", "text/csv", good);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("imported").asInt()).isEqualTo(2);
    assertThat(jining.get("/api/enterprises/" + b).json().get("name").asText()).isEqualTo("济宁导入乙公司，二厂");

    String c = newCode("370800");
    String d = newCode("370800");
    String bad = "creditCode,name,jurisdiction,sector,address\n"
        + c + ",济宁导入丙公司,370800,STEEL,\n"        // row 1: fine
        + a + ",重复登记,370800,STEEL,\n"               // row 2: already registered
        + d.substring(0, 17) + "Z,坏校验码,370800,STEEL,\n" // row 3: character outside the alphabet
        + d + ",威海的企业,371000,STEEL,\n"             // row 4: outside the caller's jurisdictions
        + d + ",重复行,370800,面包,\n";                 // row 5: repeated code, unknown sector
    Http.Response refused = jining.send("POST", "/api/enterprises/import", "text/csv", bad);
    assertThat(refused.status()).isEqualTo(400);
    List<String> report = new ArrayList<>();
    refused.json().get("errors").forEach(e -> report.add(e.get("row").asInt() + ":" + e.get("field").asText()));
    assertThat(report).containsExactlyInAnyOrder("2:creditCode", "3:creditCode", "4:jurisdiction", "5:creditCode", "5:sector");
    assertThat(jining.get("/api/enterprises/" + c).status()).as("the good row was not written").isEqualTo(404);

    Http.Response empty = jining.send("POST", "/api/enterprises/import", "text/csv", "creditCode,name,jurisdiction,sector\n");
    assertThat(empty.status()).isEqualTo(400);
    Http.Response json = jining.send("POST", "/api/enterprises/import", "application/json", "{}");
    assertThat(json.status()).isEqualTo(415);
  }
}
