package cn.capacityexit.dashboard;

import cn.capacityexit.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard?jurisdiction=&year=}: the managers' dashboard, read by the Cockpit
 * plugin with the manager's webapp session (or HTTP Basic). Without a jurisdiction, the caller's
 * highest one; without a year, the current one (China time).
 */
@RestController
public class DashboardController {

  private final DashboardService dashboards;

  public DashboardController(DashboardService dashboards) {
    this.dashboards = dashboards;
  }

  @GetMapping("/api/dashboard")
  public Dashboard dashboard(Caller caller, @RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) Integer year) {
    return dashboards.dashboard(caller, jurisdiction, year);
  }
}
