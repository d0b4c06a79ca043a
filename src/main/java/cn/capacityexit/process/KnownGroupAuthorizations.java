package cn.capacityexit.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Issue 17: the engine's authorization manager, without its first read of every command. Before it checks a user's
 * groups, the engine reads the group of every authorization row ({@code SELECT distinct GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION}) to leave out the user's groups that hold none: twice for every case opened through the API
 * (237 rows each time in the benchmark's organisation; 178,496 in the national one). Leaving them in gives the same
 * answer, since a group without authorizations matches no row of the check; the check's list of groups is then the
 * user's own (an officer's two or three).
 */
final class KnownGroupAuthorizations extends AuthorizationManager {

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
  }

  /** Registered as the engine's session factory for {@link AuthorizationManager}. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new KnownGroupAuthorizations();
    }
  }
}
