package cn.capacityexit.organisation;

import cn.capacityexit.organisation.GroupIds;
import cn.capacityexit.organisation.Organisation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who is told when a task is overdue: the department head, and the same department one level up. */
@Component
public class Escalation {

  private final Organisation organisation;

  public Escalation(Organisation organisation) {
    this.organisation = organisation;
  }

  public List<String> groups(String department, String jurisdiction) {
    List<String> groups = new ArrayList<>();
    groups.add(GroupIds.departmentHead(department, jurisdiction));
    organisation.parentOf(jurisdiction).ifPresent(parent -> groups.add(GroupIds.department(
        parent.departments().contains(department) ? department : "miit", parent.code())));
    return groups;
  }
}
