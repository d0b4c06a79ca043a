package cn.capacityexit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.capacityexit.support.IntegrationTest;
import cn.capacityexit.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: with statistics collected (ANALYZE, as autovacuum does), PostgreSQL must not plan a big department's task
 * count as a nested loop that compares every task with every authorization row (the join filter on
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}: 28 s for 20,000 tasks while the engine wrote one authorization
 * per task and group). The engine no longer writes those rows ({@link TaskAuthorizations}): the officers' permission on
 * the process definitions is a handful of rows, and the statistics of db/engine/postgresql/V1 keep the estimate right.
 * The SQL is the engine's count of the 本部门任务 filter (candidate groups, authorization and tenant checks), as the
 * engine sends it to PostgreSQL; the plan is executed (EXPLAIN ANALYZE) and the rows its join filters removed are
 * counted: a nested loop over authorizations removes tasks × authorizations, the plan wanted removes none or a few per
 * task.
 */
class TaskListPlanIntegrationTests extends IntegrationTest {

  static final String COUNT = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES"
      + " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
      + " left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*')"
      + " OR A.GROUP_ID_ IN ( ?, 'officers' ) ) AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2"
      + " OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))"
      + " WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ?, 'officers' ) ) ) )"
      + " and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )"
      + " and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? ) ) ) countDistinct";

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theBiggestDepartmentsCountIsNotPlannedAsANestedLoopOverEveryAuthorization() {
    assumeTrue(TestDatabase.isPostgres(), "the plan is PostgreSQL's: this test runs on PostgreSQL (CI), not on H2");
    String group = "ndrc-371526";
    engine.getRepositoryService().createDeployment().name("task-list plan test")
        .addModelInstance("plan-test-task.bpmn", Bpmn.createExecutableProcess("plan-test-task").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_PlanTest").camundaCandidateGroups("${group}").endEvent().done())
        .deploy();
    IntStream.range(0, 1500).forEach(i -> engine.getRuntimeService().startProcessInstanceByKey("plan-test-task",
        Map.of("group", group, "jurisdictionCode", "371526")));
    jdbc.execute("ANALYZE act_ru_authorization");
    jdbc.execute("ANALYZE act_ru_task");
    jdbc.execute("ANALYZE act_ru_identitylink");

    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization WHERE resource_type_ = 7 AND resource_id_ <> '*'",
        Long.class)).as("authorization rows per task").isZero();

    List<String> plan = jdbc.queryForList("EXPLAIN ANALYZE " + COUNT, String.class, "gaotang-ndrc", group, group, "371526");
    String text = String.join("\n", plan);
    long removed = java.util.regex.Pattern.compile("Rows Removed by Join Filter: (\\d+)").matcher(text).results()
        .mapToLong(m -> Long.parseLong(m.group(1))).sum();
    assertThat(removed).as("rows removed by join filters (at most two per task)\n" + text).isLessThanOrEqualTo(2 * 1500);
    assertThat(jdbc.queryForObject(COUNT, Long.class, "gaotang-ndrc", group, group, "371526")).isEqualTo(1500);
  }

  /**
   * The driver names a statement on the server from its fifth execution on a connection, and PostgreSQL then prefers a
   * generic plan priced for an average department: 47-65 ms for the biggest one instead of 24-25 ms. The task list and
   * its count are never named ({@link CustomPlans}); the engine's other statements are, as the check of a process
   * instance count shows (so that this test sees the driver's behaviour and cannot pass by looking at nothing).
   */
  @Test
  void theTaskListAndItsCountArePlannedForTheValuesOfEachRequest() {
    assumeTrue(TestDatabase.isPostgres(), "server-side prepared statements are PostgreSQL's: this test runs on PostgreSQL (CI), not on H2");
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> named = configuration.getCommandExecutorTxRequired().execute(context -> {
      // On the command's own session (one connection), as the engine's services run them; other values each time, as
      // MyBatis answers a query repeated in one session from its cache.
      for (int i = 0; i < 8; i++) {
        TaskQueryImpl count = new TaskQueryImpl();
        count.taskCandidateGroupIn(List.of("miit-370800", "plan-test-" + i)).includeAssignedTasks();
        count.executeCount(context);
        TaskQueryImpl list = new TaskQueryImpl();
        list.taskCandidateGroupIn(List.of("miit-370800", "plan-test-" + i)).includeAssignedTasks().orderByTaskCreateTime().desc();
        list.executeList(context, new Page(0, 15));
        ProcessInstanceQueryImpl instances = new ProcessInstanceQueryImpl();
        instances.processDefinitionKey("plan-test-none-" + i);
        instances.executeCount(context);
      }
      List<String> statements = new ArrayList<>();
      Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT statement FROM pg_prepared_statements")) {
        while (rs.next()) {
          statements.add(rs.getString(1).replaceAll("\\s+", " "));
        }
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
      return statements;
    });
    assertThat(named).as("the driver names the engine's other statements from their fifth execution")
        .anyMatch(s -> s.toUpperCase().contains("FROM ACT_RU_EXECUTION RES"));
    assertThat(named).as("statements named on the server").noneMatch(s -> s.toUpperCase().contains("ACT_RU_TASK RES"));
  }
}
