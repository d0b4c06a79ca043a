package cn.capacityexit.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The name an officer is known by (曹嘉欣（济宁市能源局）) for a login, as Tasklist shows it in its
 * header; the login itself when the user is unknown. Read as the system: an officer sees the name of
 * whoever worked a step of a case he may see, not the user directory.
 */
@Component
public class UserNames {

  private final IdentityService identity;
  private final AsSystem asSystem;

  public UserNames(IdentityService identity, AsSystem asSystem) {
    this.identity = identity;
    this.asSystem = asSystem;
  }

  public String name(String userId) {
    if (userId == null || userId.isBlank()) {
      return userId;
    }
    User user = asSystem.call(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }
}
