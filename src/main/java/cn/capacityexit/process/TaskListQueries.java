package cn.capacityexit.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Issue 17: on PostgreSQL the engine's task list ({@code selectTaskByQueryCriteria}) is answered by the statement of
 * {@code TaskListQueries.xml}: the engine's own criteria select the tasks' ids, and the page is taken from the tasks
 * with those ids, instead of a {@code select distinct} over every column that sorts a whole department before it
 * returns 15 rows. The criteria, the authorization check and the tenant check are the engine's fragments, referenced
 * by MyBatis, so they stay what the engine checks; only the outer query changes. Installed on PostgreSQL and H2,
 * the product's two databases, so that every integration test runs the task lists through it.
 */
final class TaskListQueries {

  static final String ENGINE_STATEMENT = "selectTaskByQueryCriteria";
  static final String STATEMENT = "cn.capacityexit.process.TaskListQueries.selectTasksOneRowPerTask";
  private static final String RESOURCE = "cn/capacityexit/process/TaskListQueries.xml";

  private TaskListQueries() {
  }

  /** Adds the statement to the engine's MyBatis configuration and maps the engine's task list to it. */
  static void install(ProcessEngineConfigurationImpl configuration) {
    if (!java.util.Set.of(DbSqlSessionFactory.POSTGRES, DbSqlSessionFactory.H2).contains(configuration.getDatabaseType())) {
      return; // the product runs on these two; the paging of other databases wraps the engine's select in its own way
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (mybatis.getInterceptors().stream().noneMatch(CustomPlans.class::isInstance)) {
      mybatis.addInterceptor(new CustomPlans());
    }
    if (!mybatis.hasStatement(STATEMENT, false)) {
      try (InputStream xml = TaskListQueries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (xml == null) {
          throw new IllegalStateException(RESOURCE + " is missing");
        }
        new XMLMapperBuilder(xml, mybatis, RESOURCE, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + RESOURCE, e);
      }
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings());
    mappings.put(ENGINE_STATEMENT, STATEMENT);
    sessions.setStatementMappings(mappings);
  }
}
