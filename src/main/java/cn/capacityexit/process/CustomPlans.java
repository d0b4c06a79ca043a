package cn.capacityexit.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.postgresql.PGStatement;

/**
 * Issue 17: the task list and its count are planned for the groups and tenants of each request on PostgreSQL.
 *
 * <p>The JDBC driver prepares a statement on the server from its fifth execution on a connection, and PostgreSQL then
 * compares the plans it made for the actual values with a generic plan made for any values, priced for an average
 * department (1,666 tasks in the benchmark). The generic plan wins on price and is used for every department from then
 * on: for the biggest one (20,740 tasks) it walks the candidate links into the tasks one by one and sorts the ids, 47-65
 * ms against the 24-25 ms of the plan made for its own values (psql, PREPARE and EXECUTE). These statements are
 * therefore never prepared on the server: each execution is planned with its values (about 1 ms of planning). Every
 * other statement of the engine keeps the driver's default.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
final class CustomPlans implements Interceptor {

  /** The mapped statements planned per execution: the task list (the product's and the engine's) and the count. */
  static final Set<String> STATEMENTS = Set.of(
      TaskListQueries.STATEMENT,
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria");

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Object prepared = invocation.proceed();
    if (prepared instanceof Statement statement && STATEMENTS.contains(statementId(invocation.getTarget()))) {
      planPerExecution(statement);
    }
    return prepared;
  }

  /** The id of the mapped statement behind a handler (MyBatis's routing handler delegates to the one that prepares). */
  static String statementId(Object handler) {
    MetaObject meta = SystemMetaObject.forObject(handler);
    String path = meta.hasGetter("delegate") ? "delegate.mappedStatement" : "mappedStatement";
    return meta.hasGetter(path) && meta.getValue(path) instanceof MappedStatement ms ? ms.getId() : null;
  }

  /** PostgreSQL's statements only: threshold 0 means the driver never names the statement on the server. */
  static void planPerExecution(Statement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  }
}
