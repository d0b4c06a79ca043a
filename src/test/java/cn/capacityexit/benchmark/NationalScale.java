package cn.capacityexit.benchmark;

import cn.capacityexit.CapacityExitApplication;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national organisation on PostgreSQL (issue 17): every province, prefecture and county of mainland China
 * (seeds/organisation/national/divisions.csv), each a tenant with its departments. Measures the first start (the
 * organisation seeded), a restart, a county officer's, a provincial manager's and the national manager's Tasklist
 * login, their filters and their dashboard, with open tasks spread over every department of the country.
 */
final class NationalScale {

  private static final String DATABASE = "capacity_exit_national";
  private static final String COUNTY = "130102"; // 石家庄市长安区
  private static final String PROVINCE = "130000"; // 河北省

  private final Map<String, String> figures;
  private final List<String> rows;
  private final int tasks = Integer.getInteger("bench.nationalTasks", 20_000);

  NationalScale(Map<String, String> figures, List<String> rows) {
    this.figures = figures;
    this.rows = rows;
  }

  void run(String server) throws Exception {
    System.out.println("== national organisation on PostgreSQL");
    try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", ""); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
    }
    String[] arguments = {"--spring.datasource.url=" + server + DATABASE, "--spring.datasource.username=postgres",
        "--spring.datasource.password=", "--server.port=0", "--capacity-exit.organisation.divisions=national",
        "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN", "--logging.level.cn.capacityexit=WARN"};
    long t0 = System.nanoTime();
    ConfigurableApplicationContext context = start(arguments);
    double first = seconds(t0);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    Organisation organisation = context.getBean(Organisation.class);
    long provinces = organisation.jurisdictions().stream().filter(Jurisdiction::isProvince).count();
    long counties = organisation.jurisdictions().stream().filter(j -> j.level() == cn.capacityexit.organisation.Level.COUNTY).count();
    figures.put("jurisdictions (tenants): provinces / prefectures / counties", provinces + " / "
        + (organisation.jurisdictions().size() - provinces - counties) + " / " + counties);
    figures.put("identity: groups / tenant memberships / authorizations", jdbc.queryForObject("SELECT count(*) FROM act_id_group", Long.class)
        + " / " + jdbc.queryForObject("SELECT count(*) FROM act_id_tenant_member", Long.class) + " / "
        + jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization", Long.class));
    figures.put("first start on an empty database, organisation seeded, seconds", format(first));
    context.close();
    t0 = System.nanoTime();
    context = start(arguments);
    figures.put("restart on the seeded database, seconds", format(seconds(t0)));
    try {
      measure(context);
    } finally {
      context.close();
    }
  }

  private void measure(ConfigurableApplicationContext context) throws Exception {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    Organisation organisation = context.getBean(Organisation.class);
    IdentityService identity = engine.getIdentityService();
    user(identity, "county-officer", "长安区工业和信息化局", GroupIds.department("miit", COUNTY), GroupIds.OFFICERS);
    user(identity, "province-manager", "河北省管理人员", GroupIds.manager(PROVINCE), GroupIds.MANAGERS);
    user(identity, "national-manager", "全国管理人员", GroupIds.NATIONAL_MANAGERS, GroupIds.MANAGERS);

    engine.getRepositoryService().createDeployment().name("national benchmark")
        .addModelInstance("bench-national-task.bpmn", Bpmn.createExecutableProcess("bench-national-task").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_National").camundaCandidateGroups("${group}").camundaDueDate("${due}").endEvent().done())
        .deploy();
    List<String[]> groups = new ArrayList<>();
    for (Jurisdiction j : organisation.jurisdictions()) {
      for (String d : j.departments()) {
        groups.add(new String[] {GroupIds.department(d, j.code()), j.code()});
      }
    }
    Collections.shuffle(groups, new java.util.Random(17));
    int own = tasks / 25;
    System.out.println("   national: " + tasks + " open tasks, " + own + " for miit-" + COUNTY + ", the rest over " + groups.size()
        + " department groups");
    Date overdue = new Date(System.currentTimeMillis() - 86_400_000L);
    Date soon = new Date(System.currentTimeMillis() + 3 * 86_400_000L);
    long t0 = System.nanoTime();
    Benchmarks.parallel(tasks, i -> {
      String[] g = i < own ? new String[] {GroupIds.department("miit", COUNTY), COUNTY} : groups.get(i % groups.size());
      engine.getRuntimeService().startProcessInstanceByKey("bench-national-task", Map.of("group", g[0], "jurisdictionCode", g[1],
          "due", i % 2 == 0 ? overdue : soon));
    });
    figures.put("open tasks (every department of the country), created per second", tasks + " (" + format(tasks / seconds(t0)) + ")");
    try (Connection c = context.getBean(javax.sql.DataSource.class).getConnection(); Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE");
    }

    String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    Map<String, String> filters = new LinkedHashMap<>();
    for (JsonNode f : new Http(base).as("county-officer", "demo").get("/engine-rest/filter").json()) {
      filters.put(f.get("name").asText(), f.get("id").asText());
    }
    record Who(String user, String role, String filter) {}
    for (Who who : List.of(new Who("county-officer", "county officer (长安区 miit)", "本部门任务"),
        new Who("province-manager", "provincial manager (河北省)", "已逾期"),
        new Who("national-manager", "national manager (every tenant)", "已逾期"))) {
      Http basic = new Http(base).as(who.user(), "demo");
      List<Long> logins = sample(10, () -> {
        new Http(base).loginToWebapp("tasklist", who.user(), "demo");
        return 0L;
      });
      String filter = filters.get(who.filter());
      long[] seen = {0};
      List<Long> lists = sample(30, () -> expect(basic.post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
          Map.of())).status());
      List<Long> counts = sample(30, () -> {
        seen[0] = expect(basic.post("/engine-rest/filter/" + filter + "/count", Map.of())).json().get("count").asLong();
        return seen[0];
      });
      String[] top = {""};
      List<Long> dashboards = sample(10, () -> {
        JsonNode d = expect(basic.get("/api/dashboard")).json();
        top[0] = d.get("jurisdictionName").asText() + ", " + d.get("jurisdictions").size() + " jurisdictions";
        return 0L;
      });
      rows.add("| " + who.role() + " | " + who.filter() + ": " + seen[0] + " | " + p(logins, 50) + " / " + p(logins, 95) + " | "
          + p(lists, 50) + " / " + p(lists, 95) + " | " + p(counts, 50) + " / " + p(counts, 95) + " | " + p(dashboards, 50) + " / "
          + p(dashboards, 95) + " (" + top[0] + ") |");
    }
    System.gc();
    figures.put("application heap in use after the measurements, MB", format(
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0));
  }

  private static Http.Response expect(Http.Response r) {
    if (r.status() != 200) {
      throw new IllegalStateException(r.status() + ": " + r.body());
    }
    return r;
  }

  private static void user(IdentityService identity, String id, String name, String... groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User u = identity.newUser(id);
    u.setFirstName(name);
    u.setLastName("");
    u.setPassword("demo");
    identity.saveUser(u);
    for (String g : groups) {
      identity.createMembership(id, g);
    }
  }

  private static ConfigurableApplicationContext start(String[] arguments) {
    return new SpringApplicationBuilder(CapacityExitApplication.class).run(arguments);
  }

  /** Times {@code n} calls after two of warm-up; nanoseconds. */
  private static List<Long> sample(int n, Supplier<Object> call) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < n + 2; i++) {
      long t0 = System.nanoTime();
      call.get();
      if (i >= 2) {
        times.add(System.nanoTime() - t0);
      }
    }
    return times;
  }

  private static String p(List<Long> values, int percentile) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    long v = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    return String.format(Locale.ROOT, "%.0f", v / 1e6);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
  }


}
