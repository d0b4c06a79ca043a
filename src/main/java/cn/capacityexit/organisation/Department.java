package cn.capacityexit.organisation;

import java.util.Map;

/** A department kind of the catalogue in seeds/organisation/departments.yaml. */
public record Department(String code, Map<Level, String> name, String leads) {

  /** The department's full name in a jurisdiction, such as 济宁市工业和信息化局. */
  public String nameIn(Jurisdiction jurisdiction) {
    return jurisdiction.name() + name.get(jurisdiction.level());
  }
}
