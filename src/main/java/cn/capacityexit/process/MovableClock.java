package cn.capacityexit.process;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Moves the engine's clock (and with it the product's, see {@link EngineClock}) forward by whole
 * days in this JVM, and wakes the job executor so that the timers now due run at once. Only the
 * demo exposes it (demo.DemoClockController).
 */
@Component
public class MovableClock {

  private final ProcessEngine engine;
  private long offsetMillis;

  public MovableClock(ProcessEngine engine) {
    this.engine = engine;
  }

  public synchronized void forward(int days) {
    offsetMillis += Duration.ofDays(days).toMillis();
    ClockUtil.offset(offsetMillis);
    if (engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl config && config.getJobExecutor() != null) {
      config.getJobExecutor().jobWasAdded();
    }
  }

  public synchronized void reset() {
    offsetMillis = 0;
    ClockUtil.reset();
  }

  public synchronized long offsetDays() {
    return offsetMillis / Duration.ofDays(1).toMillis();
  }
}
