package cn.capacityexit.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The four shared Tasklist filters every user sees, with the enterprise, the case number and the
 * case's statutory date now running (法定期限: the rectification deadline, then the exit deadline, the
 * dismantling deadline, a milestone's date) as columns, named apart from the task's own due date
 * (办理期限). Which tasks appear is still limited by the user's candidate groups and tenants; the
 * filters only sort and narrow. What is missing is added; an older column set is brought up to date.
 */
@Component
@Order(2)
public class TasklistFilters implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    Set<String> names = filters.createFilterQuery().list().stream().map(Filter::getName).collect(Collectors.toSet());
    int created = 0;
    created += ensure(names, "我的任务", "已认领、由我办理的任务", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    created += ensure(names, "本部门任务", "本部门（含我所在各组）待认领和已认领的任务", 0,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    created += ensure(names, "7日内到期", "7日内到期、尚未逾期的任务", 10,
        tasks.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7)}"));
    created += ensure(names, "已逾期", "已超过办理期限的任务", 20,
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
    if (created > 0) {
      LOG.info("Tasklist filters added: {}", created);
    }
  }

  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", VariableNames.ENTERPRISE_NAME, "label", "企业"),
      Map.of("name", VariableNames.CASE_NUMBER, "label", "案件编号"),
      Map.of("name", VariableNames.DEADLINE, "label", "法定期限"));

  private int ensure(Set<String> existing, String name, String description, int priority, TaskQuery query) {
    if (existing.contains(name)) {
      for (Filter f : filters.createFilterQuery().filterName(name).list()) {
        Map<String, Object> properties = new LinkedHashMap<>(f.getProperties());
        if (!COLUMNS.equals(properties.get("variables"))) {
          properties.put("variables", COLUMNS);
          filters.saveFilter(f.setProperties(properties));
        }
      }
      return 0;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", COLUMNS);
    Filter filter = filters.saveFilter(filters.newTaskFilter(name).setProperties(properties).setQuery(query));
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
    return 1;
  }
}
