package cn.capacityexit.organisation;

import java.util.List;

/**
 * A jurisdiction of the seeds, identified by its administrative division code, which is also the
 * id of its Camunda tenant.
 */
public record Jurisdiction(
    String code, String name, String slug, Level level, String parent, List<String> departments, String source) {

  public boolean isProvince() {
    return level == Level.PROVINCE;
  }
}
