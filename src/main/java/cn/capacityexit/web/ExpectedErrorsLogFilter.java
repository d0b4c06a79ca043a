package cn.capacityexit.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps what is not a failure of the product out of the error log, so that what remains there is.
 * <ul>
 *   <li>A person's mistake. When a command fails, the engine's command context logs the exception
 *   with its stack trace at ERROR (ENGINE-16004) before the REST layer answers it: for the product's
 *   refusals (a form field, a tenant, a conflict, see {@link Refusals}) that is a hundred lines for
 *   what {@code EngineRefusalMapper} already logs as one line ("Refused (400): …") and the officer
 *   reads as one Chinese sentence.</li>
 *   <li>A client that went away: a browser tab closed while Tasklist was still loading makes Jersey
 *   log the broken pipe as an ERROR with its stack trace.</li>
 * </ul>
 * Real failures are logged as before. Registered in {@code logback-spring.xml}.
 */
public class ExpectedErrorsLogFilter extends TurboFilter {

  static final String COMMAND_CONTEXT = "org.camunda.bpm.engine.context";
  static final String CLIENT_ABORT = "org.apache.catalina.connector.ClientAbortException";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable error = t;
    if (error == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      error = last;
    }
    if (error == null) {
      return FilterReply.NEUTRAL;
    }
    if (COMMAND_CONTEXT.equals(logger.getName()) && Refusals.of(error) != null) {
      return FilterReply.DENY;
    }
    return clientWentAway(error) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static boolean clientWentAway(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (CLIENT_ABORT.equals(e.getClass().getName())) {
        return true;
      }
    }
    return false;
  }
}
