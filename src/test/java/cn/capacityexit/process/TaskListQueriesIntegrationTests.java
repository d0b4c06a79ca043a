package cn.capacityexit.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: the task list of {@link TaskListQueries} (one row per task) answers every task query exactly as the engine's
 * own statement does: the same tasks in the same order on every page, for an officer (candidate groups, authorization
 * and tenant checks), a manager, an officer of another jurisdiction and a user without permissions; with sorts on the
 * task's own columns (the statement's own form) and on a process variable (the engine's form). Runs on H2 and, in CI,
 * on PostgreSQL.
 */
class TaskListQueriesIntegrationTests extends IntegrationTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void everyQueryGivesTheEngineStatementsTasksInTheSameOrder() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    assertThat(sessions.mapStatement(TaskListQueries.ENGINE_STATEMENT)).as("the task list is the product's statement")
        .isEqualTo(TaskListQueries.STATEMENT);

    engine.getRepositoryService().createDeployment().name("task-list equivalence test")
        .addModelInstance("list-equivalence-task.bpmn", Bpmn.createExecutableProcess("list-equivalence-task").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_ListEquivalence").name("${name}").camundaCandidateGroups("${group}")
            .camundaDueDate("${due}").camundaPriority("${priority}").endEvent().done())
        .deploy();
    // Gaotang's NDRC (the officer's department), another department of Gaotang, and Yanggu's NDRC (another tenant).
    String[][] groups = {{"ndrc-371526", "371526"}, {"miit-371526", "371526"}, {"ndrc-371521", "371521"}};
    long start = System.currentTimeMillis() - 3_600_000L;
    try {
      for (int i = 0; i < 90; i++) {
        ClockUtil.setCurrentTime(new Date(start + i * 1000L)); // distinct creation times: an order without ties
        String[] g = groups[i % 3];
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("group", g[0]);
        variables.put("jurisdictionCode", g[1]);
        variables.put("name", (i % 4 == 0 ? "核查" : "整改") + "任务" + (char) ('A' + i % 7));
        variables.put("due", new Date(start + 86_400_000L * (1 + (i * 37) % 90)));
        variables.put("priority", 50 + i % 5);
        variables.put("enterpriseName", "企业" + String.format("%03d", (i * 53) % 97));
        engine.getRuntimeService().startProcessInstanceByKey("list-equivalence-task", variables);
      }
    } finally {
      ClockUtil.reset();
    }
    // Some of the officer's department's tasks are claimed: the 本部门任务 filter includes them.
    List<Task> own = engine.getTaskService().createTaskQuery().processDefinitionKey("list-equivalence-task")
        .taskCandidateGroup("ndrc-371526").list();
    for (int i = 0; i < own.size(); i += 3) {
      engine.getTaskService().claim(own.get(i).getId(), "gaotang-ndrc");
    }

    List<String> officersGroups = groupsOf("gaotang-ndrc");
    List<Function<TaskQuery, TaskQuery>> queries = List.of(
        q -> q.taskCandidateGroupIn(officersGroups).includeAssignedTasks().orderByTaskCreateTime().desc(),
        q -> q.taskCandidateGroupIn(officersGroups).orderByTaskCreateTime().asc(),
        q -> q.taskCandidateGroupIn(officersGroups).includeAssignedTasks().orderByDueDate().asc().orderByTaskCreateTime().desc(),
        q -> q.processDefinitionKey("list-equivalence-task").orderByTaskNameCaseInsensitive().asc().orderByTaskCreateTime().asc(),
        q -> q.processDefinitionKey("list-equivalence-task").orderByTaskPriority().desc().orderByTaskCreateTime().desc(),
        q -> q.processDefinitionKey("list-equivalence-task").orderByProcessVariable("enterpriseName", ValueType.STRING).asc()
            .orderByTaskCreateTime().asc(),
        q -> q.processDefinitionKey("list-equivalence-task").or().taskAssignee("gaotang-ndrc").taskCandidateGroup("miit-371526").endOr()
            .orderByTaskCreateTime().desc(),
        q -> q.processDefinitionKey("list-equivalence-task").taskNameLike("核查%").orderByTaskCreateTime().desc(),
        q -> q.processDefinitionKey("list-equivalence-task").dueBefore(new Date(start + 86_400_000L * 30)).orderByTaskCreateTime().desc(),
        q -> q.processDefinitionKey("list-equivalence-task").processVariableValueLike("enterpriseName", "企业0%").orderByTaskCreateTime().desc(),
        q -> q.processDefinitionKey("list-equivalence-task"));

    int compared = 0;
    for (String user : List.of("gaotang-ndrc", "yanggu-ndrc", "shandong-ndrc", "nobody")) {
      for (int n = 0; n < queries.size(); n++) {
        Function<TaskQuery, TaskQuery> query = queries.get(n);
        for (int[] page : new int[][] {{0, 15}, {15, 15}, {0, 1000}}) {
          List<String> product = ids(user, query, page, sessions, true);
          List<String> engineOwn = ids(user, query, page, sessions, false);
          assertThat(product).as(user + ", query " + n + ", page " + page[0] + "+" + page[1]).isEqualTo(engineOwn);
          compared += product.size();
        }
      }
    }
    assertThat(compared).as("tasks compared").isGreaterThan(500);
    // The checks still apply: the officer sees only Gaotang's tasks, a user without permissions none.
    assertThat(ids("gaotang-ndrc", q -> q.processDefinitionKey("list-equivalence-task"), new int[] {0, 1000}, sessions, true))
        .hasSize(60);
    assertThat(ids("nobody", q -> q.processDefinitionKey("list-equivalence-task"), new int[] {0, 1000}, sessions, true)).isEmpty();
  }

  private List<String> ids(String user, Function<TaskQuery, TaskQuery> query, int[] page, DbSqlSessionFactory sessions,
      boolean product) {
    Map<String, String> mappings = sessions.getStatementMappings();
    if (!product) {
      Map<String, String> engineOwn = new LinkedHashMap<>(mappings);
      engineOwn.remove(TaskListQueries.ENGINE_STATEMENT);
      sessions.setStatementMappings(engineOwn);
    }
    var identity = engine.getIdentityService();
    try {
      identity.setAuthentication(user, groupsOf(user), tenantsOf(user));
      List<String> out = new ArrayList<>();
      query.apply(engine.getTaskService().createTaskQuery()).listPage(page[0], page[1]).forEach(t -> out.add(t.getId()));
      return out;
    } finally {
      identity.clearAuthentication();
      sessions.setStatementMappings(mappings);
    }
  }

  private List<String> groupsOf(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private List<String> tenantsOf(String user) {
    return engine.getIdentityService().createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
  }
}
