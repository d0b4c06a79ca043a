package cn.capacityexit.licences;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, licensing gates: an applicant with an open case or a line listed for elimination is refused the licence
 * the plan of its jurisdiction bars, with the clause; every check is answered in the caller's jurisdiction only.
 */
class LicenceGateIntegrationTests extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;

  private String enterprise(String officer, String jurisdiction, String sector) {
    String first17 = "91" + jurisdiction + String.format("%09d", 990000000 - SEQUENCE.incrementAndGet() * 7);
    String code = first17 + CreditCode.checkCharacter(first17);
    assertThat(http().as(officer).post("/api/enterprises", Map.of("creditCode", code, "name", "许可审查测试企业" + SEQUENCE.get(),
        "jurisdiction", jurisdiction, "sector", sector)).status()).isEqualTo(201);
    return code;
  }

  /** Lists a line of the enterprise for elimination (dismantle-or-seal starts: assessing). */
  private String eliminate(String officer, String code, String equipmentType) {
    Http http = http().as(officer);
    Http.Response line = http.post("/api/enterprises/" + code + "/production-lines", Map.of("name", "1号" + equipmentType,
        "equipmentType", equipmentType, "capacity", 10, "capacityUnit", "万吨/年"));
    assertThat(line.status()).as(line.body()).isEqualTo(201);
    Http.Response started = http.post("/api/eliminations", Map.of("productionLineId", line.json().get("id").asLong(),
        "catalogueItem", "产业结构调整指导目录（2024年本）淘汰类", "planYear", LocalDate.now().getYear()));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().get("elimination").get("eliminationNumber").asText();
  }

  private JsonNode check(String officer, String code, String type, String application) {
    Http.Response r = http().as(officer).post("/api/licence-checks", Map.of("creditCode", code, "licenceType", type,
        "application", application));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void guangdongDoesNotEvenAcceptAProductionLicenceApplicationOfAnEnterpriseWithALineListedForElimination() {
    String code = enterprise("foshan-energy", "440600", "POWER");
    String number = eliminate("foshan-energy", code, "燃煤发电机组");
    JsonNode answer = check("foshan-samr", code, "PRODUCTION_LICENCE", "NEW");
    assertThat(answer.get("decision").asText()).isEqualTo("NOT_ACCEPTED");
    assertThat(answer.get("decisionName").asText()).isEqualTo("不予受理");
    assertThat(answer.get("legalBasis").asText()).contains("广东省2023年", "二(三)1");
    assertThat(answer.get("eliminations").get(0).asText()).isEqualTo(number);
    assertThat(answer.get("checkedBy").asText()).isEqualTo("foshan-samr");
    // Guangdong's plan bars no pollutant permit: the licensing law applies as usual.
    assertThat(check("foshan-eco", code, "POLLUTANT_PERMIT", "NEW").get("decision").asText()).isEqualTo("ALLOWED");
  }

  @Test
  void weihaiRefusesThePollutantPermitOfEquipmentListedForElimination() {
    String code = enterprise("weihai-miit", "371000", "CHEMICALS");
    assertThat(check("weihai-eco", code, "POLLUTANT_PERMIT", "RENEWAL").get("decision").asText()).as("nothing listed yet")
        .isEqualTo("ALLOWED");
    eliminate("weihai-miit", code, "间歇式反应釜");
    JsonNode answer = check("weihai-eco", code, "POLLUTANT_PERMIT", "RENEWAL");
    assertThat(answer.get("decision").asText()).isEqualTo("REFUSE");
    assertThat(answer.get("reason").asText()).startsWith("坚决不予发证");
    assertThat(answer.get("legalBasis").asText()).isEqualTo("威工信字〔2021〕63号 三(二)");
  }

  @Test
  void liaochengRefusesNewWaterPermitsAndTheirRenewalWhileEquipmentIsListedForElimination() {
    String code = enterprise("liaocheng-miit", "371500", "TEXTILES");
    eliminate("liaocheng-miit", code, "高耗水印染设备");
    JsonNode fresh = check("liaocheng-water", code, "WATER_PERMIT", "NEW");
    assertThat(fresh.get("decision").asText()).isEqualTo("REFUSE");
    assertThat(fresh.get("reason").asText()).startsWith("不予批准水资源论证和取水许可申请");
    JsonNode renewal = check("liaocheng-water", code, "WATER_PERMIT", "RENEWAL");
    assertThat(renewal.get("reason").asText()).startsWith("不予批准取水许可延续和变更申请");
    assertThat(renewal.get("legalBasis").asText()).contains("聊城市2025年", "二(五)4");
  }

  @Test
  void anOpenCaseBarsAProductionLicenceInShandongAndTheCheckIsForTheApplicantsJurisdictionOnly() {
    String code = enterprise("jining-miit", "370800", "CEMENT");
    Http.Response opened = http().as("jining-miit").post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
        "description", "熟料综合能耗超过限额标准"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonNode answer = check("jining-samr", code, "PRODUCTION_LICENCE", "NEW");
    assertThat(answer.get("decision").asText()).isEqualTo("REFUSE");
    assertThat(answer.get("reason").asText()).startsWith("一律不予许可");
    assertThat(answer.get("legalBasis").asText()).isEqualTo("鲁工信产〔2022〕124号 二(三)1");
    assertThat(answer.get("openCases").get(0).asText()).isEqualTo(opened.json().get("caseNumber").asText());

    assertThat(http().as("weihai-samr").post("/api/licence-checks", Map.of("creditCode", code, "licenceType", "PRODUCTION_LICENCE"))
        .status()).isEqualTo(403);
    Http.Response wrongType = http().as("jining-samr").post("/api/licence-checks", Map.of("creditCode", code, "licenceType", "PERMIT"));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.body()).contains("licenceType", "许可类型应为");
    assertThat(http().as("jining-samr").post("/api/licence-checks", Map.of("creditCode", "91370800000000000X",
        "licenceType", "PRODUCTION_LICENCE")).status()).isEqualTo(404);
  }

  /** Liaocheng 二(三)1: its own plan's clause, for an applicant of the city with an open case. */
  @Test
  void anOpenCaseBarsAProductionLicenceInLiaochengUnderItsOwnPlan() {
    String code = enterprise("liaocheng-miit", "371500", "CEMENT");
    Http.Response opened = http().as("liaocheng-miit").post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
        "description", "熟料综合能耗超过限额标准"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonNode answer = check("liaocheng-samr", code, "PRODUCTION_LICENCE", "NEW");
    assertThat(answer.get("decision").asText()).isEqualTo("REFUSE");
    assertThat(answer.get("legalBasis").asText()).contains("聊城市2025年", "二(三)1");
  }

  /** The same gate from Tasklist: the start form of 许可审查, then the officer records the department's decision. */
  @Test
  void aLicensingOfficerAsksInTasklistAndRecordsTheDepartmentsDecision() {
    String code = enterprise("jining-miit", "370800", "STEEL");
    eliminate("jining-miit", code, "中频感应炉");
    Map<String, Object> form = Map.of("variables", Map.of(
        "enterpriseCreditCode", Map.of("value", code, "type", "String"),
        "licenceType", Map.of("value", "PRODUCTION_LICENCE", "type", "String"),
        "application", Map.of("value", "NEW", "type", "String")));
    assertThat(http().as("weihai-samr").post("/engine-rest/process-definition/key/licence-check/submit-form", form).status())
        .as("another city's officer").isIn(403, 404);
    Http.Response started = http().as("jining-samr").post("/engine-rest/process-definition/key/licence-check/submit-form", form);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().get("id").asText();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getAssignee()).isEqualTo("jining-samr");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).anySatisfy(l ->
        assertThat(l.getGroupId()).isEqualTo("samr-370800"));
    assertThat(task.getDueDate()).isNotNull();
    assertThat(task.getTenantId()).isEqualTo("370800");
    assertThat(engine.getRuntimeService().getVariable(instance, "gateDecisionName")).isEqualTo("不予许可");
    assertThat((String) engine.getRuntimeService().getVariable(instance, "gateLegalBasis")).contains("鲁工信产〔2022〕124号");
    Http.Response empty = http().as("jining-samr").post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of()));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("decisionNote");
    Http.Response done = http().as("jining-samr").post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of(
        "decisionNote", Map.of("value", "依审查结论作出不予许可决定", "type", "String"),
        "decisionDocument", Map.of("value", "济市监许不〔2026〕1号", "type", "String"))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(jdbc.sql("SELECT recorded_by FROM lic_check WHERE process_instance_id = ?").param(instance).query(String.class).single())
        .isEqualTo("jining-samr");
  }

  /** The licence register, and Guangdong 2023 二(三)1-b: the holders of production licences published. */
  @Test
  void theIssuingDepartmentRegistersLicencesAndGuangdongPublishesItsProductionLicenceHolders() {
    String code = enterprise("foshan-energy", "440600", "CEMENT");
    String name = "许可审查测试企业" + SEQUENCE.get();
    Map<String, Object> licence = Map.of("creditCode", code, "licenceType", "PRODUCTION_LICENCE", "licenceNumber",
        "XK08-001-" + code.substring(10, 17), "issuedOn", "2024-05-01", "validUntil", "2029-04-30");
    assertThat(http().as("foshan-eco").post("/api/licences", licence).status()).as("not the issuing department").isEqualTo(403);
    Http.Response registered = http().as("foshan-samr").post("/api/licences", licence);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    assertThat(registered.json().get("issuingAuthority").asText()).isEqualTo("佛山市市场监督管理局");
    assertThat(http().as("foshan-samr").post("/api/licences", licence).status()).as("the same number twice").isEqualTo(409);
    Http.Response future = http().as("foshan-samr").post("/api/licences", Map.of("creditCode", code, "licenceType", "PRODUCTION_LICENCE",
        "licenceNumber", "XK08-002", "issuedOn", "2099-01-01"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body()).contains("issuedOn", "发证日期不能晚于今天");

    JsonNode guangdong = http().get("/api/public/licence-holders?jurisdiction=440000").json();
    assertThat(guangdong.get("published").asBoolean()).isTrue();
    assertThat(guangdong.get("legalBasis").asText()).contains("广东省2023年", "二(三)1");
    assertThat(guangdong.get("holders")).anySatisfy(h -> assertThat(h.get("creditCode").asText()).isEqualTo(code));
    assertThat(http().get("/public/licence-holders?jurisdiction=440600").body()).contains(name, "佛山市工业产品生产许可证获证企业");
    JsonNode shandong = http().get("/api/public/licence-holders?jurisdiction=370000").json();
    assertThat(shandong.get("published").asBoolean()).as("Shandong's plan orders no publication").isFalse();
    assertThat(shandong.get("holders")).isEmpty();

    assertThat(http().as("foshan-miit").get("/api/licences?creditCode=" + code).json()).hasSize(1);
    assertThat(http().as("weihai-miit").get("/api/licences?creditCode=" + code).status()).isEqualTo(403);
  }
}
