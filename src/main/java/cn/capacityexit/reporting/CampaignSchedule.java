package cn.capacityexit.reporting;

import cn.capacityexit.calendar.HandlingPeriods;
import org.springframework.stereotype.Component;

/** The yearly launcher's timer reads its schedule here, from seeds/deadlines/handling-periods.yaml. */
@Component("campaignSchedule")
public class CampaignSchedule {

  private final HandlingPeriods periods;

  public CampaignSchedule(HandlingPeriods periods) {
    this.periods = periods;
  }

  public String getLaunchCycle() {
    return periods.launchCycle();
  }
}
