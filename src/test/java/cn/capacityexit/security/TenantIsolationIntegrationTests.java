package cn.capacityexit.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.process.VariableNames;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Jining officer sees and completes Jining work only: in Tasklist (its own API, with a webapp
 * session), through the engine REST API and through the product's /api.
 */
class TenantIsolationIntegrationTests extends IntegrationTest {

  private static final String WEIHAI_ENTERPRISE = "913710005706335203";

  @Autowired
  ProcessEngine engine;

  private String jiningTask;
  private String weihaiTask;

  @BeforeEach
  void twoTasksForTheEnergyDepartmentsOfJiningAndWeihai() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("tenant-probe").count() == 0) {
      engine.getRepositoryService().createDeployment().name("tenant-probe")
          .addClasspathResource("test-processes/tenant-probe.bpmn").deploy();
    }
    jiningTask = start("370800", "energy-370800");
    weihaiTask = start("371000", "miit-371000");
  }

  private String start(String jurisdiction, String group) {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("tenant-probe",
        Map.of(VariableNames.JURISDICTION_CODE, jurisdiction, VariableNames.ENTERPRISE_NAME, "探测企业" + jurisdiction, "probeGroup", group));
    assertThat(pi.getTenantId()).isEqualTo(jurisdiction);
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
  }

  @Test
  void engineRestShowsAJiningOfficerOnlyJiningTasksAndRefusesToCompleteAWeihaiTask() {
    Http jining = http().as("jining-energy");
    List<String> visible = ids(jining.get("/engine-rest/task?processDefinitionKey=tenant-probe").json());
    assertThat(visible).contains(jiningTask).doesNotContain(weihaiTask);

    assertThat(jining.get("/engine-rest/task/" + weihaiTask).status()).isIn(403, 404);
    Http.Response complete = jining.post("/engine-rest/task/" + weihaiTask + "/complete", Map.of());
    assertThat(complete.status()).isIn(403, 404);
    assertThat(taskExists(weihaiTask)).as("the Weihai task is still open").isTrue();

    assertThat(jining.post("/engine-rest/task/" + jiningTask + "/claim", Map.of("userId", "jining-energy")).status()).isEqualTo(204);
    assertThat(jining.post("/engine-rest/task/" + jiningTask + "/complete", Map.of()).status()).isEqualTo(204);
    assertThat(taskExists(jiningTask)).isFalse();
  }

  @Test
  void aWeihaiOfficerSeesTheWeihaiTaskAndNotTheJiningOne() {
    assertThat(ids(http().as("weihai-miit").get("/engine-rest/task?processDefinitionKey=tenant-probe").json()))
        .contains(weihaiTask).doesNotContain(jiningTask);
  }

  /**
   * The trade-off of issue 17 (process.TaskAuthorizations): the engine writes no authorization per task, so another
   * department of the same jurisdiction may read the task through the engine REST API (as it could read the case's
   * variables before), but its list does not show it, and it can neither claim, complete, submit nor comment it.
   */
  @Test
  void anotherDepartmentOfJiningReadsTheEnergyTaskButCannotWorkIt() {
    Http eco = http().as("jining-eco");
    assertThat(ids(eco.get("/engine-rest/task?processDefinitionKey=tenant-probe").json()))
        .contains(jiningTask).doesNotContain(weihaiTask);
    assertThat(ids(filterList(eco, "本部门任务"))).doesNotContain(jiningTask);

    assertThat(eco.post("/engine-rest/task/" + jiningTask + "/claim", Map.of("userId", "jining-eco")).status()).isEqualTo(403);
    assertThat(eco.post("/engine-rest/task/" + jiningTask + "/assignee", Map.of("userId", "jining-eco")).status()).isEqualTo(403);
    assertThat(eco.post("/engine-rest/task/" + jiningTask + "/complete", Map.of()).status()).isEqualTo(403);
    assertThat(eco.post("/engine-rest/task/" + jiningTask + "/submit-form", Map.of("variables", Map.of())).status()).isEqualTo(403);
    assertThat(eco.post("/engine-rest/task/" + jiningTask + "/comment/create", Map.of("message", "代办")).status())
        .as("the engine REST API answers any refusal of a comment with 400").isIn(400, 403);
    assertThat(engine.getTaskService().getTaskComments(jiningTask)).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(jiningTask).singleResult().getAssignee()).isNull();
  }

  @Test
  void aClaimedTaskIsWorkedByItsDepartmentOnly() {
    Http officer = http().as("jining-energy");
    Http head = http().as("jining-energy-head");
    Http eco = http().as("jining-eco");
    assertThat(officer.post("/engine-rest/task/" + jiningTask + "/claim", Map.of("userId", "jining-energy-head")).status())
        .as("claiming for someone else").isEqualTo(403);
    assertThat(officer.post("/engine-rest/task/" + jiningTask + "/claim", Map.of("userId", "jining-energy")).status()).isEqualTo(204);
    assertThat(eco.post("/engine-rest/task/" + jiningTask + "/unclaim", Map.of()).status()).as("another department releases it").isEqualTo(403);
    assertThat(eco.post("/engine-rest/task/" + jiningTask + "/complete", Map.of()).status()).isEqualTo(403);
    assertThat(eco.post("/engine-rest/task/" + jiningTask + "/comment/create", Map.of("message", "催办")).status()).isIn(400, 403);
    assertThat(engine.getTaskService().getTaskComments(jiningTask)).isEmpty();
    assertThat(taskExists(jiningTask)).isTrue();
    // A colleague of the candidate department may work it, as with the engine's own authorizations per task.
    assertThat(head.post("/engine-rest/task/" + jiningTask + "/complete", Map.of()).status()).isEqualTo(204);
    assertThat(taskExists(jiningTask)).isFalse();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(7).resourceId(jiningTask).count())
        .as("no authorization rows per task").isZero();
  }

  private static JsonNode filterList(Http user, String name) {
    String filter = null;
    for (JsonNode f : user.get("/engine-rest/filter").json()) {
      if (f.get("name").asText().equals(name)) {
        filter = f.get("id").asText();
      }
    }
    return user.post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=200", Map.of()).json();
  }

  @Test
  void tasklistShowsAJiningOfficerOnlyJiningTasksAndRefusesToCompleteAWeihaiTask() {
    Http browser = http().loginToWebapp("tasklist", "jining-energy", PASSWORD);
    String api = "/camunda/api/engine/engine/default";
    List<String> visible = ids(browser.get(api + "/task?processDefinitionKey=tenant-probe").json());
    assertThat(visible).contains(jiningTask).doesNotContain(weihaiTask);

    Http.Response submit = browser.post(api + "/task/" + weihaiTask + "/submit-form", Map.of("variables", Map.of()));
    assertThat(submit.status()).isIn(403, 404);
    assertThat(taskExists(weihaiTask)).isTrue();
  }

  @Test
  void tasklistShowsTheEnterpriseOfEachTaskInTheList() {
    Http jining = http().as("jining-energy");
    String filter = null;
    for (JsonNode f : jining.get("/engine-rest/filter").json()) {
      if (f.get("name").asText().equals("本部门任务")) {
        filter = f.get("id").asText();
      }
    }
    Http.Response hal = jining.sendAccepting("POST", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=200",
        "application/hal+json", "{}");
    List<String> enterprises = new ArrayList<>();
    hal.json().get("_embedded").path("task").forEach(t ->
        t.path("_embedded").path("variable").forEach(v -> enterprises.add(v.get("value").asText())));
    assertThat(enterprises).contains("探测企业370800").doesNotContain("探测企业371000");
  }

  @Test
  void theShandongManagerSupervisesBothCitiesButTheWeihaiManagerOnlyWeihai() {
    // Tenants: a province's groups are members of its cities' tenants.
    assertThat(engine.getIdentityService().createTenantQuery().groupMember("manager-370000").list())
        .extracting(t -> t.getId()).contains("370000", "370800", "371000", "371500", "371581").doesNotContain("440000");
    List<String> shandong = ids(http().as("shandong-manager").get("/engine-rest/task?processDefinitionKey=tenant-probe").json());
    assertThat(shandong).contains(jiningTask, weihaiTask);
    List<String> weihai = ids(http().as("weihai-manager").get("/engine-rest/task?processDefinitionKey=tenant-probe").json());
    assertThat(weihai).contains(weihaiTask).doesNotContain(jiningTask);
  }

  @Test
  void productApiRefusesAJiningOfficerWeihaiEnterprises() {
    Http jining = http().as("jining-energy");
    assertThat(jining.get("/api/enterprises/" + WEIHAI_ENTERPRISE).status()).isEqualTo(403);
    assertThat(jining.get("/api/enterprises?jurisdiction=371000").status()).isEqualTo(403);
    assertThat(jining.get("/api/enterprises/" + WEIHAI_ENTERPRISE + "/production-lines").status()).isEqualTo(403);
    Http.Response put = jining.put("/api/enterprises/" + WEIHAI_ENTERPRISE,
        Map.of("name", "改名", "jurisdiction", "371000", "sector", "CEMENT"));
    assertThat(put.status()).isEqualTo(403);
    assertThat(http().as("weihai-miit").get("/api/enterprises/" + WEIHAI_ENTERPRISE).json().get("name").asText())
        .isEqualTo("威海市海港水泥有限公司");
    JsonNode all = jining.get("/api/enterprises?size=200").json();
    all.get("items").forEach(e -> assertThat(e.get("jurisdiction").asText()).isEqualTo("370800"));
  }

  @Test
  void unauthenticatedAndWrongPasswordCallsAreRefused() {
    assertThat(http().get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(http().get("/engine-rest/process-definition").status()).isEqualTo(401);
    Http.Response api = http().get("/api/enterprises");
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.headers().get("www-authenticate")).anySatisfy(h -> assertThat(h).startsWith("Basic"));
    assertThat(http().post("/api/enterprises", Map.of()).status()).isEqualTo(401);
    assertThat(http().get("/camunda/api/engine/engine/default/task").status()).isIn(401, 403);
    assertThat(http().as("guangzhou-energy", "wrong").get("/api/enterprises").status()).isEqualTo(401);
    assertThat(http().as("foshan-energy", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
  }

  private boolean taskExists(String id) {
    return engine.getTaskService().createTaskQuery().taskId(id).count() == 1;
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }
}
