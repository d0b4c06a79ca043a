package cn.capacityexit.security;

import cn.capacityexit.security.Caller;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who acts in a process step: the authenticated user of the request, the task's assignee, or the system. */
@Component
public class Actors {

  public static final String SYSTEM = "system";

  private final IdentityService identity;

  public Actors(IdentityService identity) {
    this.identity = identity;
  }

  /** The authenticated caller, or null when the engine acts on its own (a timer, a job). */
  public Caller caller() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return null;
    }
    return Caller.of(auth.getUserId(), auth.getGroupIds(), auth.getTenantIds());
  }

  /** The user id to record for a step. */
  public String actor(DelegateTask task) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task != null && task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
