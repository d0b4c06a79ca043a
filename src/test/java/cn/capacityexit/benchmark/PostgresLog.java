package cn.capacityexit.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans of the slowest statements of a run: PostgreSQL's auto_explain writes the plan of every statement slower
 * than {@link #THRESHOLD_MS} (with the rows each node returned) to the server's log; the benchmark reads what the run
 * added to the log ({@code -Dbench.pglog}, default Debian's) and files each plan under the phase it ran in.
 */
final class PostgresLog {

  static final int THRESHOLD_MS = Integer.getInteger("bench.explainMs", 200);
  static final Path LOG = Path.of(System.getProperty("bench.pglog", "/var/log/postgresql/postgresql-15-main.log"));
  private static final Pattern ENTRY = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+) \\[\\d+\\] ");
  private static final Pattern DURATION = Pattern.compile("LOG:  duration: ([0-9.]+) ms  plan:");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS z");

  private PostgresLog() {}

  /** Every session of the database loads auto_explain (row counts, no timing: the run's own figures barely change). */
  static void explainSlowStatements(Statement s, String database) throws SQLException {
    s.execute("ALTER DATABASE " + database + " SET session_preload_libraries = 'auto_explain'");
    s.execute("ALTER DATABASE " + database + " SET auto_explain.log_min_duration = '" + THRESHOLD_MS + "ms'");
    s.execute("ALTER DATABASE " + database + " SET auto_explain.log_analyze = on");
    s.execute("ALTER DATABASE " + database + " SET auto_explain.log_timing = off");
  }

  static long size() {
    try {
      return Files.size(LOG);
    } catch (IOException e) {
      return -1;
    }
  }

  /** The slowest distinct statements since {@code offset}, as Markdown sections, slowest first. */
  static List<String> slowestPlans(long offset, NavigableMap<Instant, String> phases, int most) {
    List<String> out = new ArrayList<>();
    if (offset < 0) {
      out.add("The server's log (" + LOG + ") could not be read: no plans.");
      return out;
    }
    String text;
    try (RandomAccessFile f = new RandomAccessFile(LOG.toFile(), "r")) {
      f.seek(offset);
      byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, f.length() - offset)];
      f.readFully(bytes);
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      out.add("The server's log (" + LOG + ") could not be read: " + e.getMessage());
      return out;
    }
    record Plan(double ms, String phase, String body) {}
    List<Plan> found = new ArrayList<>();
    StringBuilder current = null;
    String stamp = null;
    for (String line : (text + "\n2000-01-01 00:00:00.000 UTC [0] END").split("\n")) {
      Matcher m = ENTRY.matcher(line);
      if (m.find()) {
        if (current != null) {
          Matcher d = DURATION.matcher(current);
          if (d.find()) {
            found.add(new Plan(Double.parseDouble(d.group(1)), phase(stamp, phases), current.toString()));
          }
        }
        current = line.contains("duration:") && line.contains("plan:") ? new StringBuilder(line).append('\n') : null;
        stamp = m.group(1);
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    Map<String, Plan> slowest = new LinkedHashMap<>();
    for (Plan p : found) {
      Matcher q = Pattern.compile("Query Text: (.*)").matcher(p.body());
      String key = q.find() ? q.group(1).replaceAll("\\s+", " ").replaceAll("'[^']*'|\\$\\d+|\\b\\d+\\b", "?") : p.body();
      key = key.substring(0, Math.min(300, key.length()));
      Plan before = slowest.get(key);
      if (before == null || before.ms() < p.ms()) {
        slowest.put(key, p);
      }
    }
    out.add(found.size() + " statements took " + THRESHOLD_MS + " ms or more (auto_explain, rows without timing); the "
        + Math.min(most, slowest.size()) + " slowest distinct ones:");
    slowest.values().stream().sorted(Comparator.comparingDouble(Plan::ms).reversed()).limit(most).forEach(p -> {
      // The query's text on one line (MyBatis leaves it full of blank lines), then the plan.
      List<String> lines = p.body().lines().skip(1).map(l -> l.replaceFirst("^\\t", "")).filter(l -> !l.isBlank()).toList();
      int plan = 0;
      while (plan < lines.size() && !lines.get(plan).contains("(cost=")) {
        plan++;
      }
      String query = String.join(" ", lines.subList(0, plan)).replaceAll("\\s+", " ");
      List<String> planLines = lines.subList(plan, Math.min(lines.size(), plan + 40));
      String body = (query.length() > 900 ? query.substring(0, 900) + " …" : query) + "\n" + String.join("\n", planLines);
      out.add(String.format(java.util.Locale.ROOT, "**%.0f ms, %s**%n%n```text%n%s%n```", p.ms(), p.phase(),
          body.length() > 6000 ? body.substring(0, 6000) + "\n…" : body));
    });
    return out;
  }

  private static String phase(String stamp, NavigableMap<Instant, String> phases) {
    try {
      Map.Entry<Instant, String> e = phases.floorEntry(ZonedDateTime.parse(stamp, STAMP).toInstant());
      return e == null ? "start-up" : e.getValue();
    } catch (RuntimeException e) {
      return "?";
    }
  }
}
