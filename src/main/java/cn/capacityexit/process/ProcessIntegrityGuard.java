package cn.capacityexit.process;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Process variables are input, never authority. Every command a user sends to the engine (the
 * engine REST API, Tasklist, Cockpit, Admin, or any other client with a login) passes here first:
 * <ul>
 *   <li>only the task's assignee, its candidate users and the members of its candidate groups may
 *       claim, complete, submit, comment or attach to it (the engine writes no authorization per task:
 *       {@link TaskAuthorizations});</li>
 *   <li>completing a task or submitting its form may set only the fields that the task's deployed
 *       form declares;</li>
 *   <li>a process may be started only from its start form, with only the fields that form
 *       declares and no business key: a process without a start form is started by the product;</li>
 *   <li>messages, signals, conditions, instance modification, restart and direct variable writes
 *       are the product's own: a user's request is refused;</li>
 *   <li>a deployment may contain only models whose expressions the {@link ModelPolicy} allows;</li>
 *   <li>only administrators change user accounts.</li>
 * </ul>
 * The product's own calls pass: the engine acting on its own (no authentication), nested calls
 * from the process's own steps, and the {@code /api} controllers' calls inside {@link ProductCall}.
 */
public class ProcessIntegrityGuard extends CommandInterceptor {

  static final String ADMIN_GROUP = "camunda-admin";

  /** Commands that only the product issues. Simple class names, so that the set reads as a list. */
  private static final Set<String> PRODUCT_ONLY = Set.of(
      // messages, signals, conditions: what the enterprise, the public or a timer sends
      "CorrelateMessageCmd", "CorrelateAllMessageCmd", "CorrelateAllMessageBatchCmd", "MessageEventReceivedCmd",
      "SignalEventReceivedCmd", "SignalCmd", "EvaluateStartConditionCmd",
      // moving an instance past the procedure, or ending it through an unhandled error
      "StartProcessInstanceAtActivitiesCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
      "ProcessInstanceModificationCmd", "ProcessInstanceModificationBatchCmd", "RestartProcessInstancesCmd",
      "RestartProcessInstancesBatchCmd", "MigrateProcessInstanceCmd", "MigrateProcessInstanceBatchCmd",
      "SetProcessDefinitionVersionCmd", "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd",
      // statutory clocks: a timer fires when its date comes, never earlier
      "SetJobDuedateCmd", "ExecuteJobsCmd",
      // variables other than a form's fields
      "SetExecutionVariablesCmd", "SetTaskVariablesCmd", "PatchExecutionVariablesCmd", "PatchTaskVariablesCmd",
      "RemoveExecutionVariablesCmd", "RemoveTaskVariablesCmd", "SetVariablesToProcessInstancesBatchCmd",
      // external tasks: the product has none
      "CompleteExternalTaskCmd", "HandleExternalTaskBpmnErrorCmd", "HandleExternalTaskFailureCmd");

  /**
   * Commands only administrators may issue: accounts (a user may not rename or delete themself) and
   * a task's addressees, name, due date and owner (an officer may not hand a task to another
   * department or move the date the case record shows).
   */
  private static final Set<String> ADMIN_ONLY = Set.of("SaveUserCmd", "DeleteUserCmd", "SetUserInfoCmd", "DeleteUserInfoCmd",
      "SetUserPictureCmd", "DeleteUserPictureCmd", "UnlockUserCmd", "SaveTaskCmd", "SetTaskDueDateCmd", "SetTaskNameCmd",
      "SetTaskDescriptionCmd", "SetTaskOwnerCmd", "SetTaskPriorityCmd", "AddGroupIdentityLinkCmd", "AddUserIdentityLinkCmd",
      "DeleteGroupIdentityLinkCmd", "DeleteUserIdentityLinkCmd", "DelegateTaskCmd", "DeleteTaskCmd");

  /**
   * Variables the product's steps set and its gateways, timers and candidate groups read: no task
   * form may submit them, even one an analyst deploys later that declares them.
   */
  static final Set<String> RESERVED = Set.of("caseNumber", "eliminationNumber", "campaignId", "parentCampaignId",
      "jurisdictionCode", "enterpriseCreditCode", "enterpriseName", "productionLineId", "productionLineIds", "leadDepartment",
      "needsGovernmentApproval", "firstMeasure", "firstMeasureName", "hasStatutoryPeriod", "maxExtensionMonths", "legalBasis",
      "dimension", "dimensionName", "severity", "deadline", "deadlineDate", "reminderDate", "exitDeadlineAt",
      "dismantleDeadlineAt", "dismantleReminderAt", "milestoneKey", "milestoneGroup", "milestoneDueAt", "milestoneReminderAt",
      "needsApproval", "creditRecordKey", "licenceAction", "campaignYear");

  private final ProcessEngineConfigurationImpl engine;
  private final ModelPolicy models;
  private final Map<String, Set<String>> fieldsByForm = new ConcurrentHashMap<>();

  public ProcessIntegrityGuard(ProcessEngineConfigurationImpl engine, ModelPolicy models) {
    this.engine = engine;
    this.models = models;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean outermost = Context.getCommandContext() == null;
    if (outermost && !ProductCall.active()) {
      Authentication user = engine.getIdentityService().getCurrentAuthentication();
      if (user != null && user.getUserId() != null) {
        check(command, user);
      }
    }
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      // Two officers complete the same task at once: on a database that reads committed rows (H2),
      // the loser can find the task and then no execution behind it. That is a concurrent change,
      // answered like the engine's optimistic locking (409), not a failure of the product (500).
      for (Throwable t = e; outermost && t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof NullPointerException && t.getStackTrace().length > 0
            && t.getStackTrace()[0].getClassName().startsWith("org.camunda.bpm.engine.impl")) {
          throw new OptimisticLockingException("concurrent change while running " + command.getClass().getSimpleName() + ": "
              + t.getMessage());
        }
      }
      throw e;
    }
  }

  private void check(Command<?> command, Authentication user) {
    String name = command.getClass().getSimpleName();
    if (PRODUCT_ONLY.contains(name)) {
      throw new AuthorizationException("该操作只能由系统按流程执行，不能直接调用（" + operation(name) + "）");
    }
    if (ADMIN_ONLY.contains(name) && !isAdmin(user)) {
      throw new AuthorizationException(name.contains("User")
          ? "用户资料由系统管理员维护，本人不能修改" : "任务的办理部门、名称和期限由流程确定，不能修改或转交");
    }
    switch (name) {
      case "AssignTaskCmd", "ClaimTaskCmd" -> {
        String assignee = (String) field(command, "userId");
        if (assignee != null && !assignee.equals(user.getUserId()) && !isAdmin(user)) {
          throw new AuthorizationException("任务只能由本人认领，不能指派给他人");
        }
        checkWorker((String) field(command, "taskId"), user);
      }
      case "CompleteTaskCmd", "ResolveTaskCmd" -> {
        checkWorker((String) field(command, "taskId"), user);
        checkTask((String) field(command, "taskId"), (Map<String, ?>) field(command, "variables"));
      }
      case "SubmitTaskFormCmd" -> {
        checkWorker((String) field(command, "taskId"), user);
        checkTask((String) field(command, "taskId"), (Map<String, ?>) field(command, "properties"));
      }
      case "AddCommentCmd", "UpdateCommentCmd", "DeleteTaskCommentCmd", "CreateAttachmentCmd", "DeleteAttachmentCmd" ->
          checkWorker((String) field(command, "taskId"), user);
      case "SaveAttachmentCmd" -> {
        Attachment attachment = (Attachment) field(command, "attachment");
        checkWorker(attachment == null ? null : attachment.getTaskId(), user);
      }
      case "StartProcessInstanceCmd" -> {
        ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
        checkStart(definition(start.getProcessDefinitionId(), start.getProcessDefinitionKey(), start.getProcessDefinitionTenantId()),
            start.getBusinessKey(), start.getVariables());
      }
      case "SubmitStartFormCmd" -> checkStart(definition((String) field(command, "processDefinitionId"), null, null),
          (String) field(command, "businessKey"), (Map<String, ?>) field(command, "variables"));
      case "DeployCmd" -> {
        DeploymentBuilderImpl deployment = (DeploymentBuilderImpl) field(command, "deploymentBuilder");
        if (!deployment.getDeployments().isEmpty() || !((Map<?, ?>) field(deployment, "deploymentResourcesById")).isEmpty()
            || !((Map<?, ?>) field(deployment, "deploymentResourcesByName")).isEmpty()) {
          throw new AuthorizationException("部署被拒绝：不能重新部署以前部署中的资源，请部署模型文件本身");
        }
        models.check(deployment.getDeployment().getResources());
      }
      default -> { }
    }
  }

  /**
   * The engine lets every officer of the jurisdiction work its tasks (READ_TASK, TASK_WORK and TASK_ASSIGN on the
   * process definitions: {@link TaskAuthorizations}); the task's addressees are decided here, as the engine's rows per
   * task decided before: its assignee, its candidate users and the members of its candidate groups (the second drawn
   * inspector records the inspection the first has claimed). Nobody else claims, completes, submits or comments it.
   */
  private void checkWorker(String taskId, Authentication user) {
    if (taskId == null || isAdmin(user)) {
      return;
    }
    Task task = unchecked(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return; // the command itself answers: no such task
    }
    if (user.getUserId().equals(task.getAssignee())) {
      return;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    boolean candidate = unchecked(() -> engine.getTaskService().getIdentityLinksForTask(taskId)).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> user.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    if (!candidate) {
      throw new AuthorizationException("任务“" + task.getName() + "”不是交给本人或本部门办理的，不能认领、办理或批注");
    }
  }

  private void checkTask(String taskId, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    Task task = unchecked(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return; // the command itself answers: no such task
    }
    Set<String> reserved = new TreeSet<>(variables.keySet());
    reserved.retainAll(RESERVED);
    if (!reserved.isEmpty()) {
      throw new BadUserRequestException("以下字段由系统根据案件记录确定，不能在办理任务时提交：" + String.join("、", reserved));
    }
    TaskFormData form = unchecked(() -> engine.getFormService().getTaskFormData(taskId));
    boolean hasForm = form != null && (form.getFormKey() != null || form.getCamundaFormRef() != null);
    String formName = !hasForm ? "none" : form.getFormKey() != null ? form.getFormKey()
        : form.getCamundaFormRef().getKey() + ":" + form.getCamundaFormRef().getBinding() + ":" + form.getCamundaFormRef().getVersion();
    Set<String> declared = fieldsByForm.computeIfAbsent(task.getProcessDefinitionId() + "#" + formName,
        k -> hasForm ? read(unchecked(() -> engine.getFormService().getDeployedTaskForm(taskId))) : Set.of());
    refuseUndeclared(variables.keySet(), declared, "任务“" + task.getName() + "”的表单");
  }

  private void checkStart(ProcessDefinition definition, String businessKey, Map<String, ?> variables) {
    if (definition == null) {
      return; // the command itself answers: no such process
    }
    StartFormData form = unchecked(() -> engine.getFormService().getStartFormData(definition.getId()));
    boolean hasForm = form != null && (form.getFormKey() != null || form.getCamundaFormRef() != null);
    if (!hasForm) {
      throw new AuthorizationException("流程“" + definition.getName() + "”由系统在办理中启动，不能直接启动");
    }
    if (businessKey != null) {
      throw new BadUserRequestException("业务编号由系统生成，启动时不能指定");
    }
    if (variables == null || variables.isEmpty()) {
      return;
    }
    Set<String> declared = fieldsByForm.computeIfAbsent(definition.getId() + "#start",
        k -> read(unchecked(() -> engine.getFormService().getDeployedStartForm(definition.getId()))));
    refuseUndeclared(variables.keySet(), declared, "流程“" + definition.getName() + "”的启动表单");
  }

  private ProcessDefinition definition(String id, String key, String tenantId) {
    var query = engine.getRepositoryService().createProcessDefinitionQuery();
    if (id != null) {
      query.processDefinitionId(id);
    } else if (key != null) {
      query.processDefinitionKey(key).latestVersion();
      if (tenantId != null) {
        query.tenantIdIn(tenantId);
      }
    } else {
      return null;
    }
    List<ProcessDefinition> found = unchecked(query::list);
    if (found.size() > 1) {
      throw new BadUserRequestException("流程定义不唯一，请按编号启动");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * The guard's own look-ups see everything (no authorization or tenant filter), so that what it
   * checks is what the command will act on; the command itself then runs with the user's rights.
   */
  private <T> T unchecked(java.util.function.Supplier<T> lookup) {
    var identity = engine.getIdentityService();
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      identity.setAuthentication(user);
    }
  }

  private static void refuseUndeclared(Collection<String> submitted, Set<String> declared, String where) {
    Set<String> undeclared = new TreeSet<>(submitted);
    undeclared.removeAll(declared);
    if (!undeclared.isEmpty()) {
      throw new BadUserRequestException(where + "未声明以下字段，不能提交：" + String.join("、", undeclared));
    }
  }

  private static Set<String> read(InputStream form) {
    try (InputStream in = form) {
      return Set.copyOf(DeclaredFields.of(in.readAllBytes()));
    } catch (IOException e) {
      throw new ProcessEngineException("表单无法读取", e);
    }
  }

  private static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(ADMIN_GROUP);
  }

  private static String operation(String command) {
    if (command.contains("Variable")) {
      return "直接修改流程变量";
    }
    if (command.contains("Message")) {
      return "发送消息";
    }
    if (command.contains("Signal") || command.contains("Condition")) {
      return "触发事件";
    }
    return "修改或重启流程实例";
  }

  /** Reads a command's field: the engine exposes no getters for what a command carries. */
  private static Object field(Object target, String name) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("引擎命令 " + target.getClass().getSimpleName() + " 没有字段 " + name);
  }
}
