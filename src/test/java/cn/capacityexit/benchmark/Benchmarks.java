package cn.capacityexit.benchmark;

import cn.capacityexit.CapacityExitApplication;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.registry.CreditCode;
import cn.capacityexit.rectification.RectificationProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark command (README, "Benchmarks"): runs the product on PostgreSQL and on H2, each
 * against the engine's own baseline measured in the same run, and writes BENCHMARKS.md.
 *
 * <ul>
 *   <li>intake: cases through {@code POST /api/cases} against starts of a minimal one-task process
 *       through {@code POST /engine-rest/process-definition/key/…/start};
 *   <li>timer storm: rectification deadlines all due at once until every case has moved on,
 *       against minimal timers;
 *   <li>the officer's task list: open tasks across the seed jurisdictions, authorization on, the
 *       query of Tasklist's "本部门任务" filter (list of 15 and count) through the engine REST API;
 *   <li>the annual exit table over exited lines, CSV and XLSX: time, bytes and peak heap;
 *   <li>pgbench on the same server: what the database allows.
 * </ul>
 *
 * Sizes: {@code -Dbench.cases=10000 -Dbench.tasks=100000 -Dbench.exits=100000 -Dbench.databases=postgres,h2}.
 */
public final class Benchmarks {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
  private static final String PG_SERVER = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String PG_DATABASE = "capacity_exit_bench";

  private final int cases = Integer.getInteger("bench.cases", 10_000);
  /** Cases whose deadlines lie ahead: their reminder and deadline timers are in place during the storm. */
  private final int futureCases = Integer.getInteger("bench.futureCases", cases);
  private final int tasks = Integer.getInteger("bench.tasks", 100_000);
  private final int exits = Integer.getInteger("bench.exits", 100_000);
  private final Map<String, Map<String, String>> results = new LinkedHashMap<>();
  /** Per officer and database: the task-list rows of the report. */
  private final Map<String, List<String>> officerRows = new LinkedHashMap<>();
  /** The statements of one POST /api/cases by kind and table, per database. */
  private final Map<String, Map<String, Long>> intakeStatements = new LinkedHashMap<>();
  /** When each phase of the PostgreSQL run began: the slow statements' plans are filed under them. */
  private final java.util.NavigableMap<java.time.Instant, String> phases = new java.util.TreeMap<>();
  private final List<String> plans = new ArrayList<>();
  private final Map<String, String> national = new LinkedHashMap<>();
  private final List<String> nationalRows = new ArrayList<>();
  private String database;

  private ConfigurableApplicationContext context;
  private ProcessEngine engine;
  private HttpClient http;
  private String base;

  public static void main(String[] args) {
    try {
      measure(args);
      System.exit(0);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void measure(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md");
    Benchmarks b = new Benchmarks();
    String started = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    Map<String, String> pgbench = new LinkedHashMap<>();
    long logOffset = PostgresLog.size();
    boolean postgres = System.getProperty("bench.databases", "postgres,h2").contains("postgres");
    // What production runs with: autovacuum on (this machine's server has it off). Restored after the run.
    if (postgres) {
      autovacuum(true);
    }
    try {
      for (String database : System.getProperty("bench.databases", "postgres,h2").split(",")) {
        b.run(database.strip());
      }
    } finally {
      if (postgres) {
        autovacuum(false);
      }
    }
    if (System.getProperty("bench.databases", "postgres,h2").contains("postgres")) {
      b.plans.addAll(PostgresLog.slowestPlans(logOffset, b.phases, 8));
      if (Boolean.parseBoolean(System.getProperty("bench.national", "true"))) {
        new NationalScale(b.national, b.nationalRows).run(PG_SERVER);
      }
      pgbench = b.pgbench();
    }
    Files.writeString(out, b.report(started, pgbench));
    System.out.println("written " + out.toAbsolutePath());
  }

  /** Turns the server's autovacuum on for the run (ALTER SYSTEM, reloaded), or back to the server's own setting. */
  private static void autovacuum(boolean on) throws Exception {
    try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", ""); Statement s = c.createStatement()) {
      s.execute(on ? "ALTER SYSTEM SET autovacuum = on" : "ALTER SYSTEM RESET autovacuum");
      s.execute("SELECT pg_reload_conf()");
    }
  }

  // ---------------------------------------------------------------- one database

  private void run(String database) throws Exception {
    this.database = database;
    Map<String, String> r = new LinkedHashMap<>();
    results.put(database, r);
    Map<String, Object> properties = new LinkedHashMap<>();
    if (database.equals("postgres")) {
      try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
        s.execute("CREATE DATABASE " + PG_DATABASE + " ENCODING 'UTF8'");
        // The plans of the slowest statements, for the report: auto_explain in every session of the application.
        PostgresLog.explainSlowStatements(s, PG_DATABASE);
      }
      properties.put("spring.datasource.url", PG_SERVER + PG_DATABASE);
      properties.put("spring.datasource.username", "postgres");
      properties.put("spring.datasource.password", "");
    } else {
      Path dir = Path.of("target", "benchmark-h2");
      deleteTree(dir);
      properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench"));
      properties.put("spring.datasource.username", "sa");
      properties.put("spring.datasource.password", "");
    }
    properties.put("server.port", "0");
    properties.put("spring.datasource.hikari.maximum-pool-size", "20");
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.cn.capacityexit", "WARN");
    System.out.println("== " + database + ": starting the application");
    // As arguments: they take precedence over application.yaml (default properties would not).
    String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    context = new SpringApplicationBuilder(CapacityExitApplication.class).profiles("demo")
        .initializers(c -> c.getBeanFactory().addBeanPostProcessor(new StatementCounter())).run(arguments);
    String url = context.getEnvironment().getProperty("spring.datasource.url");
    if (!url.equals(properties.get("spring.datasource.url"))) {
      throw new IllegalStateException("the application runs on " + url + ", not on the benchmark's database");
    }
    try {
      engine = context.getBean(ProcessEngine.class);
      base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
      http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
      JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
      r.put("job executor", "core pool " + context.getEnvironment().getProperty("camunda.bpm.job-execution.core-pool-size", "3")
          + ", max pool " + context.getEnvironment().getProperty("camunda.bpm.job-execution.max-pool-size", "10")
          + ", jobs per acquisition " + jobs.getMaxJobsPerAcquisition() + ", lock " + jobs.getLockTimeInMillis() / 1000 + " s");
      jobs.shutdown();
      deployBaselines();
      if (runs("storm")) {
        phase("minimal timers on a clean database");
        cleanMinimalTimers(r, jobs);
        analyse();
      }
      if (runs("intake") || runs("storm")) { // the storm's cases come from the intake
        phase("intake");
        intake(r);
        analyse();
      }
      if (runs("storm")) {
        phase("timer storm");
        timerStorm(r, jobs);
        analyse();
      }
      if (runs("lists")) {
        phase("task lists");
        taskList(r, jobs);
      }
      if (runs("exits")) {
        phase("exit table");
        exitTable(r);
      }
      phase("end");
      r.forEach((figure, value) -> System.out.println("   " + figure + ": " + value));
    } finally {
      context.close();
    }
  }

  private String lastPhase;

  /**
   * -Dbench.phases=intake,lists (a diagnostic run of some phases; default every one: storm, intake, lists, exits). A
   * report of some phases is not the benchmark: BENCHMARKS.md comes from a run of all of them.
   */
  private static boolean runs(String phase) {
    String phases = System.getProperty("bench.phases", "storm,intake,lists,exits");
    return java.util.Arrays.stream(phases.split(",")).map(String::strip).anyMatch(phase::equals);
  }

  private void phase(String name) {
    if (database.equals("postgres")) {
      phases.put(java.time.Instant.now(), name);
      topStatements(name);
    }
    System.out.println("   -- " + name);
  }

  /**
   * -Dbench.statements=true, a diagnostic: the statements that took the most time in the phase that just ended, from
   * pg_stat_statements (the server must preload it: shared_preload_libraries), then reset. Printed, not reported.
   */
  private void topStatements(String phase) {
    if (!Boolean.getBoolean("bench.statements")) {
      return;
    }
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    try {
      jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      if (lastPhase != null) {
        System.out.println("   statements of '" + lastPhase + "' by total time (calls, total ms, mean ms, rows):");
        jdbc.query("SELECT calls, round(total_exec_time) AS total, round(mean_exec_time::numeric, 2) AS mean, rows,"
            + " regexp_replace(query, '\\s+', ' ', 'g') AS q FROM pg_stat_statements"
            + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " ORDER BY total_exec_time DESC LIMIT 25", rs -> {
              String q = rs.getString("q");
              System.out.println(String.format("     %7d %9d %8s %9d  %s", rs.getLong("calls"), rs.getLong("total"),
                  rs.getString("mean"), rs.getLong("rows"), q.length() > 400 ? q.substring(0, 400) + "…" : q));
            });
      }
      jdbc.execute("SELECT pg_stat_statements_reset()");
    } catch (org.springframework.dao.DataAccessException e) {
      System.out.println("   pg_stat_statements unavailable: " + e.getMostSpecificCause().getMessage());
    }
    lastPhase = phase;
  }

  /**
   * What autovacuum does between the phases of production (this machine's PostgreSQL runs without it): dead rows
   * vacuumed, statistics collected. Untimed.
   */
  private void analyse() throws Exception {
    if (!database.equals("postgres")) {
      return;
    }
    try (Connection c = context.getBean(javax.sql.DataSource.class).getConnection(); Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE");
    }
  }

  /**
   * The engine's minimal-timer rate on a clean database, before any case exists: start → timer (due) → end, as many as
   * the storm has cases. The target of the product's storm (at least half of it) is measured against this.
   */
  private void cleanMinimalTimers(Map<String, String> r, JobExecutor jobs) throws Exception {
    System.out.println("   minimal timers on a clean database: " + cases);
    Date past = new Date(System.currentTimeMillis() - 60_000);
    parallel(cases, i -> engine.getRuntimeService().startProcessInstanceByKey("bench-minimal-timer", Map.of("due", past)));
    analyse();
    long start = System.nanoTime();
    jobs.start();
    waitUntil(() -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("bench-minimal-timer").count(), 0, 1800);
    double seconds = (System.nanoTime() - start) / 1e9;
    jobs.shutdown();
    r.put("timer storm: minimal timers on a clean database, seconds", format(seconds) + " (" + format(cases / seconds)
        + " per second)");
  }

  /**
   * The engine's baseline: start → user task → end; start → timer → end. No product code. The task
   * process is started through the engine REST API, so it has a start form declaring its variables,
   * as every process a user may start must (ProcessIntegrityGuard checks both the same way).
   */
  private void deployBaselines() {
    BpmnModelInstance task = Bpmn.createExecutableProcess("bench-minimal-task").camundaHistoryTimeToLive(1)
        .startEvent().camundaFormRef("bench-minimal-start").camundaFormRefBinding("deployment")
        .userTask("Task_Minimal").camundaCandidateGroups("${group}").endEvent().done();
    String form = "{\"id\":\"bench-minimal-start\",\"type\":\"default\",\"schemaVersion\":16,\"components\":["
        + "{\"type\":\"textfield\",\"key\":\"group\"},{\"type\":\"textfield\",\"key\":\"jurisdictionCode\"},"
        + "{\"type\":\"textfield\",\"key\":\"a\"},{\"type\":\"number\",\"key\":\"b\"}]}";
    BpmnModelInstance timer = Bpmn.createExecutableProcess("bench-minimal-timer").camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("Event_MinimalTimer").timerWithDate("${due}").endEvent().done();
    engine.getRepositoryService().createDeployment().name("benchmark baselines")
        .addModelInstance("bench-minimal-task.bpmn", task).addModelInstance("bench-minimal-timer.bpmn", timer)
        .addString("bench-minimal-start.form", form).deploy();
  }

  private void intake(Map<String, String> r) throws Exception {
    // The enterprises first (CSV imports of at most 5,000 rows; the import allows 10,000), so that intake measures cases only.
    List<String> codes = new ArrayList<>();
    int counted = 20;
    int all = cases + futureCases;
    StringBuilder csv = null;
    for (int i = 0; i < all + counted; i++) {
      if (csv == null) {
        csv = new StringBuilder("creditCode,name,jurisdiction,sector,address\n");
      }
      String first17 = "91370800" + String.format("%09d", 100000000 + i * 7);
      String code = first17 + CreditCode.checkCharacter(first17);
      codes.add(code);
      csv.append(code).append(",基准测试水泥企业").append(i).append(",370800,CEMENT,山东省济宁市\n");
      if (i % 5000 == 4999 || i == all + counted - 1) {
        HttpResponse<String> imported = send("jining-miit", "POST", "/api/enterprises/import", "text/csv", csv.toString());
        if (imported.statusCode() >= 300) {
          throw new IllegalStateException("import: " + imported.statusCode() + " " + imported.body());
        }
        csv = null;
      }
    }
    // Found seven months ago: once the notice is issued, the six-month deadline has passed.
    String found = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(7).toString();
    // Both rates are measured warm: the first tenth of each run is untimed (the just-in-time compiler's work on code
    // the earlier phases did not run: the product's request, its decision tables, its steps). The rest alternates in
    // four rounds of cases and minimal starts, so that a slower stretch of the machine weighs on both rates alike.
    int warmCases = all / 10;
    int warmStarts = cases / 10;
    System.out.println("   intake: " + all + " cases through /api/cases and " + cases + " minimal starts through /engine-rest,"
        + " alternating in four rounds after " + warmCases + " and " + warmStarts + " untimed");
    IntConsumer openCase = i -> expect(201, send("jining-miit", "POST", "/api/cases", "application/json",
        "{\"enterpriseCreditCode\":\"" + codes.get(i) + "\",\"dimension\":\"ENERGY\",\"findingDate\":\"" + found
            + "\",\"description\":\"熟料单位产品综合能耗超过限额标准\"}"));
    // The same officer, with the same authorization and tenant checks (an administrator's calls skip them).
    IntConsumer minimalStart = i -> expect(200, send("jining-miit", "POST", "/engine-rest/process-definition/key/bench-minimal-task/start",
        "application/json", "{\"variables\":{\"group\":{\"value\":\"miit-370800\"},\"jurisdictionCode\":{\"value\":\"370800\"},"
            + "\"a\":{\"value\":\"x\"},\"b\":{\"value\":1,\"type\":\"Integer\"}}}"));
    parallel(warmCases, openCase);
    parallel(warmStarts, minimalStart);
    double caseSeconds = 0;
    double startSeconds = 0;
    int rounds = 4;
    for (int round = 0; round < rounds; round++) {
      int from = warmCases + (all - warmCases) * round / rounds;
      int to = warmCases + (all - warmCases) * (round + 1) / rounds;
      caseSeconds += (to - from) / parallel(to - from, i -> openCase.accept(from + i));
      int starts = (cases - warmStarts) * (round + 1) / rounds - (cases - warmStarts) * round / rounds;
      startSeconds += starts / parallel(starts, minimalStart);
    }
    double product = (all - warmCases) / caseSeconds;
    double minimal = (cases - warmStarts) / startSeconds;
    r.put("intake: cases per second (POST /api/cases, " + CLIENTS + " clients)", format(product));
    r.put("intake: minimal starts per second (engine REST, " + CLIENTS + " clients)", format(minimal));
    r.put("intake: product / minimal", percent(product / minimal));
    // The statements of one case and of one minimal start: one client, nothing else running.
    StatementCounter.reset();
    StatementCounter.counting = true;
    StatementCounter.tally = true;
    for (int i = all; i < all + counted; i++) {
      expect(201, send("jining-miit", "POST", "/api/cases", "application/json", "{\"enterpriseCreditCode\":\"" + codes.get(i)
          + "\",\"dimension\":\"ENERGY\",\"findingDate\":\"" + found + "\",\"description\":\"熟料单位产品综合能耗超过限额标准\"}"));
    }
    StatementCounter.tally = false;
    long perCase = StatementCounter.STATEMENTS.get() / counted;
    Map<String, Long> kinds = new LinkedHashMap<>();
    StatementCounter.tallied().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> kinds.put(e.getKey(), e.getValue() / counted));
    intakeStatements.put(database, kinds);
    StatementCounter.reset();
    for (int i = 0; i < counted; i++) {
      expect(200, send("jining-miit", "POST", "/engine-rest/process-definition/key/bench-minimal-task/start", "application/json",
          "{\"variables\":{\"group\":{\"value\":\"miit-370800\"},\"jurisdictionCode\":{\"value\":\"370800\"},"
              + "\"a\":{\"value\":\"x\"},\"b\":{\"value\":1,\"type\":\"Integer\"}}}"));
    }
    StatementCounter.counting = false;
    r.put("intake: SQL statements per POST /api/cases (per minimal start)", perCase + " (" + StatementCounter.STATEMENTS.get() / counted
        + ")");
    // Clear the baseline's tasks away from the storm and the task-list measurement (untimed).
    List<String> ids = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("bench-minimal-task").list().stream()
        .map(p -> p.getId()).toList();
    for (int i = 0; i < ids.size(); i += 500) {
      engine.getRuntimeService().deleteProcessInstances(ids.subList(i, Math.min(ids.size(), i + 500)), "benchmark", true, true);
    }
  }

  private void timerStorm(Map<String, String> r, JobExecutor jobs) throws Exception {
    System.out.println("   storm: issuing " + (cases + futureCases) + " notices, " + cases + " served seven months ago");
    List<Task> notices = engine.getTaskService().createTaskQuery().processDefinitionKey(RectificationProcess.KEY)
        .taskDefinitionKey(RectificationProcess.TASK_ISSUE_NOTICE).list();
    // Served on the day of the finding, seven months ago (the engine clock set back while they are issued): the
    // six-month period, counted from service, has passed when the clock returns, so every deadline is due at once.
    LocalDate served = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(7);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(served.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    // The first cases are the storm; the others are served today, so their reminders and deadlines lie ahead.
    List<Task> storm = notices.subList(0, Math.min(cases, notices.size()));
    List<Task> ahead = notices.subList(storm.size(), notices.size());
    java.util.Set<String> stormInstances = storm.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet());
    try {
      serve(storm, stormInstances, true, served);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    serve(ahead, stormInstances, false, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    // In production a case's reminder fires days before its deadline (handling-periods.yaml) and the joint measures raised
    // by the notice's service run right after it: the storm is the deadlines of one day. Every other job due after the
    // clock's jump (reminders, measures) runs first, untimed.
    java.util.Set<String> deadlines = engine.getManagementService().createJobDefinitionQuery().activityIdIn(RectificationProcess.TIMER_DEADLINE)
        .list().stream().map(org.camunda.bpm.engine.management.JobDefinition::getId).collect(java.util.stream.Collectors.toSet());
    for (List<String> before; !(before = engine.getManagementService().createJobQuery().executable().list().stream()
        .filter(j -> !deadlines.contains(j.getJobDefinitionId()))
        .map(org.camunda.bpm.engine.runtime.Job::getId).toList()).isEmpty(); ) {
      System.out.println("   storm: running " + before.size() + " earlier jobs first (reminders, measures; untimed)");
      List<String> jobsBefore = before;
      parallel(jobsBefore.size(), i -> engine.getManagementService().executeJob(jobsBefore.get(i)));
    }
    long due = engine.getManagementService().createJobQuery().activityId(RectificationProcess.TIMER_DEADLINE).executable().count();
    long future = engine.getManagementService().createJobQuery().timers().duedateHigherThan(new Date()).count();
    System.out.println("   storm: " + due + " deadlines due at once, " + future + " future timers in place");
    analyse();
    // -Dbench.countStorm=true: a diagnostic run that counts the storm's statements (slower; its times are not figures).
    boolean countStorm = Boolean.getBoolean("bench.countStorm");
    if (countStorm) {
      StatementCounter.reset();
      StatementCounter.counting = true;
      StatementCounter.tally = true;
    }
    long start = System.nanoTime();
    jobs.start();
    waitUntil(() -> jdbc.queryForObject("SELECT COUNT(*) FROM rc_case WHERE state = 'RECTIFYING'", Long.class) - ahead.size(), 0, 1800);
    waitUntil(() -> engine.getManagementService().createJobQuery().executable().count(), 0, 1800);
    double stormSeconds = (System.nanoTime() - start) / 1e9;
    if (countStorm) {
      StatementCounter.counting = false;
      StatementCounter.tally = false;
      System.out.println("   storm statements per case: " + StatementCounter.STATEMENTS.get() / Math.max(1, due));
      StatementCounter.tallied().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> System.out.println("     " + e.getValue() / (double) Math.max(1, due) + " " + e.getKey()));
    }
    jobs.shutdown();
    long moved = jdbc.queryForObject("SELECT COUNT(*) FROM rc_case WHERE state = 'REINSPECTION' AND overdue", Long.class);

    analyse();
    System.out.println("   storm: " + cases + " minimal timers with the cases' timers in place");
    Date past = new Date(System.currentTimeMillis() - 60_000);
    parallel(cases, i -> engine.getRuntimeService().startProcessInstanceByKey("bench-minimal-timer", Map.of("due", past)));
    analyse();
    start = System.nanoTime();
    jobs.start();
    waitUntil(() -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("bench-minimal-timer").count(), 0, 1800);
    double minimalSeconds = (System.nanoTime() - start) / 1e9;
    jobs.shutdown();
    double clean = Double.parseDouble(r.get("timer storm: minimal timers on a clean database, seconds").replaceAll(".*\\(([0-9.]+) per second\\)", "$1"));
    r.put("timer storm: deadlines due at once (future timers in place)", due + " (" + future + ")");
    r.put("timer storm: seconds until every case moved on", format(stormSeconds) + " (" + moved + " cases in re-inspection)");
    r.put("timer storm: cases per second", format(due / stormSeconds));
    r.put("timer storm: minimal timers with the cases' timers in place, seconds", format(minimalSeconds) + " ("
        + format(cases / minimalSeconds) + " per second)");
    r.put("timer storm: product / minimal on a clean database (rate)", percent((due / stormSeconds) / clean));
  }

  /** Issues the notices and records their service on {@code served}: the storm's instances or the others. */
  private void serve(List<Task> notices, java.util.Set<String> stormInstances, boolean storm, LocalDate served) throws Exception {
    parallel(notices.size(), i -> engine.getTaskService().complete(notices.get(i).getId(), Map.of(
        "rectificationRequirements", "6个月内达到能耗限额标准")));
    List<Task> services = engine.getTaskService().createTaskQuery().processDefinitionKey(RectificationProcess.KEY)
        .taskDefinitionKey(RectificationProcess.TASK_RECORD_NOTICE_SERVICE).list().stream()
        .filter(t -> stormInstances.contains(t.getProcessInstanceId()) == storm).toList();
    parallel(services.size(), i -> engine.getTaskService().complete(services.get(i).getId(), Map.of(
        RectificationProcess.SERVICE_METHOD, "DIRECT", RectificationProcess.SERVED_ON, served.toString(), RectificationProcess.SEAL, "INK")));
  }

  private void taskList(Map<String, String> r, JobExecutor jobs) throws Exception {
    Organisation organisation = context.getBean(Organisation.class);
    List<String[]> groups = new ArrayList<>();
    for (Jurisdiction j : organisation.jurisdictions()) {
      for (String d : j.departments()) {
        groups.add(new String[] {d + "-" + j.code(), j.code()});
      }
    }
    long open = engine.getTaskService().createTaskQuery().count();
    int toCreate = (int) Math.max(0, tasks - open);
    // The biggest department holds a fifth of all open tasks (the issue measured 20,740 of 119,417 for jining-miit).
    int biggest = (int) Math.max(0, Math.min(toCreate, tasks / 5
        - engine.getTaskService().createTaskQuery().taskCandidateGroup("miit-370800").count()));
    System.out.println("   task list: " + toCreate + " more open tasks, " + biggest + " for miit-370800, the rest over "
        + groups.size() + " department groups");
    parallel(toCreate, i -> {
      String[] g = i < biggest ? new String[] {"miit-370800", "370800"} : groups.get(i % groups.size());
      engine.getRuntimeService().startProcessInstanceByKey("bench-minimal-task", Map.of("group", g[0], "jurisdictionCode", g[1],
          "enterpriseName", "基准测试企业" + i));
    });
    long total = engine.getTaskService().createTaskQuery().count();
    // What production sees: statistics collected, as autovacuum would (this machine's PostgreSQL runs without it).
    analyse();
    String filter = JSON.readTree(send("jining-miit", "GET", "/engine-rest/filter?name="
        + URLEncoder.encode("本部门任务", StandardCharsets.UTF_8), null, null).body()).get(0).get("id").asText();
    List<String> officers = List.of("jining-miit", "weihai-miit", "yanggu-miit", "guangzhou-miit", "shandong-eco");
    // As Tasklist asks: logged in (its session), the newest first, the first 15 with the filter's columns embedded as
    // HAL (the list carries the count too), and the filter's count. Then the same through the engine REST API with HTTP
    // Basic, which logs the user in again at every request (a client's way, not Tasklist's).
    Map<String, cn.capacityexit.support.Http> sessions = new LinkedHashMap<>();
    for (String officer : officers) {
      cn.capacityexit.support.Http tasklist = new cn.capacityexit.support.Http(base).loginToWebapp("tasklist", officer, "demo");
      // Tasklist asks who is logged in first; the answer carries the session's CSRF token for the POSTs that follow.
      if (tasklist.get("/camunda/api/admin/auth/user/default").status() != 200) {
        throw new IllegalStateException(officer + " is not logged in to Tasklist");
      }
      sessions.put(officer, tasklist);
    }
    String webapp = "/camunda/api/engine/engine/default/filter/" + filter;
    Map<String, List<Long>> lists = new LinkedHashMap<>();
    Map<String, List<Long>> counts = new LinkedHashMap<>();
    Map<String, List<Long>> basicLists = new LinkedHashMap<>();
    Map<String, List<Long>> basicCounts = new LinkedHashMap<>();
    Map<String, Long> sizes = new LinkedHashMap<>();
    int samples = Integer.getInteger("bench.samples", 100);
    for (int round = 0; round < 2; round++) { // round 0: warm-up, discarded
      for (String officer : officers) {
        cn.capacityexit.support.Http tasklist = sessions.get(officer);
        for (int i = 0; i < (round == 0 ? 10 : samples); i++) {
          long t0 = System.nanoTime();
          cn.capacityexit.support.Http.Response page = tasklist.sendAccepting("POST", webapp + "/list?firstResult=0&maxResults=15",
              "application/hal+json", TASKLIST_QUERY);
          long t1 = System.nanoTime();
          cn.capacityexit.support.Http.Response n = tasklist.send("POST", webapp + "/count", "application/json", TASKLIST_QUERY);
          long t2 = System.nanoTime();
          HttpResponse<String> basicPage = send(officer, "POST", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
              "application/json", TASKLIST_QUERY, "application/hal+json");
          long t3 = System.nanoTime();
          HttpResponse<String> basicCount = send(officer, "POST", "/engine-rest/filter/" + filter + "/count", "application/json",
              TASKLIST_QUERY);
          long t4 = System.nanoTime();
          for (cn.capacityexit.support.Http.Response answer : List.of(page, n)) {
            if (answer.status() != 200) {
              throw new IllegalStateException("Tasklist's call answered " + answer.status() + ": " + answer.body());
            }
          }
          expect(200, basicPage);
          expect(200, basicCount);
          if (round > 0) {
            lists.computeIfAbsent(officer, k -> new ArrayList<>()).add(t1 - t0);
            counts.computeIfAbsent(officer, k -> new ArrayList<>()).add(t2 - t1);
            basicLists.computeIfAbsent(officer, k -> new ArrayList<>()).add(t3 - t2);
            basicCounts.computeIfAbsent(officer, k -> new ArrayList<>()).add(t4 - t3);
          }
          sizes.put(officer, n.json().get("count").asLong());
          if (JSON.readTree(basicCount.body()).get("count").asLong() != sizes.get(officer)) {
            throw new IllegalStateException("the two counts differ for " + officer);
          }
        }
      }
    }
    List<Long> list = lists.values().stream().flatMap(List::stream).toList();
    List<Long> count = counts.values().stream().flatMap(List::stream).toList();
    String largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    r.put("task list: open tasks (all jurisdictions)", String.valueOf(total));
    r.put("task list: biggest department's 本部门任务 (" + largest + ")", String.valueOf(sizes.get(largest)));
    r.put("task list: Tasklist's filter list of 15, every officer, p50 / p95 / p99 ms", ms(percentile(list, 50)) + " / "
        + ms(percentile(list, 95)) + " / " + ms(percentile(list, 99)));
    r.put("task list: Tasklist's filter count, every officer, p50 / p95 / p99 ms", ms(percentile(count, 50)) + " / "
        + ms(percentile(count, 95)) + " / " + ms(percentile(count, 99)));
    r.put("task list: slowest officer's p95 in Tasklist, list / count ms", ms(lists.values().stream().mapToLong(l -> percentile(l, 95))
        .max().orElse(0)) + " / " + ms(counts.values().stream().mapToLong(l -> percentile(l, 95)).max().orElse(0)));
    r.put("task list: slowest officer's p95 through /engine-rest with HTTP Basic, list / count ms", ms(basicLists.values().stream()
        .mapToLong(l -> percentile(l, 95)).max().orElse(0)) + " / " + ms(basicCounts.values().stream().mapToLong(l -> percentile(l, 95))
        .max().orElse(0)));
    for (String officer : officers) {
      officerRows.computeIfAbsent(officer, k -> new ArrayList<>()).add(database + ": " + sizes.get(officer) + " tasks; Tasklist: list "
          + ms(percentile(lists.get(officer), 50)) + " / " + ms(percentile(lists.get(officer), 95)) + " / "
          + ms(percentile(lists.get(officer), 99)) + ", count " + ms(percentile(counts.get(officer), 50)) + " / "
          + ms(percentile(counts.get(officer), 95)) + " / " + ms(percentile(counts.get(officer), 99)) + "; HTTP Basic: list "
          + ms(percentile(basicLists.get(officer), 50)) + " / " + ms(percentile(basicLists.get(officer), 95)) + ", count "
          + ms(percentile(basicCounts.get(officer), 50)) + " / " + ms(percentile(basicCounts.get(officer), 95)));
      System.out.println("   " + officer + ": " + officerRows.get(officer).get(officerRows.get(officer).size() - 1));
    }
  }

  private void exitTable(Map<String, String> r) throws Exception {
    System.out.println("   exit table: " + exits + " exited lines");
    int year = LocalDate.now().getYear();
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    try (Connection c = jdbc.getDataSource().getConnection()) {
      c.setAutoCommit(false);
      int perEnterprise = 10;
      try (PreparedStatement e = c.prepareStatement("INSERT INTO reg_enterprise (credit_code, name, jurisdiction_code, sector, address,"
              + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, 'STEEL', '基准', CURRENT_TIMESTAMP, 'benchmark',"
              + " CURRENT_TIMESTAMP, 'benchmark')");
          PreparedStatement l = c.prepareStatement("INSERT INTO reg_production_line (credit_code, name, equipment_type, capacity,"
              + " capacity_unit, status, created_at) VALUES (?, ?, '中频炉', 1.5, '万吨/年', 'DISMANTLED', CURRENT_TIMESTAMP)")) {
        for (int i = 0; i < exits / perEnterprise; i++) {
          String first17 = "91440100" + String.format("%09d", 200000000 + i * 3);
          String code = first17 + CreditCode.checkCharacter(first17);
          e.setString(1, code);
          e.setString(2, "基准退出企业" + i);
          e.setString(3, i % 2 == 0 ? "440100" : "440600");
          e.addBatch();
          for (int k = 0; k < perEnterprise; k++) {
            l.setString(1, code);
            l.setString(2, (k + 1) + "号中频炉");
            l.addBatch();
          }
          if (i % 500 == 499) {
            e.executeBatch();
            l.executeBatch();
          }
        }
        e.executeBatch();
        l.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO ex_capacity_exit (line_id, case_number, credit_code, jurisdiction_code, sector, capacity,"
            + " capacity_unit, dimension, method, exit_date, exit_year) SELECT l.id, NULL, e.credit_code, e.jurisdiction_code,"
            + " e.sector, l.capacity, l.capacity_unit, 'TECHNOLOGY', 'DISMANTLED', DATE '" + year + "-06-30', " + year
            + " FROM reg_production_line l JOIN reg_enterprise e ON e.credit_code = l.credit_code WHERE e.address = '基准'");
      }
      c.commit();
    }
    long rows = jdbc.queryForObject("SELECT COUNT(*) FROM ex_capacity_exit WHERE exit_year = ?", Long.class, year);
    r.put("exit table: exited lines", String.valueOf(rows));
    for (String format : List.of("csv", "xlsx")) {
      String path = "/api/reports/annual-exits?jurisdiction=440000&year=" + year + "&format=" + format;
      download("guangdong-miit", path); // warm-up
      long t0 = System.nanoTime();
      long bytes = download("guangdong-miit", path);
      double seconds = (System.nanoTime() - t0) / 1e9;
      // Again, with the heap collected every 100 ms: the most it holds live while the table streams.
      System.gc();
      long before = heapUsed();
      long[] live = {before};
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          System.gc();
          live[0] = Math.max(live[0], heapUsed());
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.start();
      download("guangdong-miit", path);
      sampler.interrupt();
      sampler.join();
      r.put("exit table: " + format.toUpperCase(Locale.ROOT) + " seconds / MB written", format(seconds) + " / " + mb(bytes));
      r.put("exit table: " + format.toUpperCase(Locale.ROOT) + " live heap MB before → most during the download",
          mb(before) + " → " + mb(live[0]) + " (+" + mb(live[0] - before) + ")");
    }
  }

  // ---------------------------------------------------------------- pgbench

  private Map<String, String> pgbench() throws Exception {
    Map<String, String> r = new LinkedHashMap<>();
    String db = "capacity_exit_pgbench";
    try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", ""); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + db);
    }
    System.out.println("== pgbench");
    command("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-i", "-s", "10", "-q", db);
    String tpcb = command("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", "20", db);
    r.put("TPC-B-like, " + CLIENTS + " clients, 20 s: transactions per second", tps(tpcb));
    Path script = Files.createTempFile("insert", ".sql");
    Files.writeString(script, "INSERT INTO bench_insert (v) VALUES ('x');\n");
    try (Connection c = DriverManager.getConnection(PG_SERVER + db, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bench_insert (id BIGSERIAL PRIMARY KEY, v TEXT)");
    }
    String insert = command("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", "10",
        "-f", script.toString(), db);
    r.put("single-row insert commits, " + CLIENTS + " clients, 10 s: per second", tps(insert));
    try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", ""); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
    }
    return r;
  }

  private static String tps(String output) {
    for (String line : output.split("\n")) {
      if (line.startsWith("tps =")) {
        return line.replaceAll("tps = ([0-9.]+).*", "$1").replaceAll("\\.\\d+$", "");
      }
    }
    return "?";
  }

  private static String command(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  // ---------------------------------------------------------------- report

  private String report(String started, Map<String, String> pgbench) throws IOException, InterruptedException {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Written by `tools/benchmark` (see the README). Each figure comes from one run on the machine below;\n")
        .append("the engine's baselines (minimal processes, no product code) and pgbench ran in the same run.\n\n");
    md.append("- date: ").append(started).append("\n");
    md.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(cpu()).append(", ").append(mb(Runtime.getRuntime().maxMemory())).append(" MB max heap (")
        .append(System.getProperty("java.vm.name")).append(" ").append(System.getProperty("java.version")).append(")\n");
    md.append("- databases: PostgreSQL ").append(pgVersion()).append(" on the same machine; H2 ").append(org.h2.engine.Constants.VERSION)
        .append(" in a file\n");
    if (System.getProperty("bench.phases") != null) {
      md.append("- **diagnostic run of the phases ").append(System.getProperty("bench.phases")).append(" only**\n");
    }
    md.append("- command: `tools/benchmark` (sizes: ").append(cases).append(" cases, ").append(tasks).append(" open tasks, ")
        .append(exits).append(" exited lines; ").append(CLIENTS).append(" HTTP clients)\n");
    md.append("- Camunda 7.24.0, history level full, authorization and tenant checks on; PostgreSQL with autovacuum on for the run"
        + " (`ALTER SYSTEM`, reset afterwards) and `VACUUM ANALYZE` between phases\n\n");
    List<String> databases = new ArrayList<>(results.keySet());
    md.append("| figure | ").append(String.join(" | ", databases)).append(" |\n|---|")
        .append("---|".repeat(databases.size())).append("\n");
    for (String key : results.get(databases.get(0)).keySet()) {
      md.append("| ").append(key);
      for (String d : databases) {
        md.append(" | ").append(results.get(d).getOrDefault(key, ""));
      }
      md.append(" |\n");
    }
    md.append("\n## Task lists per officer\n\nThe 本部门任务 filter as Tasklist asks for it: the officer logged in to Tasklist"
        + " (its session and CSRF token), `POST /camunda/api/engine/engine/default/filter/{id}/list` newest first, the first 15"
        + " with the filter's columns embedded as HAL (the answer carries the filter's count too), and `.../count`;"
        + " authorization and tenant checks on, on PostgreSQL after `VACUUM ANALYZE` (what autovacuum would have collected); ")
        .append(Integer.getInteger("bench.samples", 100)).append(" list and count requests per officer after a warm-up. Then the same"
        + " through `/engine-rest` with HTTP Basic, which logs the user in again at every request (p50 / p95).\n\n");
    md.append("| officer | per database: tasks in the filter; Tasklist: list p50 / p95 / p99 ms, count p50 / p95 / p99 ms;"
        + " HTTP Basic: list, count p50 / p95 ms |\n|---|---|\n");
    officerRows.forEach((officer, values) -> md.append("| ").append(officer).append(" | ").append(String.join("<br>", values))
        .append(" |\n"));
    md.append("\n## Statements of one case\n\nOne `POST /api/cases` (one client, nothing else running), by statement and first table,"
        + " averaged over 20 cases:\n\n");
    intakeStatements.forEach((db, kinds) -> {
      md.append("- ").append(db).append(": ");
      md.append(String.join(", ", kinds.entrySet().stream().filter(e -> e.getValue() > 0)
          .map(e -> e.getValue() + "× `" + e.getKey().strip() + "`").toList())).append("\n");
    });
    if (!national.isEmpty()) {
      md.append("\n## National scale (PostgreSQL)\n\nThe organisation of `seeds/organisation/national/divisions.csv` (every province,"
          + " prefecture and county of mainland China, 国家统计局 2023 codes), each a tenant with its departments"
          + " (`capacity-exit.organisation.divisions=national`), on a fresh database, job executor off.\n\n| figure | value |\n|---|---|\n");
      national.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
      md.append("\n| who | filter: tasks | Tasklist login p50 / p95 ms | list of 15 p50 / p95 ms | count p50 / p95 ms"
          + " | dashboard p50 / p95 ms |\n|---|---|---|---|---|---|\n");
      nationalRows.forEach(row -> md.append(row).append("\n"));
    }
    if (!plans.isEmpty()) {
      md.append("\n## Plans of the slowest statements (PostgreSQL run)\n\n");
      plans.forEach(p -> md.append(p).append("\n\n"));
    }
    if (!pgbench.isEmpty()) {
      md.append("\n## What PostgreSQL allows (pgbench, same machine, same run)\n\n| figure | value |\n|---|---|\n");
      pgbench.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
      Map<String, String> pg = results.get("postgres");
      double commits = Double.parseDouble(pgbench.values().stream().reduce((a, b) -> b).orElse("0"));
      if (pg != null && commits > 0 && pg.containsKey("timer storm: cases per second")) {
        md.append("\nAs a fraction of PostgreSQL's single-row commit rate (").append(format(commits)).append("/s):\n\n");
        md.append("- intake: ").append(percent(Double.parseDouble(pg.get("intake: cases per second (POST /api/cases, " + CLIENTS
            + " clients)")) / commits)).append(" (minimal starts: ").append(percent(Double.parseDouble(pg.get(
                "intake: minimal starts per second (engine REST, " + CLIENTS + " clients)")) / commits)).append(")\n");
        md.append("- timer storm: ").append(percent(Double.parseDouble(pg.get("timer storm: cases per second")) / commits))
            .append("\n");
      }
    }
    md.append("\n## Reading the figures\n\n");
    md.append("- A case is far more than a process start: the decision table (lead department, period, legal basis), the case\n"
        + "  record and its event in the product's tables, the enterprise lookup and the tenant check, the notice task with its\n"
        + "  form, candidate group and due date, and the reminder and escalation timers. The ratio says what that costs.\n"
        + "  Both rates are measured warm (the first tenth of the cases and of the minimal starts untimed), the rest in four\n"
        + "  alternating rounds of cases and minimal starts.\n");
    md.append("- In the storm, each due deadline marks the case overdue in the product's record, opens the re-inspection task for\n"
        + "  the lead department with its due date and escalation timer, and cancels the reminder.\n");
    md.append("- The task list figures are what an officer waits for when Tasklist opens the 本部门任务 filter: the first page\n"
        + "  (its answer carries the count) and the count, in Tasklist's session, authorization and tenant checks on.\n");
    md.append("- The exit table streams: rows go from the database cursor (fetch size 500) to the response, the XLSX through\n"
        + "  POI's SXSSF window of 100 rows; the live heap, sampled after a collection every 100 ms during a second download,\n"
        + "  grows by far less than the file.\n");
    md.append("- Job executor: ").append(results.values().iterator().next().get("job executor"))
        .append("; acquisition by due date through an index on ACT_RU_JOB(DUEDATE_). The lock time bounds how long a\n"
            + "  crashed node's jobs wait before another node takes them (CrashSafetyIntegrationTests uses 10 s).\n");
    md.append("- Between the phases the PostgreSQL run vacuums and analyses (untimed), as autovacuum would in production; the\n"
        + "  minimal timers on a clean database run first, before any case exists, and are the storm's target (at least half).\n");
    md.append("- Slow statements are explained by auto_explain with row counts but no timing in every session of the run.\n");
    return md.toString();
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String pgVersion() {
    try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", ""); Statement s = c.createStatement();
        var rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      return rs.getString(1);
    } catch (Exception e) {
      return "?";
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The query Tasklist adds to a filter: sorted by creation, newest first. */
  private static final String TASKLIST_QUERY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  private HttpResponse<String> send(String user, String method, String path, String contentType, String body) {
    return send(user, method, path, contentType, body, "application/json");
  }

  private HttpResponse<String> send(String user, String method, String path, String contentType, String body, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Accept", accept)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long download(String user, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .build();
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode());
    }
    long bytes = 0;
    byte[] buffer = new byte[65536];
    try (InputStream in = response.body()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
      }
    }
    return bytes;
  }

  private static void expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + ": " + response.body());
    }
  }

  /** Runs {@code n} calls on {@link #CLIENTS} threads; returns calls per second. */
  static double parallel(int n, IntConsumer call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) {
      futures.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < n; ) {
          call.accept(i);
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return n / ((System.nanoTime() - start) / 1e9);
  }

  private static void waitUntil(LongSupplier value, long target, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (value.getAsLong() > target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not done within " + seconds + " s: " + value.getAsLong() + " left");
      }
      Thread.sleep(100);
    }
  }

  private static long percentile(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, ratio < 0.1 ? "%.1f%%" : "%.0f%%", ratio * 100);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
