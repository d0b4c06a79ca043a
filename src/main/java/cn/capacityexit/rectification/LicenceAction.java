package cn.capacityexit.rectification;

import java.util.ArrayList;
import java.util.List;

/**
 * A licence the closure takes away, and the department that does it: written
 * {@code samr:CANCEL_PRODUCTION_LICENCE} in the decision table.
 */
public record LicenceAction(String department, String action) {

  public String label() {
    return switch (action) {
      case "CANCEL_PRODUCTION_LICENCE" -> "注销生产许可证（报请发证机关）";
      case "REVOKE_BUSINESS_LICENCE" -> "吊销营业执照";
      case "REVOKE_RELATED_LICENCES" -> "吊销相关证照";
      default -> action;
    };
  }

  public String code() {
    return department + ":" + action;
  }

  /** Parses "samr:CANCEL_PRODUCTION_LICENCE,emergency:REVOKE_RELATED_LICENCES" (blank: none). */
  public static List<LicenceAction> parseAll(String value) {
    List<LicenceAction> actions = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return actions;
    }
    for (String part : value.split(",")) {
      String p = part.strip();
      int colon = p.indexOf(':');
      if (colon <= 0 || colon == p.length() - 1) {
        throw new IllegalArgumentException("licence action must read department:ACTION, not " + p);
      }
      actions.add(new LicenceAction(p.substring(0, colon), p.substring(colon + 1)));
    }
    return actions;
  }
}
