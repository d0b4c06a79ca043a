package cn.capacityexit.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends (issue 17: statements per {@code POST /api/cases}). Wraps the
 * application's DataSource: every statement executed, and every statement added to a batch, counts once; the kind of
 * statement (SELECT, INSERT, UPDATE, DELETE) and its table are tallied while {@link #tally} is on.
 */
final class StatementCounter implements BeanPostProcessor {

  static final AtomicLong STATEMENTS = new AtomicLong();
  static volatile boolean tally;
  /** Connections taken while counting are counted; the others are the pool's own (no cost to the timed phases). */
  static volatile boolean counting;
  static final Map<String, AtomicLong> BY_KIND = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, ds, (target, method, args) -> {
        Object result = invoke(target, method, args);
        return result instanceof Connection c && counting ? connection(c) : result;
      });
    }
    return bean;
  }

  static void reset() {
    STATEMENTS.set(0);
    BY_KIND.clear();
  }

  /** The tally as "12 SELECT act_ru_task, 3 INSERT rc_case, ..." by count. */
  static Map<String, Long> tallied() {
    Map<String, Long> result = new TreeMap<>();
    BY_KIND.forEach((k, v) -> result.put(k, v.get()));
    return result;
  }

  private static Connection connection(Connection c) {
    return proxy(Connection.class, c, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof Statement && (method.getName().startsWith("prepare") || method.getName().equals("createStatement"))) {
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        @SuppressWarnings("unchecked")
        Class<Statement> type = (Class<Statement>) method.getReturnType();
        return statement(type, (Statement) result, sql);
      }
      return result;
    });
  }

  private static Statement statement(Class<Statement> type, Statement s, String prepared) {
    return proxy(type, s, (target, method, args) -> {
      String name = method.getName();
      boolean counts = name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")
          && !name.equals("executeLargeBatch"));
      if (counts) {
        STATEMENTS.incrementAndGet();
        if (tally) {
          String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String t ? t : "?";
          BY_KIND.computeIfAbsent(kind(sql), k -> new AtomicLong()).incrementAndGet();
        }
      }
      return invoke(target, method, args);
    });
  }

  /** "SELECT act_ru_task": the statement's verb and first table. */
  static String kind(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ");
    String verb = s.split(" ", 2)[0].toUpperCase();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b(?:from|into|update)\\s+([a-z_][a-z0-9_.]*)").matcher(s);
    return verb + " " + (m.find() ? m.group(1).toLowerCase() : "");
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler handler) {
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
        (p, method, args) -> handler.handle(target, method, args));
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }
}
