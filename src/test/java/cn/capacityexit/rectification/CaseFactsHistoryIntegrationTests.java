package cn.capacityexit.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.process.VariableNames;
import cn.capacityexit.support.Http;
import cn.capacityexit.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: the facts a case copies into its process from rc_case and the decision table (CaseFacts) are not detailed
 * again at their creation; their values stay in the variables' history, and what an officer submits in a form and
 * every later change of a fact are detailed as the engine's history level full does.
 */
class CaseFactsHistoryIntegrationTests extends IntegrationTest {

  static final String JINING_CEMENT = "91370800570237579K";

  @Autowired
  ProcessEngine engine;

  @Test
  void theCasesRecordedFactsAreNotDetailedAgainButFormsAndChangesAre() {
    Http.Response opened = http().as("jining-miit").post("/api/cases", Map.of("enterpriseCreditCode", JINING_CEMENT,
        "dimension", "ENERGY", "description", "熟料单位产品综合能耗超过限额标准"));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String instance = opened.json().get("processInstanceId").asText();
    var history = engine.getHistoryService();

    for (String fact : new CaseFacts().names()) {
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(fact).count())
          .as("the variable's history of " + fact).isEqualTo(1);
    }
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(VariableNames.CASE_NUMBER)
        .singleResult().getValue()).isEqualTo(opened.json().get("caseNumber").asText());
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list().stream()
        .map(d -> ((HistoricVariableUpdate) d).getVariableName()).filter(new CaseFacts().names()::contains).toList())
        .as("no detail of a recorded fact's creation").isEmpty();

    // The officer's notice: the submitted field is detailed.
    Task notice = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(RectificationProcess.TASK_ISSUE_NOTICE).singleResult();
    String officer = engine.getIdentityService().createUserQuery().memberOfGroup(engine.getTaskService()
        .getIdentityLinksForTask(notice.getId()).stream().map(l -> l.getGroupId()).filter(g -> g != null && !g.endsWith("-head"))
        .findFirst().orElseThrow()).list().stream().map(u -> u.getId()).filter(u -> !u.endsWith("-head")).findFirst().orElseThrow();
    Http.Response done = http().as(officer).post("/engine-rest/task/" + notice.getId() + "/complete",
        Map.of("variables", Map.of("rectificationRequirements", Map.of("value", "六个月内完成节能改造"))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(details(instance, "rectificationRequirements")).as("the submitted field").isEqualTo(1);

    // A later change of a fact is detailed.
    engine.getRuntimeService().setVariable(instance, VariableNames.ENTERPRISE_NAME, "更名后的企业");
    assertThat(details(instance, VariableNames.ENTERPRISE_NAME)).as("the change of a fact").isEqualTo(1);
  }

  private long details(String instance, String name) {
    return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list().stream()
        .map(d -> ((HistoricVariableUpdate) d).getVariableName()).filter(name::equals).count();
  }
}
