package cn.capacityexit.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, Guangdong 三(四) and 二(三)2: the penalties of environment cases and the failed products with their
 * producers and follow-up are published from the cases (page, permanent page, JSON, Atom), where disclosure.dmn says;
 * the licence holders get their permanent pages and feed.
 */
class DisclosuresIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void at(String day) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(day).atTime(10, 0).atZone(Deadlines.CHINA).toInstant()));
  }

  private static String today() {
    return Deadlines.dayOf(ClockUtil.getCurrentTime().toInstant()).toString();
  }

  private String enterprise(String officer, String jurisdiction, String sector, String name) {
    String first17 = "91" + jurisdiction + String.format("%09d", 710000000 + SEQUENCE.incrementAndGet() * 23);
    String code = first17 + CreditCode.checkCharacter(first17);
    assertThat(http().as(officer).post("/api/enterprises", Map.of("creditCode", code, "name", name, "jurisdiction", jurisdiction,
        "sector", sector)).status()).isEqualTo(201);
    return code;
  }

  private String open(String officer, String code, String dimension, String description) {
    Http.Response opened = http().as(officer).post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", dimension,
        "findingDate", today(), "description", description));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("caseNumber").asText();
  }

  private void complete(String officer, String caseNumber, String key, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((k, v) -> typed.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String")));
    Http.Response r = http().as(officer).post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", typed));
    assertThat(r.status()).as(r.body()).isEqualTo(204);
  }

  @Test
  void guangdongPublishesTheEnvironmentPenaltiesAndTheFailedProductsFromTheCases() {
    at("2025-05-12");
    String polluter = enterprise("foshan-eco", "440600", "BUILDING_MATERIALS", "佛山公开测试陶瓷有限公司");
    String penalty = open("foshan-eco", polluter, "ENVIRONMENT", "窑炉颗粒物排放浓度超过排放标准");
    assertThat(http().get("/api/public/environment-penalties?jurisdiction=440600").body()).as("not before the decision is served")
        .doesNotContain(penalty);
    complete("foshan-eco", penalty, "Task_IssueRectificationNotice", Map.of("rectificationRequirements", "停产整治，达标后恢复生产",
        "reinspectionDate", "2025-07-31", "interimMeasure", "SUSPEND"));
    complete("foshan-eco", penalty, "Task_RecordNoticeService", Map.of("serviceMethod", "DIRECT", "servedOn", today(), "seal", "INK"));

    JsonNode published = find(http().get("/api/public/environment-penalties?jurisdiction=440600").json(), penalty);
    assertThat(published.get("enterpriseName").asText()).isEqualTo("佛山公开测试陶瓷有限公司");
    assertThat(published.get("finding").asText()).isEqualTo("窑炉颗粒物排放浓度超过排放标准");
    assertThat(published.get("decision").asText()).contains("停产整治");
    assertThat(published.get("documents")).isNotEmpty();
    assertThat(published.get("publishedUnder").asText()).contains("广东省2023年", "三(四)");
    assertThat(http().get("/public/environment-penalties").body()).contains("佛山公开测试陶瓷有限公司", "超标排放企业处罚信息");
    assertThat(http().get("/public/environment-penalties/" + penalty).body()).contains("窑炉颗粒物排放浓度超过排放标准",
        published.get("documents").get(0).asText());
    assertThat(http().get("/public/environment-penalties/feed.atom").body()).contains("<entry>", "/public/environment-penalties/" + penalty);
    assertThat(http().get("/public/failed-products/" + penalty).status()).as("an environment case is no failed product").isEqualTo(404);

    String producer = enterprise("foshan-samr", "440600", "STEEL", "佛山公开测试钢材有限公司");
    String quality = open("foshan-samr", producer, "QUALITY", "热轧带肋钢筋（HRB400E，Φ16）屈服强度不符合GB/T 1499.2-2024");
    complete("foshan-samr", quality, "Task_IssueRectificationNotice", Map.of("rectificationRequirements", "停止生产、销售不合格钢筋，召回已售产品并整改",
        "reinspectionDate", "2025-07-31"));
    complete("foshan-samr", quality, "Task_RecordNoticeService", Map.of("serviceMethod", "DIRECT", "servedOn", today(), "seal", "INK"));
    JsonNode failed = find(http().get("/api/public/failed-products?jurisdiction=440000").json(), quality);
    assertThat(failed.get("finding").asText()).contains("GB/T 1499.2-2024");
    assertThat(failed.get("publishedUnder").asText()).contains("二(三)2");
    assertThat(failed.get("followUp").asText()).isNotBlank();
    assertThat(http().get("/public/failed-products").body()).contains("佛山公开测试钢材有限公司", "不合格产品及其生产企业");
    assertThat(http().get("/public/failed-products/feed.atom").body()).contains("/public/failed-products/" + quality);
  }

  @Test
  void failedProductsOfAPlanThatDoesNotOrderThemAreNotPublished() {
    at("2025-05-12");
    String producer = enterprise("weihai-samr", "371000", "STEEL", "威海公开测试钢材有限公司");
    String quality = open("weihai-samr", producer, "QUALITY", "钢筋重量偏差不合格");
    complete("weihai-samr", quality, "Task_IssueRectificationNotice", Map.of("rectificationRequirements", "停产整改"));
    complete("weihai-samr", quality, "Task_RecordNoticeService", Map.of("serviceMethod", "DIRECT", "servedOn", today(), "seal", "INK"));
    assertThat(http().get("/api/public/failed-products").body()).doesNotContain(quality);
    assertThat(http().get("/public/failed-products/" + quality).status()).isEqualTo(404);
    assertThat(http().get("/api/public/failed-products?jurisdiction=999999").status()).isEqualTo(400);
  }

  @Test
  void guangdongLicenceHoldersHavePermanentPagesAndAFeed() {
    at("2025-05-12");
    String code = enterprise("foshan-samr", "440600", "CEMENT", "佛山公开测试水泥有限公司");
    Http.Response licence = http().as("foshan-samr").post("/api/licences", Map.of("creditCode", code, "licenceType",
        "PRODUCTION_LICENCE", "licenceNumber", "XK08-" + code.substring(8, 17), "issuedOn", "2024-01-15", "validUntil", "2029-01-14"));
    assertThat(licence.status()).as(licence.body()).isEqualTo(201);
    long id = licence.json().get("id").asLong();
    assertThat(http().get("/public/licence-holders/" + id).body()).contains("佛山公开测试水泥有限公司", "XK08-");
    assertThat(http().get("/public/licence-holders/feed.atom?jurisdiction=440000").body()).contains("/public/licence-holders/" + id);
    assertThat(http().get("/public/licence-holders").body()).contains("/public/licence-holders/" + id);
  }

  private static JsonNode find(JsonNode list, String caseNumber) {
    for (JsonNode n : list) {
      if (n.get("caseNumber").asText().equals(caseNumber)) {
        return n;
      }
    }
    throw new AssertionError(caseNumber + " not published in " + list);
  }
}
