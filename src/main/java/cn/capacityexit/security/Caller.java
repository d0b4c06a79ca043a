package cn.capacityexit.security;

import cn.capacityexit.organisation.GroupIds;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who calls the product's API: the user id and the jurisdictions (tenants) they may see. A
 * province's officers hold their cities' jurisdictions too; administrators hold all of them.
 */
public record Caller(String userId, Set<String> jurisdictions, boolean administrator) {

  /** The caller of an authenticated user: their tenants are their jurisdictions; camunda-admin sees all. */
  public static Caller of(String userId, Collection<String> groupIds, Collection<String> tenantIds) {
    boolean admin = groupIds != null && groupIds.contains(GroupIds.ADMINS);
    return new Caller(userId, Set.copyOf(tenantIds == null ? List.of() : tenantIds), admin);
  }

  public boolean mayAccess(String jurisdictionCode) {
    return administrator || jurisdictions.contains(jurisdictionCode);
  }
}
