package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.rectification.RectificationProcess;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11: process variables are input, never authority. Each test is one attack that an officer
 * with nothing but a demo login made against a running instance, through the engine REST API or
 * Tasklist's API; each is refused with 4xx and a Chinese reason, and nothing is recorded.
 */
class ProcessIntegrityIntegrationTests extends IntegrationTest {

  static final String WEIHAI_CEMENT = "913710005706335203";
  static final String WEIHAI_TYRES = "91371000570712712F";
  static final String JINING_COKING = "91370800570079195T";
  static final String JINING_STEEL = "91370800570316760X";
  static final String JINING_CEMENT = "91370800570237579K";
  static final String JINING_COAL = "91370800570395956H";

  @Autowired
  ProcessEngine engine;

  // Attack 1 and 4: a variable naming another jurisdiction's case, or switching off the approval, on one's own task.
  @Test
  void aNoticeTaskRefusesVariablesItsFormDoesNotDeclare() {
    String[] weihai = openCase(http().as("weihai-miit"), WEIHAI_CEMENT, "ENERGY");
    String[] jining = openCase(http().as("jining-miit"), JINING_COKING, "ENERGY");
    Task notice = task(jining[1], RectificationProcess.TASK_ISSUE_NOTICE);
    String officer = workerOf(notice);
    Http as = http().as(officer);
    assertThat(as.post("/engine-rest/task/" + notice.getId() + "/claim", Map.of("userId", officer)).status()).isEqualTo(204);

    Http.Response injected = as.post("/engine-rest/task/" + notice.getId() + "/complete",
        Map.of("variables", vars(noticeFields(), "caseNumber", weihai[0])));
    assertThat(injected.status()).as(injected.body()).isEqualTo(400);
    assertThat(injected.json().get("message").asText()).contains("caseNumber").contains("不能");
    assertThat(injected.body()).doesNotContain("Exception").doesNotContain("cn.capacityexit");

    Http.Response noApproval = as.post("/engine-rest/task/" + notice.getId() + "/complete",
        Map.of("variables", vars(noticeFields(), "needsGovernmentApproval", false)));
    assertThat(noApproval.status()).as(noApproval.body()).isEqualTo(400);
    assertThat(noApproval.json().get("message").asText()).contains("needsGovernmentApproval");

    Http.Response form = as.post("/engine-rest/task/" + notice.getId() + "/submit-form",
        Map.of("variables", vars(noticeFields(), "jurisdictionCode", "371000")));
    assertThat(form.status()).as(form.body()).isEqualTo(400);

    JsonNode weihaiCase = http().as("weihai-miit").get("/api/cases/" + weihai[0]).json().get("case");
    assertThat(weihaiCase.get("yellowListedAt").isNull()).as(weihaiCase.toString()).isTrue();
    assertThat(http().get("/api/public/lists/yellow").body()).doesNotContain(WEIHAI_CEMENT);
    assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).singleResult()).isNotNull();

    Http.Response lawful = as.post("/engine-rest/task/" + notice.getId() + "/complete", Map.of("variables", vars(noticeFields())));
    assertThat(lawful.status()).as(lawful.body()).isEqualTo(204);
    Task service = task(jining[1], RectificationProcess.TASK_RECORD_NOTICE_SERVICE);
    Http.Response served = as.post("/engine-rest/task/" + service.getId() + "/complete", Map.of("variables", vars(Map.of(
        "serviceMethod", "DIRECT", "seal", "INK", "servedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()))));
    assertThat(served.status()).as(served.body()).isEqualTo(204);
    assertThat(http().as("jining-miit").get("/api/cases/" + jining[0]).json().get("case").get("yellowListedAt").isNull()).isFalse();
  }

  // Attack 1 (the same through Tasklist's own API, with the webapp session).
  @Test
  void tasklistsApiRefusesTheSameInjection() {
    String[] weihai = openCase(http().as("weihai-miit"), WEIHAI_TYRES, "SAFETY");
    String[] jining = openCase(http().as("jining-miit"), JINING_STEEL, "ENERGY");
    Task notice = task(jining[1], RectificationProcess.TASK_ISSUE_NOTICE);
    String officer = workerOf(notice);
    Http browser = http().loginToWebapp("tasklist", officer, PASSWORD);
    String api = "/camunda/api/engine/engine/default/task/" + notice.getId();
    assertThat(browser.get(api).status()).isEqualTo(200);
    assertThat(browser.post(api + "/claim", Map.of("userId", officer)).status()).isEqualTo(204);
    Http.Response injected = browser.post(api + "/submit-form", Map.of("variables", vars(noticeFields(), "caseNumber", weihai[0])));
    assertThat(injected.status()).as(injected.body()).isEqualTo(400);
    assertThat(injected.json().get("message").asText()).contains("caseNumber");
  }

  // Attack 1 on dismantle-or-seal: an assessment naming another jurisdiction's elimination.
  @Test
  void anAssessmentTaskRefusesAnotherEliminationsNumber() {
    String weihai = eliminate(http().as("weihai-miit"), WEIHAI_CEMENT);
    String jining = eliminate(http().as("jining-miit"), JINING_STEEL);
    String pi = jdbc.sql("SELECT process_instance_id FROM ds_elimination WHERE elimination_number = ?").param(jining)
        .query(String.class).single();
    Task assess = task(pi, cn.capacityexit.sealing.EliminationProcess.TASK_ASSESS);
    String officer = workerOf(assess);
    Http.Response injected = http().as(officer).post("/engine-rest/task/" + assess.getId() + "/complete",
        Map.of("variables", vars(Map.of("eliminationMethod", "DISMANTLE", "assessmentNote", "立即拆除"), "eliminationNumber", weihai)));
    assertThat(injected.status()).as(injected.body()).isEqualTo(400);
    assertThat(injected.json().get("message").asText()).contains("eliminationNumber");
    assertThat(jdbc.sql("SELECT state FROM ds_elimination WHERE elimination_number = ?").param(weihai).query(String.class).single())
        .isEqualTo("ASSESSING");
  }

  // Defence in depth: even a variable set by the product's own code cannot redirect a step to another case.
  @Test
  void aStepActsOnTheCaseOfItsOwnInstanceWhateverTheVariablesSay() {
    String[] weihai = openCase(http().as("weihai-miit"), WEIHAI_CEMENT, "QUALITY");
    String[] jining = openCase(http().as("jining-miit"), JINING_CEMENT, "ENERGY");
    Task notice = task(jining[1], RectificationProcess.TASK_ISSUE_NOTICE);
    engine.getTaskService().complete(notice.getId(),
        Map.of("rectificationRequirements", "按期整改", "caseNumber", weihai[0]));
    assertThat(http().as("jining-miit").get("/api/documents?reference=" + jining[0]).json())
        .as("the notice is the Jining case's, whatever the variable says").hasSize(1);
    assertThat(http().as("weihai-miit").get("/api/documents?reference=" + weihai[0]).json()).isEmpty();
    engine.getTaskService().complete(task(jining[1], RectificationProcess.TASK_RECORD_NOTICE_SERVICE).getId(),
        Map.of("serviceMethod", "DIRECT", "seal", "INK", "caseNumber", weihai[0],
            RectificationProcess.SERVED_ON, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
    assertThat(http().as("weihai-miit").get("/api/cases/" + weihai[0]).json().get("case").get("yellowListedAt").isNull()).isTrue();
    assertThat(http().as("jining-miit").get("/api/cases/" + jining[0]).json().get("case").get("yellowListedAt").isNull()).isFalse();
  }

  // Attack 2: starts through the engine REST API skip nothing.
  @Test
  void processesStartOnlyFromTheirStartFormsWithTheCallersChecks() {
    Http jining = http().as("jining-miit");
    long casesBefore = count("rc_case");
    Http.Response foreignTenant = jining.post("/engine-rest/process-definition/key/rectification-to-closure/start",
        Map.of("variables", vars(Map.of("enterpriseCreditCode", JINING_COKING, "dimension", "ENERGY", "description", "越权"),
            "jurisdictionCode", "371000")));
    assertThat(foreignTenant.status()).as(foreignTenant.body()).isEqualTo(400);

    Http.Response foreignEnterprise = jining.post("/engine-rest/process-definition/key/rectification-to-closure/submit-form",
        Map.of("variables", vars(Map.of("enterpriseCreditCode", WEIHAI_TYRES, "dimension", "ENERGY", "description", "越权"))));
    assertThat(foreignEnterprise.status()).as(foreignEnterprise.body()).isEqualTo(403);
    assertThat(foreignEnterprise.body()).doesNotContain("ForbiddenException").doesNotContain("cn.capacityexit");

    Http.Response businessKey = jining.post("/engine-rest/process-definition/key/rectification-to-closure/start",
        Map.of("businessKey", "ZG-371000-2026-0001",
            "variables", vars(Map.of("enterpriseCreditCode", JINING_COKING, "dimension", "ENERGY", "description", "自定编号"))));
    assertThat(businessKey.status()).as(businessKey.body()).isEqualTo(400);
    assertThat(count("rc_case")).isEqualTo(casesBefore);

    long eliminationsBefore = count("ds_elimination");
    JsonNode lines = http().as("weihai-miit").get("/api/enterprises/" + WEIHAI_TYRES + "/production-lines").json().get("items");
    Http.Response elimination = jining.post("/engine-rest/process-definition/key/dismantle-or-seal/start",
        Map.of("variables", vars(Map.of("productionLineId", lines.get(0).get("id").asLong(), "caseNumber", "ZG-370800-2026-9999"))));
    assertThat(elimination.status()).as(elimination.body()).isEqualTo(403);
    assertThat(count("ds_elimination")).isEqualTo(eliminationsBefore);

    long campaignsBefore = count("cp_campaign");
    Http.Response fakeParent = jining.post("/engine-rest/process-definition/key/annual-campaign/start",
        Map.of("variables", vars(Map.of("jurisdictionCode", "371000", "campaignYear", 2024), "parentCampaignId", "CP-370000-2024")));
    assertThat(fakeParent.status()).as(fakeParent.body()).isEqualTo(400);
    Http.Response foreignCampaign = jining.post("/engine-rest/process-definition/key/annual-campaign/start",
        Map.of("variables", vars(Map.of("jurisdictionCode", "371000", "campaignYear", 2024))));
    assertThat(foreignCampaign.status()).as(foreignCampaign.body()).isEqualTo(403);
    assertThat(count("cp_campaign")).isEqualTo(campaignsBefore);

    Http.Response launcher = jining.post("/engine-rest/process-definition/key/annual-campaign-launcher/start", Map.of());
    assertThat(launcher.status()).as(launcher.body()).isIn(403);
  }

  // Attack 3: messages, signals and instance modification are the product's.
  @Test
  void noUserCanSendTheProductsMessagesOrModifyInstances() {
    long casesBefore = count("rc_case");
    Http jining = http().as("jining-miit");
    Http.Response revival = jining.post("/engine-rest/message", Map.of("messageName", "RevivalConfirmed",
        "processVariables", vars(Map.of("enterpriseCreditCode", JINING_COKING, "dimension", "ENERGY", "description", "复产",
            "jurisdictionCode", "370800"))));
    assertThat(revival.status()).as(revival.body()).isEqualTo(403);
    assertThat(revival.json().get("message").asText()).contains("只能由系统");
    Http.Response admin = http().as("admin").post("/engine-rest/message", Map.of("messageName", "RevivalConfirmed",
        "processVariables", vars(Map.of("enterpriseCreditCode", JINING_COKING, "dimension", "ENERGY", "description", "复产"))));
    assertThat(admin.status()).as(admin.body()).isEqualTo(403);
    assertThat(jining.post("/engine-rest/signal", Map.of("name", "anything")).status()).isEqualTo(403);
    assertThat(count("rc_case")).isEqualTo(casesBefore);

    String[] jiningCase = openCase(jining, JINING_STEEL, "SAFETY");
    String variable = "/engine-rest/process-instance/" + jiningCase[1] + "/variables/needsGovernmentApproval";
    assertThat(jining.put(variable, Map.of("value", false, "type", "Boolean")).status()).isEqualTo(403);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(jiningCase[1]).list().get(0);
    assertThat(http().as(workerOf(task)).post("/engine-rest/task/" + task.getId() + "/variables",
        Map.of("modifications", vars(Map.of("caseNumber", "ZG-371000-2026-0001")))).status()).isEqualTo(403);
    assertThat(http().as("admin").post("/engine-rest/process-instance/" + jiningCase[1] + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", RectificationProcess.TASK_ISSUE_CLOSURE_ORDER))))
        .status()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(jiningCase[1])
        .taskDefinitionKey(RectificationProcess.TASK_ISSUE_CLOSURE_ORDER).count()).isZero();

    // An unhandled BPMN error would end the case silently; a task's addressees and dates are the process's.
    Http worker = http().as(workerOf(task));
    assertThat(worker.post("/engine-rest/task/" + task.getId() + "/bpmnError", Map.of("errorCode", "end")).status()).isEqualTo(403);
    assertThat(worker.put("/engine-rest/task/" + task.getId(), Map.of("name", task.getName(), "due", "2099-01-01T00:00:00.000+0000"))
        .status()).isEqualTo(403);
    assertThat(worker.post("/engine-rest/task/" + task.getId() + "/identity-links", Map.of("groupId", "miit-371000", "type", "candidate"))
        .status()).isEqualTo(403);
    assertThat(worker.post("/engine-rest/task/" + task.getId() + "/assignee", Map.of("userId", "weihai-miit")).status()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(jiningCase[1]).count()).isOne();
  }

  // Attack 6: deploying a model is not running code.
  @Test
  void anAnalystCannotDeployAModelThatRunsCode() throws Exception {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="Definitions_Attack" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="attack" name="攻击" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="Event_Start">
              <bpmn:timerEventDefinition id="Timer_1">
                <bpmn:timeDate>${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/pwned')}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:startEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;
    long before = engine.getRepositoryService().createDeploymentQuery().count();
    Http.Response refused = http().as("analyst").upload("/engine-rest/deployment/create", Map.of("deployment-name", "attack"),
        "attack.bpmn", "attack.bpmn", bpmn.strip().getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).contains("attack.bpmn").contains("timeDate").contains("不允许");
    String script = bpmn.replace("<bpmn:startEvent id=\"Event_Start\">", "<bpmn:startEvent id=\"Event_Start\"><bpmn:extensionElements>"
        + "<camunda:executionListener event=\"start\" class=\"java.lang.ProcessBuilder\"/></bpmn:extensionElements>");
    assertThat(http().as("analyst").upload("/engine-rest/deployment/create", Map.of("deployment-name", "attack"),
        "attack.bpmn", "attack.bpmn", script.strip().getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    assertThat(http().as("analyst").upload("/engine-rest/deployment/create", Map.of("deployment-name", "attack"),
        "steal.html", "steal.html", "<script>fetch('/x')</script>".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
    assertThat(new java.io.File("/tmp/pwned")).doesNotExist();
  }

  // Attack 7: one elimination per line, one campaign per jurisdiction and year, also when requests race.
  @Test
  void parallelRegistrationsOfOneThingGiveOneCreatedAndConflicts() throws Exception {
    Http weihai = http().as("weihai-miit");
    JsonNode lines = weihai.get("/api/enterprises/" + WEIHAI_TYRES + "/production-lines").json().get("items");
    long line = lines.get(lines.size() - 1).get("id").asLong();
    List<Integer> eliminations = race(4, () -> weihai.post("/api/eliminations",
        Map.of("productionLineId", line, "catalogueItem", "淘汰类 测试", "planYear", 2026)).status());
    assertThat(eliminations).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    assertThat(count("ds_elimination WHERE line_id = " + line)).isEqualTo(1);

    List<Integer> campaigns = race(3, () -> http().as("weihai-miit").post("/api/campaigns",
        Map.of("jurisdiction", "371000", "year", 2023)).status());
    assertThat(campaigns).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
  }

  // Item 12: officers do not edit their own accounts; refusals are 4xx without class names.
  @Test
  void anOfficerCannotRenameThemselfAndRefusalsAreNot500() {
    Http jining = http().as("jining-energy");
    Http.Response rename = jining.put("/engine-rest/user/jining-energy/profile",
        Map.of("id", "jining-energy", "firstName", "威海市工业和信息化局", "lastName", "局长"));
    assertThat(rename.status()).as(rename.body()).isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId("jining-energy").singleResult().getFirstName())
        .doesNotContain("威海");
    assertThat(jining.send("DELETE", "/engine-rest/user/jining-energy", null, null).status()).isEqualTo(403);

    String[] weihai = openCase(http().as("weihai-miit"), WEIHAI_CEMENT, "SAFETY");
    Http.Response activities = http().as("jining-miit").get("/engine-rest/process-instance/" + weihai[1] + "/activity-instances");
    assertThat(activities.status()).as(activities.body()).isIn(403, 404);
    assertThat(activities.body()).doesNotContain("ENGINE-");
  }

  @Test
  void theLosersOfAConcurrentCompletionGetAConflictNot500() throws Exception {
    String[] jining = openCase(http().as("jining-miit"), JINING_COAL, "ENERGY");
    Task first = engine.getTaskService().createTaskQuery().processInstanceId(jining[1]).list().get(0);
    String officer = workerOf(first);
    List<String> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Integer> statuses = race(3, () -> {
      Http.Response r = http().as(officer).post("/engine-rest/task/" + first.getId() + "/complete",
          Map.of("variables", vars(noticeFields())));
      answers.add(r.status() + " " + r.body());
      return r.status();
    });
    assertThat(statuses).as(String.join("\n", answers)).doesNotContain(500);
    assertThat(statuses).filteredOn(s -> s == 204).hasSizeLessThanOrEqualTo(1);
  }

  // ------------------------------------------------------------------------------------------

  private String[] openCase(Http who, String enterprise, String dimension) {
    Http.Response opened = who.post("/api/cases", Map.of("enterpriseCreditCode", enterprise, "dimension", dimension,
        "description", "测试发现的问题"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return new String[] {opened.json().get("caseNumber").asText(), opened.json().get("processInstanceId").asText()};
  }

  private String eliminate(Http who, String enterprise) {
    JsonNode lines = who.get("/api/enterprises/" + enterprise + "/production-lines").json().get("items");
    Http.Response r = who.post("/api/eliminations", Map.of("productionLineId", lines.get(0).get("id").asLong(),
        "catalogueItem", "淘汰类 测试", "planYear", 2026));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("elimination").get("eliminationNumber").asText();
  }

  private Task task(String processInstance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstance).taskDefinitionKey(key).singleResult();
  }

  /** A user of the task's (first) candidate group: the officer the task is addressed to. */
  private String workerOf(Task task) {
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null && !g.endsWith("-head")).findFirst().orElseThrow();
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).list().stream().map(u -> u.getId())
        .filter(u -> !u.endsWith("-head")).findFirst().orElseThrow();
  }

  private static Map<String, Object> noticeFields() {
    return Map.of("rectificationRequirements", "六个月内完成节能改造");
  }

  /** Camunda's typed variables: {"name": {"value": v}}, with extra name/value pairs. */
  private static Map<String, Object> vars(Map<String, ?> values, Object... extra) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, Map.of("value", v)));
    for (int i = 0; i < extra.length; i += 2) {
      out.put((String) extra[i], Map.of("value", extra[i + 1]));
    }
    return out;
  }

  private long count(String tableAndWhere) {
    return jdbc.sql("SELECT COUNT(*) FROM " + tableAndWhere).query(Long.class).single();
  }

  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private static List<Integer> race(int n, Callable<Integer> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(call));
      }
      List<Integer> out = new ArrayList<>();
      for (Future<Integer> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }
}
