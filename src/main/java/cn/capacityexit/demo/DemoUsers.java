package cn.capacityexit.demo;

import cn.capacityexit.organisation.Department;
import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Demo logins for every department of every seed jurisdiction: {@code <slug>-<department>} (an
 * officer), {@code <slug>-<department>-head} (the department head), {@code <slug>-manager} and
 * {@code analyst}. Only the demo profile creates them.
 */
class DemoUsers {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
  private static final String[] GIVEN = {
    "建国", "秀英", "志强", "丽娟", "海涛", "晓燕", "国华", "春梅", "立新", "玉兰", "文博", "静怡", "振华", "红霞", "宏伟",
    "雪梅", "永军", "桂芳", "德明", "慧敏", "长青", "淑珍", "明远", "嘉欣", "学军", "素云", "卫东", "佳琪", "俊杰", "彩霞"
  };

  private final Organisation organisation;
  private final IdentityService identity;
  private final String password;
  private int sequence;

  DemoUsers(Organisation organisation, IdentityService identity, String password) {
    this.organisation = organisation;
    this.identity = identity;
    this.password = password;
  }

  /** Creates the missing demo users and memberships; returns how many users it created. */
  int seed() {
    Set<String> users = identity.createUserQuery().list().stream().map(User::getId).collect(Collectors.toCollection(HashSet::new));
    int created = 0;
    for (Jurisdiction j : organisation.jurisdictions()) {
      if (j.slug() == null) {
        continue; // a division of the national dataset that no seed plan covers: no demo logins
      }
      for (String code : j.departments()) {
        Department d = organisation.department(code);
        String officers = GroupIds.department(code, j.code());
        String head = GroupIds.departmentHead(code, j.code());
        created += ensureUser(users, j.slug() + "-" + code, d.nameIn(j), List.of(officers, GroupIds.OFFICERS));
        created += ensureUser(users, j.slug() + "-" + code + "-head", d.nameIn(j) + "负责人", List.of(officers, head, GroupIds.OFFICERS));
      }
      created += ensureUser(users, j.slug() + "-manager", j.name() + "管理人员", List.of(GroupIds.manager(j.code()), GroupIds.MANAGERS));
    }
    created += ensureUser(users, "national-manager", "全国落后产能退出工作管理人员", List.of(GroupIds.NATIONAL_MANAGERS, GroupIds.MANAGERS));
    created += ensureUser(users, "analyst", "流程分析", List.of(GroupIds.ANALYSTS));
    return created;
  }

  private int ensureUser(Set<String> existing, String id, String unit, List<String> groups) {
    String name = SURNAMES.charAt(sequence % SURNAMES.length()) + GIVEN[(sequence * 7) % GIVEN.length];
    sequence++;
    int created = 0;
    if (existing.add(id)) {
      User user = identity.newUser(id);
      user.setFirstName(name);
      user.setLastName("（" + unit + "）");
      user.setPassword(password);
      user.setEmail(id + "@demo.invalid");
      identity.saveUser(user);
      created = 1;
    }
    Set<String> memberOf = identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).collect(Collectors.toSet());
    for (String group : groups) {
      if (!memberOf.contains(group)) {
        identity.createMembership(id, group);
      }
    }
    return created;
  }
}
