package cn.capacityexit.process;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's authorizations without its rows per task (issue 17; BENCHMARKS.md, README "Who may read and work a task").
 *
 * <p>Camunda writes one ACT_RU_AUTHORIZATION row per task and candidate group, assignee and owner, and checks every task
 * of a list against them with {@code RESOURCE_ID_ IN (task, process definition, '*')}: for a department with 20,000 open
 * tasks that is 20,000 index look-ups per count (about 0.2 s on PostgreSQL with statistics, 28 s without), and two
 * writes per task and group in the intake and the timer storm. Instead the officers' role group reads and works tasks
 * through the process definitions ({@code READ_TASK, TASK_WORK, TASK_ASSIGN} on {@code *}: organisation.OrganisationSeeder),
 * the tenant check keeps that to the officer's jurisdictions, and {@link ProcessIntegrityGuard} lets only the task's
 * assignee or a member of its candidate groups claim, complete, submit or comment it. The trade-off: an officer may read
 * (not work) another department's task of the same jurisdiction through the engine REST API, as the officer could
 * already read its case's variables (READ_INSTANCE).
 */
class TaskAuthorizations extends DefaultAuthorizationProvider {

  private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

  @Override
  public AuthorizationEntity[] newTask(Task task) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    return NONE;
  }
}
