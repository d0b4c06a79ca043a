package cn.capacityexit.sealing;

import static cn.capacityexit.sealing.EliminationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.calendar.HandlingPeriods;
import cn.capacityexit.calendar.Deadlines;
import cn.capacityexit.rectification.RectificationProcess;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Dismantle or seal with the real rules, tables, evidence store and public site. */
class DismantleOrSealIntegrationTests extends IntegrationTest {

  static final byte[] PNG = bytes(new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}, "现场照片");
  static final byte[] JPEG = bytes(new int[] {0xFF, 0xD8, 0xFF, 0xE0}, "现场照片");
  static final byte[] PDF = "%PDF-1.4\n签字盖章的承诺书\n%%EOF".getBytes(StandardCharsets.UTF_8);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ComplaintRateLimiter limiter;
  @Autowired
  HandlingPeriods periods;

  @BeforeEach
  void freshLimits() {
    limiter.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static byte[] bytes(int[] magic, String rest) {
    byte[] tail = rest.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[magic.length + tail.length];
    for (int i = 0; i < magic.length; i++) {
      b[i] = (byte) magic[i];
    }
    System.arraycopy(tail, 0, b, magic.length, tail.length);
    return b;
  }

  /** A fresh enterprise with one line; returns the line id. */
  private long line(String officer, String jurisdiction, String sector, String equipmentType) {
    String first17 = "91" + jurisdiction + String.format("%09d", 660000000 + SEQUENCE.incrementAndGet() * 17);
    String code = first17 + CreditCode.checkCharacter(first17);
    Http http = http().as(officer);
    assertThat(http.post("/api/enterprises", Map.of("creditCode", code, "name", "淘汰测试企业" + SEQUENCE.get(),
        "jurisdiction", jurisdiction, "sector", sector)).status()).isEqualTo(201);
    Http.Response line = http.post("/api/enterprises/" + code + "/production-lines", Map.of("name", "1号" + equipmentType,
        "equipmentType", equipmentType, "capacity", 12.5, "capacityUnit", "万吨/年"));
    return line.json().get("id").asLong();
  }

  private String eliminate(String officer, long lineId) {
    Http.Response r = http().as(officer).post("/api/eliminations", Map.of("productionLineId", lineId,
        "catalogueItem", "产业结构调整指导目录（2024年本）淘汰类", "planYear", LocalDate.now().getYear()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("elimination").get("eliminationNumber").asText();
  }

  private Task task(String number, String key) {
    return engine.getTaskService().createTaskQuery().processVariableValueEquals(ELIMINATION_NUMBER, number)
        .taskDefinitionKey(key).singleResult();
  }

  private Http.Response complete(String officer, Task task, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((k, v) -> {
      if (v instanceof byte[] file) {
        typed.put(k, Map.of("value", Base64.getEncoder().encodeToString(file), "type", "File",
            "valueInfo", Map.of("filename", k + ".png", "mimetype", "image/png")));
      } else {
        typed.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String"));
      }
    });
    return http().as(officer).post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", typed));
  }

  private void completeOk(String officer, Task task, Map<String, Object> variables) {
    Http.Response r = complete(officer, task, variables);
    assertThat(r.status()).as(r.body()).isEqualTo(204);
  }

  private Http.Response upload(String officer, String number, String step, String name, byte[] content) {
    return http().as(officer).upload("/api/eliminations/" + number + "/evidence", Map.of("step", step), "file", name, content);
  }

  private Job job(String number, String activity) {
    String pi = engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals(ELIMINATION_NUMBER, number)
        .singleResult().getId();
    return engine.getManagementService().createJobQuery().processInstanceId(pi).activityId(activity).singleResult();
  }

  private JsonNode elimination(String officer, String number) {
    return http().as(officer).get("/api/eliminations/" + number).json();
  }

  @Test
  void aSealedLineIsPledgedAnnouncedEscalatedWhenOverdueAndDismantledWithEvidence() {
    long lineId = line("weihai-miit", "371000", "TEXTILES", "74型染整生产线");
    String number = eliminate("weihai-miit", lineId);
    assertThat(number).matches("CF-371000-\\d{4}-\\d{4}");
    String today = LocalDate.now(Deadlines.CHINA).toString();
    LocalDate deadline = LocalDate.now(Deadlines.CHINA).plusDays(60);
    completeOk("weihai-miit", task(number, TASK_ASSESS), Map.of(ELIMINATION_METHOD, "SEAL", DISMANTLE_DEADLINE, deadline.toString(),
        ASSESSMENT_NOTE, "主体设备暂不具备拆除条件"));

    // Missing evidence: the task cannot be completed.
    Task water = task(number, TASK_CUT_WATER);
    Http.Response missing = complete("weihai-miit", water, Map.of(STEP_DATE, today));
    assertThat(missing.status()).isGreaterThanOrEqualTo(400);
    assertThat(missing.body()).contains("缺少佐证材料").contains("断水");
    assertThat(task(number, TASK_CUT_WATER)).isNotNull();
    // Wrong type and too large are refused with a clear message; nothing is stored.
    Http.Response text = upload("weihai-miit", number, "WATER", "说明.txt", "只是文字".getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.json().get("errors").get(0).get("reason").asText()).contains("只接受JPEG、PNG图片或PDF文件");
    byte[] huge = new byte[(int) EvidenceStore.MAX_BYTES + 1];
    System.arraycopy(PNG, 0, huge, 0, PNG.length);
    Http.Response tooLarge = upload("weihai-miit", number, "WATER", "大图.png", huge);
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("20MB");
    assertThat(http().as("weihai-miit").get("/api/eliminations/" + number + "/evidence").json()).isEmpty();
    assertThat(upload("weihai-miit", number, "WATER", "断水.jpg", JPEG).status()).isEqualTo(201);
    completeOk("weihai-miit", water, Map.of(STEP_DATE, today));
    // The other measures upload their photos in the task form itself. Tasklist also submits the
    // form's hidden file inputs of the other measures, as empty files: they are no upload.
    completeOk("weihai-miit", task(number, TASK_CUT_POWER), Map.of(STEP_DATE, today, EVIDENCE_PREFIX + "POWER", PNG,
        EVIDENCE_PREFIX + "WATER", new byte[0], EVIDENCE_PREFIX + "POWER_UNITS", new byte[0], EVIDENCE_PREFIX + "SEAL", new byte[0]));
    completeOk("weihai-miit", task(number, TASK_REMOVE_POWER_UNITS), Map.of(STEP_DATE, today, EVIDENCE_PREFIX + "POWER_UNITS", PNG));
    completeOk("weihai-miit", task(number, TASK_SEAL), Map.of(STEP_DATE, today, EVIDENCE_PREFIX + "SEAL", PNG));

    JsonNode sealed = elimination("weihai-miit", number);
    assertThat(sealed.get("elimination").get("state").asText()).isEqualTo("SEALED");
    assertThat(sealed.get("evidence")).hasSize(4).allSatisfy(e -> {
      assertThat(e.get("sha256").asText()).hasSize(64);
      assertThat(e.get("uploadedBy").asText()).isEqualTo("weihai-miit");
    });
    assertThat(http().as("weihai-miit").get("/api/enterprises?jurisdiction=371000&size=200").status()).isEqualTo(200);
    String pledge = http().as("weihai-miit").get("/api/eliminations/" + number + "/pledge").body();
    assertThat(pledge).contains("承诺书").contains("1号74型染整生产线").contains("12.5万吨/年").contains(today).contains(deadline.toString());
    assertThat(http().as("jining-miit").get("/api/eliminations/" + number + "/pledge").status()).isEqualTo(403);

    Http.Response noPledge = complete("weihai-miit", task(number, TASK_UPLOAD_PLEDGE), Map.of());
    assertThat(noPledge.body()).contains("签字承诺书");
    assertThat(upload("weihai-miit", number, "PLEDGE", "承诺书.pdf", PDF).status()).isEqualTo(201);
    completeOk("weihai-miit", task(number, TASK_UPLOAD_PLEDGE), Map.of());

    JsonNode announcement = http().get("/api/public/announcements/" + number).json();
    assertThat(announcement.get("kind").asText()).isEqualTo("SEALED");
    assertThat(announcement.get("dismantleDeadline").asText()).isEqualTo(deadline.toString());
    assertThat(announcement.get("pledgeText").asText()).contains("不再恢复生产");
    assertThat(announcement.get("site").asText()).isEqualTo("威海市政府或部门网站");
    assertThat(http().get("/public/announcements").body()).contains("封存待拆除的生产线").contains(number);
    assertThat(http().get("/public/announcements/" + number).body()).contains("企业承诺书").contains("举报恢复生产");
    // Issue 18: the pledge (registered, no letterhead) and the announcement are documents of the record, public as PDF.
    JsonNode documents = http().as("weihai-miit").get("/api/documents?reference=" + number).json();
    assertThat(documents).extracting(d -> d.get("kind").asText()).contains("PLEDGE", "ANNOUNCEMENT");
    JsonNode announcementDocument = null;
    for (JsonNode d : documents) {
      if (d.get("kind").asText().equals("ANNOUNCEMENT")) {
        announcementDocument = d;
      }
    }
    assertThat(announcementDocument.get("number").asText()).startsWith("威工信公告〔");
    assertThat(http().get("/public/announcements/" + number).body()).contains("公告和承诺书原文")
        .contains("/api/public/documents/" + announcementDocument.get("id").asText() + "/pdf");
    Http.Download pdf = http().download("/api/public/documents/" + announcementDocument.get("id").asText() + "/pdf");
    assertThat(pdf.status()).as("anyone reads the announcement").isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    JsonNode caseDocument = null;
    for (JsonNode d : http().as("weihai-miit").get("/api/documents?reference=" + number).json()) {
      caseDocument = d.get("kind").asText().equals("PLEDGE") ? d : caseDocument;
    }
    assertThat(caseDocument).isNotNull();
    assertThat(http().get("/public/announcements/feed.atom").body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        .contains("/public/announcements/" + number);

    // The deadline passes: escalation to the head and the province, and a credit record.
    ClockUtil.setCurrentTime(Date.from(Deadlines.endOfDay(deadline).plusSeconds(3600)));
    engine.getManagementService().executeJob(job(number, TIMER_DISMANTLE_DEADLINE).getId());
    engine.getManagementService().executeJob(job(number, TASK_RECORD_OVERDUE).getId());
    assertThat(elimination("weihai-miit", number).get("elimination").get("overdue").asBoolean()).isTrue();
    Task supervise = task(number, TASK_SUPERVISE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(supervise.getId())).extracting(l -> l.getGroupId())
        .contains("miit-371000-head", "miit-370000");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM cr_credit_record WHERE record_key = ?").param(number + ":DISMANTLE_OVERDUE")
        .query(Long.class).single()).isEqualTo(1);

    // Dismantled with evidence before, during and after; accepted; re-inspections scheduled.
    Task dismantle = task(number, TASK_DISMANTLE_SEALED);
    assertThat(complete("weihai-miit", dismantle, Map.of(DISMANTLED_ON, today)).body()).contains("拆除前").contains("拆除中").contains("拆除后");
    completeOk("weihai-miit", dismantle, Map.of(DISMANTLED_ON, today, EVIDENCE_PREFIX + "BEFORE", PNG,
        EVIDENCE_PREFIX + "DURING", PNG, EVIDENCE_PREFIX + "AFTER", JPEG));
    completeOk("weihai-miit", task(number, TASK_ACCEPT), Map.of(ACCEPTANCE_RESULT, "PASSED", ACCEPTANCE_FINDINGS, "主体设备已全部拆除"));
    JsonNode done = elimination("weihai-miit", number);
    assertThat(done.get("elimination").get("state").asText()).isEqualTo("DISMANTLED");
    assertThat(http().as("weihai-miit").get("/api/enterprises").status()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT status FROM reg_production_line WHERE id = ?").param(lineId).query(String.class).single()).isEqualTo("DISMANTLED");
    assertThat(jdbc.sql("SELECT method FROM ex_capacity_exit WHERE line_id = ?").param(lineId).query(String.class).single()).isEqualTo("DISMANTLED");
    JsonNode updated = http().get("/api/public/announcements/" + number).json();
    assertThat(updated.get("kind").asText()).isEqualTo("DISMANTLED");
    assertThat(updated.get("dismantledOn").asText()).isEqualTo(today);
    Job firstReinspection = job(number, TIMER_REINSPECTION);
    assertThat(firstReinspection.getDuedate()).isEqualTo(periods.reinspectionsAfter(Deadlines.today(java.time.Clock.fixed(
        ClockUtil.getCurrentTime().toInstant(), Deadlines.CHINA))).get(0));
  }

  @Test
  void inductionFurnacesForSubstandardSteelCannotBeSealed() {
    long lineId = line("jining-miit", "370800", "STEEL", "中频感应炉");
    String number = eliminate("jining-miit", lineId);
    Http.Response seal = complete("jining-miit", task(number, TASK_ASSESS), Map.of(ELIMINATION_METHOD, "SEAL",
        DISMANTLE_DEADLINE, LocalDate.now().plusDays(30).toString(), ASSESSMENT_NOTE, "申请封存"));
    assertThat(seal.status()).isGreaterThanOrEqualTo(400);
    assertThat(seal.body()).contains("不得封存");
    completeOk("jining-miit", task(number, TASK_ASSESS), Map.of(ELIMINATION_METHOD, "DISMANTLE", ASSESSMENT_NOTE, "立即拆除"));
    assertThat(task(number, TASK_DISMANTLE)).isNotNull();
  }

  @Test
  void onlyGuangdongMayKeepCoalPowerClosedButNotDismantled() {
    long foshan = line("foshan-energy", "440600", "POWER", "燃煤发电机组");
    String number = eliminate("foshan-energy", foshan);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(number, TASK_ASSESS).getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("energy-440600"));
    completeOk("foshan-energy", task(number, TASK_ASSESS), Map.of(ELIMINATION_METHOD, "RESERVE", ASSESSMENT_NOTE, "转应急备用"));
    assertThat(jdbc.sql("SELECT status FROM reg_production_line WHERE id = ?").param(foshan).query(String.class).single()).isEqualTo("CLOSED");
    assertThat(http().get("/api/public/announcements/" + number).json().get("kind").asText()).isEqualTo("RESERVE");
    assertThat(job(number, TIMER_RESERVE_REVIEW)).isNotNull();

    long jining = line("jining-energy", "370800", "POWER", "燃煤发电机组");
    String other = eliminate("jining-energy", jining);
    Http.Response refused = complete("jining-miit", task(other, TASK_ASSESS), Map.of(ELIMINATION_METHOD, "RESERVE", ASSESSMENT_NOTE, "x"));
    assertThat(refused.body()).contains("不允许");
  }

  @Test
  void theSamePublicAnnouncedLineCannotBeEliminatedTwiceAndBadRequestsAreRefused() {
    long lineId = line("weihai-miit", "371000", "CEMENT", "水泥磨机");
    eliminate("weihai-miit", lineId);
    Http weihai = http().as("weihai-miit");
    Http.Response twice = weihai.post("/api/eliminations", Map.of("productionLineId", lineId, "catalogueItem", "x", "planYear", 2025));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("不能重复登记");
    Http.Response bad = weihai.post("/api/eliminations", Map.of("productionLineId", 99999999, "planYear", 1990));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("productionLineId").contains("catalogueItem").contains("planYear");
    long jining = line("jining-miit", "370800", "CEMENT", "水泥磨机");
    assertThat(weihai.post("/api/eliminations", Map.of("productionLineId", jining, "catalogueItem", "x", "planYear", 2025)).status())
        .isEqualTo(403);
    assertThat(http().post("/api/eliminations", Map.of()).status()).isEqualTo(401);
  }

  @Test
  void anyoneMayReportRevivedProductionAndAConfirmedReportClosesTheEnterprise() {
    long lineId = line("liaocheng-miit", "371500", "FLAT_GLASS", "平拉工艺平板玻璃生产线");
    String number = eliminate("liaocheng-miit", lineId);
    String today = LocalDate.now(Deadlines.CHINA).toString();
    completeOk("liaocheng-miit", task(number, TASK_ASSESS), Map.of(ELIMINATION_METHOD, "SEAL",
        DISMANTLE_DEADLINE, LocalDate.now().plusDays(90).toString(), ASSESSMENT_NOTE, "先封存"));
    for (String key : new String[] {TASK_CUT_WATER, TASK_CUT_POWER, TASK_REMOVE_POWER_UNITS, TASK_SEAL}) {
      String step = switch (key) {
        case TASK_CUT_WATER -> "WATER";
        case TASK_CUT_POWER -> "POWER";
        case TASK_REMOVE_POWER_UNITS -> "POWER_UNITS";
        default -> "SEAL";
      };
      completeOk("liaocheng-miit", task(number, key), Map.of(STEP_DATE, today, EVIDENCE_PREFIX + step, PNG));
    }
    completeOk("liaocheng-miit", task(number, TASK_UPLOAD_PLEDGE), Map.of(EVIDENCE_PREFIX + "PLEDGE", PDF));

    Http anyone = http();
    Http.Response empty = anyone.post("/api/public/complaints", Map.of("announcement", number, "content", " "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("content");
    assertThat(anyone.post("/api/public/complaints", Map.of("announcement", "CF-000000-0000-0000", "content", "x")).status()).isEqualTo(404);
    Http.Response ok = anyone.post("/api/public/complaints", Map.of("announcement", number, "content", "夜间看到生产线冒烟，疑似恢复生产",
        "location", "聊城市经济技术开发区"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(202);
    Task inspection = task(number, TASK_INSPECT_REVIVAL);
    assertThat(engine.getTaskService().getVariableLocal(inspection.getId(), COMPLAINT_CONTENT)).isEqualTo("夜间看到生产线冒烟，疑似恢复生产");
    // Five accepted reports an hour from one address (the two refused ones above do not count): the sixth is turned away.
    for (int i = 2; i <= 5; i++) {
      assertThat(anyone.post("/api/public/complaints", Map.of("announcement", number, "content", "重复举报" + i)).status()).isEqualTo(202);
    }
    Http.Response limited = anyone.post("/api/public/complaints", Map.of("announcement", number, "content", "第六次"));
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body()).contains("提交过于频繁");

    completeOk("liaocheng-miit", inspection, Map.of(REVIVAL_CONFIRMED, true, INSPECTION_FINDINGS, "现场核查，封条被破坏，设备运转"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM cr_credit_record WHERE record_key LIKE ?").param(number + ":REVIVAL:%")
        .query(Long.class).single()).isEqualTo(1);
    String caseNumber = jdbc.sql("SELECT case_number FROM rc_case_line WHERE line_id = ?").param(lineId).query(String.class).single();
    JsonNode c = http().as("liaocheng-miit").get("/api/cases/" + caseNumber).json().get("case");
    assertThat(c.get("dimension").asText()).isEqualTo("TECHNOLOGY");
    assertThat(c.get("severity").asText()).isEqualTo("SERIOUS");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(RectificationProcess.TASK_PROPOSE_CLOSURE).count()).as("the closure procedure, issue 13 item 1").isEqualTo(1);
    JsonNode complaints = elimination("liaocheng-miit", number).get("complaints");
    assertThat(complaints).hasSize(5);
    assertThat(complaints.get(0).get("state").asText())
        .as("the first report is the one the officer confirmed").isEqualTo("CONFIRMED");
    assertThat(engine.getTaskService().createTaskQuery().processVariableValueEquals(ELIMINATION_NUMBER, number)
        .taskDefinitionKey(TASK_INSPECT_REVIVAL).count()).as("one inspection per report").isEqualTo(4);
  }
}
