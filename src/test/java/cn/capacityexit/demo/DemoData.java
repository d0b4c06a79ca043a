package cn.capacityexit.demo;

import java.util.List;

/** Test access to the demo seed file. */
public final class DemoData {

  private DemoData() {}

  public static List<String> creditCodes() {
    return DemoEnterprises.read().enterprises().stream().map(DemoEnterprises.DemoEnterprise::creditCode).toList();
  }

  public static List<DemoEnterprises.DemoEnterprise> enterprises() {
    return DemoEnterprises.read().enterprises();
  }
}
