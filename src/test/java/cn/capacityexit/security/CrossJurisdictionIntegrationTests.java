package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.rectification.RectificationProcess;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Jining officer tries every read and write of a Weihai case and a Weihai elimination, through
 * the product's /api and through the engine REST API: each is refused (403, or 404 where the
 * engine's tenant check hides the object), and the Weihai records are unchanged afterwards.
 */
class CrossJurisdictionIntegrationTests extends IntegrationTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void aJiningOfficerCanNeitherReadNorChangeWeihaiWork() {
    Http weihai = http().as("weihai-miit");
    String enterprise = "913710005706335203";
    Http.Response opened = weihai.post("/api/cases", Map.of("enterpriseCreditCode", enterprise, "dimension", "ENERGY",
        "description", "熟料综合能耗超标"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String caseNumber = opened.json().get("caseNumber").asText();
    String processInstance = opened.json().get("processInstanceId").asText();
    JsonNode lines = weihai.get("/api/enterprises/" + enterprise + "/production-lines").json().get("items");
    long lineId = lines.get(lines.size() - 1).get("id").asLong();
    Http.Response eliminated = weihai.post("/api/eliminations", Map.of("productionLineId", lineId, "catalogueItem", "淘汰类 测试", "planYear", 2026));
    String elimination = eliminated.status() == 201 ? eliminated.json().get("elimination").get("eliminationNumber").asText() : null;
    String campaign = weihai.post("/api/campaigns", Map.of("jurisdiction", "371000", "year", 2026)).json().get("campaignId").asText();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(processInstance).singleResult().getId();
    String before = weihai.get("/api/cases/" + caseNumber).body();

    Http jining = http().as("jining-miit");
    List<Http.Response> product = new java.util.ArrayList<>(List.of(
        jining.get("/api/cases/" + caseNumber),
        jining.get("/api/cases?jurisdiction=371000"),
        jining.post("/api/cases/" + caseNumber + "/rectification-report", Map.of("description", "已整改")),
        jining.post("/api/cases/" + caseNumber + "/extension-request", Map.of("months", 3, "reason", "延期")),
        jining.post("/api/cases", Map.of("enterpriseCreditCode", enterprise, "dimension", "SAFETY", "description", "越权登记")),
        jining.get("/api/campaigns/" + campaign),
        jining.post("/api/campaigns", Map.of("jurisdiction", "371000", "year", 2025)),
        jining.get("/api/reports/annual-exits?jurisdiction=371000&year=2026"),
        jining.get("/api/dashboard?jurisdiction=371000"),
        jining.post("/api/eliminations", Map.of("productionLineId", lineId, "catalogueItem", "淘汰类", "planYear", 2026)),
        jining.put("/api/enterprises/" + enterprise, Map.of("creditCode", enterprise, "name", "改名", "jurisdiction", "371000",
            "sector", "CEMENT")),
        jining.post("/api/enterprises/" + enterprise + "/production-lines", Map.of("name", "越权线", "equipmentType", "x",
            "capacity", 1, "capacityUnit", "吨/日"))));
    if (elimination != null) {
      product.addAll(List.of(
          jining.get("/api/eliminations/" + elimination),
          jining.get("/api/eliminations/" + elimination + "/evidence"),
          jining.get("/api/eliminations/" + elimination + "/pledge"),
          jining.upload("/api/eliminations/" + elimination + "/evidence", Map.of("step", "WATER"), "file", "a.pdf",
              "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8)),
          jining.post("/api/eliminations/" + elimination + "/complaints", Map.of("content", "越权举报"))));
    }
    for (Http.Response r : product) {
      assertThat(r.status()).as(r.body()).isIn(403, 404);
    }

    List<Http.Response> rest = List.of(
        jining.get("/engine-rest/process-instance/" + processInstance),
        jining.get("/engine-rest/process-instance/" + processInstance + "/variables"),
        jining.post("/engine-rest/process-instance/" + processInstance + "/variables", Map.of("modifications",
            Map.of("description", Map.of("value", "篡改", "type", "String")))),
        jining.send("DELETE", "/engine-rest/process-instance/" + processInstance, null, null),
        jining.get("/engine-rest/task/" + task),
        jining.get("/engine-rest/task/" + task + "/variables"),
        jining.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "jining-miit")),
        jining.post("/engine-rest/task/" + task + "/complete", Map.of()),
        jining.post("/engine-rest/message", Map.of("messageName", "PoliceTransferRequested",
            "businessKey", caseNumber)));
    for (Http.Response r : rest) {
      assertThat(r.status()).as(r.body()).isIn(400, 403, 404);
    }
    assertThat(jining.get("/engine-rest/process-instance?businessKey=" + caseNumber).json()).isEmpty();
    assertThat(jining.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber).json()).isEmpty();
    assertThat(jining.get("/engine-rest/history/variable-instance?processInstanceId=" + processInstance).json()).isEmpty();
    assertThat(jining.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber).json()).isEmpty();

    assertThat(weihai.get("/api/cases/" + caseNumber).body()).as("the Weihai case is unchanged").isEqualTo(before);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(engine.getRuntimeService().getVariable(processInstance, "description")).isNotEqualTo("篡改");
  }
}
