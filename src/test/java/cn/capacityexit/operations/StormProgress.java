package cn.capacityexit.operations;

import static cn.capacityexit.rectification.RectificationProcess.TASK_CONFIRM_EXIT;
import static cn.capacityexit.rectification.RectificationProcess.TASK_REMIND_OR_ENFORCE;
import static cn.capacityexit.rectification.RectificationProcess.TASK_RECORD_CREDIT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.support.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Watches a timer storm of {@link cn.capacityexit.support.StormCases} from the database and checks its outcome. */
final class StormProgress {

  private StormProgress() {}

  static long creditRecords(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM cr_credit_record WHERE record_key LIKE '%:EXIT_OVERDUE'").query(Long.class).single();
  }

  /** Waits until the number of credit records written satisfies the condition; returns it. */
  static long await(JdbcClient jdbc, LongPredicate condition, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      long n = creditRecords(jdbc);
      if (condition.test(n)) {
        return n;
      }
      Node.pause(100);
    }
    throw new AssertionError("the storm did not progress within " + seconds + " s: " + creditRecords(jdbc) + " credit records");
  }

  /** Waits until every case has its credit record pushed and no due job is left. */
  static void awaitDone(ProcessEngine engine, JdbcClient jdbc, int cases, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      long pushed = jdbc.sql("SELECT COUNT(*) FROM cr_credit_record WHERE record_key LIKE '%:EXIT_OVERDUE' AND pushed_at IS NOT NULL")
          .query(Long.class).single();
      long due = dueJobs(jdbc);
      if (pushed >= cases && due == 0) {
        return;
      }
      Node.pause(200);
    }
    throw new AssertionError("the storm did not finish within " + seconds + " s: " + creditRecords(jdbc) + " credit records, "
        + dueJobs(jdbc) + " jobs due");
  }

  /**
   * The jobs due now, without the engine's history cleanup: a recurring job that keeps its id and runs again and again
   * inside its nightly window (application.yaml), whatever the storm does; a run at night would otherwise see it.
   */
  static long dueJobs(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ <> 'history-cleanup' AND RETRIES_ > 0"
            + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) AND (SUSPENSION_STATE_ IS NULL OR SUSPENSION_STATE_ = 1)")
        .param(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).query(Long.class).single();
  }

  /**
   * Every case in the same state, reached once: one credit record, pushed; one case event for it;
   * the credit step completed once; the same open tasks; no job run twice; no incident; no job left.
   */
  static void assertEveryCaseOnce(ProcessEngine engine, JdbcClient jdbc, List<String> cases) {
    assertThat(creditRecords(jdbc)).isEqualTo(cases.size());
    Map<String, Long> records = counts(jdbc, "SELECT case_number, COUNT(*) FROM cr_credit_record WHERE record_key LIKE '%:EXIT_OVERDUE'"
        + " AND pushed_at IS NOT NULL GROUP BY case_number");
    Map<String, Long> events = counts(jdbc, "SELECT case_number, COUNT(*) FROM rc_case_event WHERE kind = 'CREDIT_RECORDED' GROUP BY case_number");
    for (String number : cases) {
      assertThat(records.get(number)).as("pushed credit records of " + number).isEqualTo(1L);
      assertThat(events.get(number)).as("credit events of " + number).isEqualTo(1L);
    }
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(TASK_RECORD_CREDIT).finished().count())
        .as("the credit step completed once per case").isEqualTo(cases.size());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
        + " AND (JOB_DEF_TYPE_ IS NULL OR JOB_DEF_TYPE_ <> 'history-cleanup') GROUP BY JOB_ID_ HAVING COUNT(*) > 1) twice")
        .query(Long.class).single()).as("jobs that succeeded twice").isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
    assertThat(dueJobs(jdbc)).as("jobs left").isZero();

    Map<String, String> processInstances = new HashMap<>();
    for (ProcessInstance pi : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("rectification-to-closure").list()) {
      processInstances.put(pi.getId(), pi.getBusinessKey());
    }
    Map<String, Map<String, Long>> openTasks = new HashMap<>();
    for (Task t : engine.getTaskService().createTaskQuery().processDefinitionKey("rectification-to-closure").list()) {
      openTasks.computeIfAbsent(processInstances.get(t.getProcessInstanceId()), k -> new TreeMap<>())
          .merge(t.getTaskDefinitionKey(), 1L, Long::sum);
    }
    Map<String, Long> expected = openTasks.get(cases.get(0));
    assertThat(expected).as("the first case's open tasks: the written reminder after the missed exit deadline")
        .containsEntry(TASK_REMIND_OR_ENFORCE, 1L).doesNotContainKey(TASK_CONFIRM_EXIT);
    for (String number : cases) {
      assertThat(openTasks.get(number)).as("open tasks of " + number).isEqualTo(expected);
    }
  }

  private static Map<String, Long> counts(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
