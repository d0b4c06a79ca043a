package cn.capacityexit.support;

import static cn.capacityexit.rectification.RectificationProcess.EXIT_DEADLINE;
import static cn.capacityexit.rectification.RectificationProcess.REINSPECTION_FINDINGS;
import static cn.capacityexit.rectification.RectificationProcess.REINSPECTION_RESULT;
import static cn.capacityexit.rectification.RectificationProcess.*;
import static cn.capacityexit.rectification.RectificationProcess.TASK_ISSUE_CLOSURE_ORDER;
import static cn.capacityexit.rectification.RectificationProcess.TASK_RECORD_DECISION_SERVICE;
import static cn.capacityexit.rectification.RectificationProcess.SERVED_ON;
import static cn.capacityexit.rectification.RectificationProcess.SEAL;
import static cn.capacityexit.rectification.RectificationProcess.TASK_ISSUE_NOTICE;
import static cn.capacityexit.rectification.RectificationProcess.TASK_REINSPECT;
import static cn.capacityexit.rectification.RectificationProcess.TIMER_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.registry.CreditCode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * A timer storm made of real cases: Jining cement works found in January 2025 whose energy
 * rectification failed and whose closure order set the exit deadline on 2025-08-31. Today all
 * those exit deadlines have passed, so a node with its job executor on fires them all at once:
 * each writes one credit record (记录失信信息) and pushes it.
 */
public final class StormCases {

  public static final String EXIT_DEADLINE_DATE = "2025-08-31";

  private StormCases() {}

  /** Registers {@code n} enterprises and walks each case to its closure order; returns the case numbers. */
  public static List<String> prepare(Http officer, ProcessEngine engine, int n, int offset) {
    StringBuilder csv = new StringBuilder("creditCode,name,jurisdiction,sector,address\n");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String first17 = "91370800" + String.format("%09d", 300000000 + (offset + i) * 7);
      String code = first17 + CreditCode.checkCharacter(first17);
      codes.add(code);
      csv.append(code).append(",风暴测试水泥企业").append(offset + i).append(",370800,CEMENT,山东省济宁市\n");
    }
    Http.Response imported = officer.send("POST", "/api/enterprises/import", "text/csv", csv.toString());
    assertThat(imported.status()).as(imported.body()).isBetween(200, 201);
    TaskService tasks = engine.getTaskService();
    List<String> numbers = java.util.Collections.synchronizedList(new ArrayList<>());
    // The cases are independent: set up on a few threads (their order does not matter), then sorted.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      ClockUtil.setCurrentTime(at("2025-01-10T09:00:00+08:00"));
      run(pool, codes, code -> {
        Http.Response r = officer.post("/api/cases", Map.of("enterpriseCreditCode", code, "dimension", "ENERGY",
            "findingDate", "2025-01-10", "description", "熟料单位产品综合能耗超过限额标准"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String number = r.json().get("caseNumber").asText();
        numbers.add(number);
        tasks.complete(task(engine, number, TASK_ISSUE_NOTICE), Map.of("rectificationRequirements", "6个月内达到能耗限额标准"));
        tasks.complete(task(engine, number, TASK_RECORD_NOTICE_SERVICE), Map.of(SERVICE_METHOD, "DIRECT", SERVED_ON, "2025-01-10",
            SEAL, "INK"));
      });
      ClockUtil.setCurrentTime(at("2025-07-11T09:00:00+08:00"));
      run(pool, new ArrayList<>(numbers), number -> {
        String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(pi).activityId(TIMER_DEADLINE).singleResult();
        engine.getManagementService().executeJob(deadline.getId());
        tasks.complete(task(engine, number, TASK_REINSPECT), Map.of(REINSPECTION_RESULT, "FAILED", REINSPECTION_FINDINGS, "仍超过能耗限额"));
        // The procedure before the closure (行政处罚法第四十四条、第六十三条) and the government's decision (节约能源法第七十二条).
        tasks.complete(task(engine, number, TASK_PROPOSE_CLOSURE), Map.of(CLOSURE_PROPOSAL, "逾期未整改，提出关停意见"));
        tasks.complete(task(engine, number, TASK_NOTIFY_RIGHTS), Map.of(SERVICE_METHOD, "DIRECT", RIGHTS_SERVED_ON, "2025-07-11"));
        tasks.complete(task(engine, number, TASK_HEAR_STATEMENT), Map.of(STATEMENT, "未陈述申辩", HEARING_REQUESTED, false));
        tasks.complete(task(engine, number, TASK_APPROVE_CLOSURE), Map.of(APPROVAL_DECISION, APPROVED, APPROVAL_COMMENT, "同意"));
        tasks.complete(task(engine, number, TASK_ISSUE_CLOSURE_ORDER), Map.of(EXIT_DEADLINE, EXIT_DEADLINE_DATE));
        tasks.complete(task(engine, number, TASK_RECORD_DECISION_SERVICE), Map.of(SERVICE_METHOD, "DIRECT", SERVED_ON, "2025-07-11", SEAL, "INK"));
      });
    } finally {
      pool.shutdownNow();
      ClockUtil.reset();
    }
    List<String> sorted = new ArrayList<>(numbers);
    java.util.Collections.sort(sorted);
    return sorted;
  }

  /** Runs the step for every item on the pool and waits; the first failure fails the preparation. */
  private static void run(java.util.concurrent.ExecutorService pool, List<String> items, java.util.function.Consumer<String> step) {
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (String item : items) {
      futures.add(pool.submit(() -> step.accept(item)));
    }
    try {
      for (java.util.concurrent.Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("storm preparation failed", e.getCause());
    }
  }

  private static String task(ProcessEngine engine, String number, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult().getId();
  }

  private static Date at(String instant) {
    return Date.from(OffsetDateTime.parse(instant).toInstant());
  }
}
