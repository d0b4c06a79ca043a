package cn.capacityexit.web;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

/**
 * What a refusal means to the person who sent the request, whichever way it came (the product's
 * {@code /api}, the engine REST API, Tasklist): the product's own refusal found anywhere in the
 * cause chain of an engine error, answered with its status and one Chinese sentence, never a class
 * name or a stack trace. Null when the error is not a refusal (a real failure: 500).
 */
public record Refusals(HttpStatus status, String type, String message, List<FieldProblem> problems) {

  static final String TENANT_CHECK = "ENGINE-13034";
  /** SQL states of a transaction stopped by a concurrent one: serialization failure, deadlock, lock not available, H2's lock timeout. */
  private static final java.util.Set<String> CONCURRENT_CHANGE = java.util.Set.of("40001", "40P01", "55P03", "HYT00");
  private static final String UNIQUE_VIOLATION = "23505";

  public static Refusals of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException e) {
        String text = e.problems().stream().limit(20).map(p -> "“" + p.field() + "”" + p.reason())
            .collect(java.util.stream.Collectors.joining("；"));
        return new Refusals(HttpStatus.BAD_REQUEST, "InvalidInput", "输入有误：" + text, e.problems());
      }
      if (t instanceof ForbiddenException || t instanceof AuthorizationException) {
        return new Refusals(HttpStatus.FORBIDDEN, "Forbidden", t.getMessage(), List.of());
      }
      if (t instanceof NotFoundException) {
        return new Refusals(HttpStatus.NOT_FOUND, "NotFound", t.getMessage(), List.of());
      }
      if (t instanceof ConflictException) {
        return new Refusals(HttpStatus.CONFLICT, "Conflict", t.getMessage(), List.of());
      }
      if (t instanceof OptimisticLockingException) {
        return new Refusals(HttpStatus.CONFLICT, "Conflict", "该事项刚被他人办理，请刷新后重试", List.of());
      }
      if (t instanceof ConcurrencyFailureException
          || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && CONCURRENT_CHANGE.contains(sql.getSQLState())) {
        // Two officers act on the same record at once and the database, not the engine's version check, stops the
        // second: a deadlock, a serialization failure or a lock wait given up (PostgreSQL, H2). Nothing was recorded
        // for the second; it is the same conflict as the engine's optimistic locking.
        return new Refusals(HttpStatus.CONFLICT, "Conflict", "该事项刚被他人办理，请刷新后重试", List.of());
      }
      if (t instanceof DuplicateKeyException
          || t instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return new Refusals(HttpStatus.CONFLICT, "Conflict", "该记录已存在，不能重复办理", List.of());
      }
      if (t.getMessage() != null && t.getMessage().contains(TENANT_CHECK)) {
        return new Refusals(HttpStatus.FORBIDDEN, "Forbidden", "无权办理其他辖区的事项", List.of());
      }
      if (t instanceof NullValueException && t.getMessage() != null
          && (t.getMessage().startsWith("task is null") || t.getMessage().startsWith("Cannot find task"))) {
        return new Refusals(HttpStatus.NOT_FOUND, "NotFound", "任务不存在或已经办结", List.of());
      }
      if (t instanceof BadUserRequestException && t.getMessage() != null && isChinese(t.getMessage())) {
        return new Refusals(HttpStatus.BAD_REQUEST, "InvalidInput", t.getMessage(), List.of());
      }
    }
    return null;
  }

  private static boolean isChinese(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
