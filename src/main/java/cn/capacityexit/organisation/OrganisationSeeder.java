package cn.capacityexit.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the engine's identity match the organisation in seeds/: a tenant per jurisdiction, a group
 * per department (and its head), tenant memberships that let a level supervise the levels below
 * it and the role permissions (the shared Tasklist filters: process.TasklistFilters). It only adds what is missing, so a
 * restart changes nothing and an administrator's later grants are kept.
 */
@Component
@Order(1)
public class OrganisationSeeder implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationSeeder.class);
  static final String WORKFLOW = Groups.GROUP_TYPE_WORKFLOW;

  private final Organisation organisation;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final TransactionTemplate transactions;

  public OrganisationSeeder(
      Organisation organisation,
      IdentityService identity,
      AuthorizationService authorizations,
      PlatformTransactionManager transactionManager) {
    this.organisation = organisation;
    this.identity = identity;
    this.authorizations = authorizations;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public void run(ApplicationArguments args) {
    seed();
  }

  public void seed() {
    int created = 0;
    Set<String> tenants = identity.createTenantQuery().list().stream().map(Tenant::getId).collect(Collectors.toSet());
    Set<String> groups = identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());

    created += ensureGroup(groups, GroupIds.OFFICERS, "各级部门执法人员");
    created += ensureGroup(groups, GroupIds.MANAGERS, "落后产能退出工作管理人员");
    created += ensureGroup(groups, GroupIds.ANALYSTS, "流程分析人员");
    // Camunda creates its administrators' group with an English name; Admin shows it to Chinese administrators.
    Group admins = identity.createGroupQuery().groupId(GroupIds.ADMINS).singleResult();
    if (admins != null && CAMUNDA_ADMINS_NAME.equals(admins.getName())) {
      admins.setName("系统管理员");
      identity.saveGroup(admins);
      created++;
    }

    for (Jurisdiction j : organisation.jurisdictions()) {
      if (tenants.add(j.code())) {
        Tenant tenant = identity.newTenant(j.code());
        tenant.setName(j.name());
        identity.saveTenant(tenant);
        created++;
      }
    }
    // One transaction per jurisdiction: the national dataset adds about 40,000 groups and 130,000 tenant memberships,
    // one commit each would take most of the first start. Each tenant's member groups are read once.
    Map<String, Set<String>> membersOf = new HashMap<>();
    for (Jurisdiction j : organisation.jurisdictions()) {
      Integer added = transactions.execute(status -> {
        int n = 0;
        List<String> groupsOfJurisdiction = new ArrayList<>();
        groupsOfJurisdiction.add(GroupIds.manager(j.code()));
        n += ensureGroup(groups, GroupIds.manager(j.code()), j.name() + "落后产能退出工作管理人员");
        for (String code : j.departments()) {
          Department d = organisation.department(code);
          n += ensureGroup(groups, GroupIds.department(code, j.code()), d.nameIn(j));
          n += ensureGroup(groups, GroupIds.departmentHead(code, j.code()), d.nameIn(j) + "负责人");
          groupsOfJurisdiction.add(GroupIds.department(code, j.code()));
          groupsOfJurisdiction.add(GroupIds.departmentHead(code, j.code()));
        }
        for (Jurisdiction supervised : organisation.selfAndDescendants(j.code())) {
          Set<String> members = membersOf(membersOf, supervised.code());
          for (String group : groupsOfJurisdiction) {
            if (members.add(group)) {
              identity.createTenantGroupMembership(supervised.code(), group);
              n++;
            }
          }
        }
        return n;
      });
      created += added == null ? 0 : added;
    }
    // The national managers supervise every jurisdiction: members of every tenant.
    created += ensureGroup(groups, GroupIds.NATIONAL_MANAGERS, "全国落后产能退出工作管理人员");
    Integer national = transactions.execute(status -> {
      int n = 0;
      for (Jurisdiction j : organisation.jurisdictions()) {
        if (membersOf(membersOf, j.code()).add(GroupIds.NATIONAL_MANAGERS)) {
          identity.createTenantGroupMembership(j.code(), GroupIds.NATIONAL_MANAGERS);
          n++;
        }
      }
      return n;
    });
    created += national == null ? 0 : national;
    created += grantRolePermissions();
    LOG.info("Organisation seeded from {} jurisdictions: {} identity entries added", organisation.jurisdictions().size(), created);
  }

  private Set<String> membersOf(Map<String, Set<String>> cache, String tenant) {
    return cache.computeIfAbsent(tenant, t -> identity.createGroupQuery().memberOfTenant(t).list().stream().map(Group::getId)
        .collect(Collectors.toCollection(HashSet::new)));
  }

  /** The name Camunda's Spring Boot starter gives the administrators' group (renamed once; an administrator's own name stays). */
  static final String CAMUNDA_ADMINS_NAME = "camunda BPM Administrators";

  private int ensureGroup(Set<String> existing, String id, String name) {
    if (!existing.add(id)) {
      return 0;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(WORKFLOW);
    identity.saveGroup(group);
    return 1;
  }

  private int grantRolePermissions() {
    int created = 0;
    created += grant(null, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // READ_INSTANCE lets Tasklist show a task's case variables (enterprise, deadline) in the list;
    // the tenant check keeps it to the officer's jurisdictions.
    // READ_TASK, TASK_WORK and TASK_ASSIGN: the engine writes no authorization per task (process.TaskAuthorizations),
    // the product's guard lets only a task's assignee or candidates claim and complete it.
    created += grant(GroupIds.OFFICERS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE,
        Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.TASK_WORK, Permissions.TASK_ASSIGN);
    created += grant(GroupIds.OFFICERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    created += grant(GroupIds.OFFICERS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE);
    // Tasklist and Cockpit name the departments a task is addressed to; a group the user is not a member of (the
    // department one level up, which supervises an overdue task) would show as its ID (miit-370000) without READ.
    // The groups are the organisation chart the plans publish: names only, no members (USER stays unreadable).
    created += grant(GroupIds.OFFICERS, Resources.GROUP, "*", Permissions.READ);
    created += grant(GroupIds.MANAGERS, Resources.GROUP, "*", Permissions.READ);

    created += grant(GroupIds.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    created += grant(GroupIds.MANAGERS, Resources.PROCESS_DEFINITION, "*",
        Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
    created += grant(GroupIds.MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    created += grant(GroupIds.MANAGERS, Resources.TASK, "*", Permissions.READ);
    created += grant(GroupIds.MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    created += grant(GroupIds.MANAGERS, Resources.DEPLOYMENT, "*", Permissions.READ);

    created += grant(GroupIds.ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    created += grant(GroupIds.ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    created += grant(GroupIds.ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    created += grant(GroupIds.ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    created += grant(GroupIds.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    return created;
  }

  /** Grants the permissions to a group, or to every user when group is null; adds what is missing. */
  private int grant(String group, Resource resource, String resourceId, Permission... permissions) {
    var query = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId);
    query = group == null ? query.userIdIn(Authorization.ANY) : query.groupIdIn(group);
    Authorization existing = query.list().stream()
        .filter(a -> a.getAuthorizationType() == (group == null ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT))
        .findFirst().orElse(null);
    if (existing != null) {
      boolean changed = false;
      for (Permission p : permissions) {
        if (!existing.isPermissionGranted(p)) {
          existing.addPermission(p);
          changed = true;
        }
      }
      if (changed) {
        authorizations.saveAuthorization(existing);
      }
      return 0;
    }
    Authorization a = authorizations.createNewAuthorization(group == null ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
    if (group == null) {
      a.setUserId(Authorization.ANY);
    } else {
      a.setGroupId(group);
    }
    a.setResource(resource);
    a.setResourceId(resourceId);
    for (Permission p : permissions) {
      a.addPermission(p);
    }
    authorizations.saveAuthorization(a);
    return 1;
  }
}
