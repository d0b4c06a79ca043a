package cn.capacityexit.security;

import java.util.Set;

/**
 * Who calls the product's API: the user id and the jurisdictions (tenants) they may see. A
 * province's officers hold their cities' jurisdictions too; administrators hold all of them.
 */
public record Caller(String userId, Set<String> jurisdictions, boolean administrator) {

  public boolean mayAccess(String jurisdictionCode) {
    return administrator || jurisdictions.contains(jurisdictionCode);
  }
}
