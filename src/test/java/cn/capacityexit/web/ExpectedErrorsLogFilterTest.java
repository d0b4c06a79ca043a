package cn.capacityexit.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class ExpectedErrorsLogFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final Logger commandContext = context.getLogger(ExpectedErrorsLogFilter.COMMAND_CONTEXT);
  private final ExpectedErrorsLogFilter filter = new ExpectedErrorsLogFilter();

  @Test
  void aRefusalInsideAnEngineErrorIsNotLoggedAgainAsAStackTrace() {
    ProcessEngineException wrapped = new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
        new InvalidInputException("evidence", "缺少佐证材料：断水"));
    // As the engine's ContextLogger calls it: the message, then the exception as the last argument.
    assertThat(filter.decide(null, commandContext, Level.ERROR, "ENGINE-16004 Exception while closing command context: {}",
        new Object[] {wrapped.getMessage(), wrapped}, null)).isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(null, commandContext, Level.ERROR, "x", null, new ForbiddenException("无权办理"))).isEqualTo(FilterReply.DENY);
  }

  @Test
  void aBrowserThatWentAwayIsNotAnError() {
    Logger jersey = context.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");
    RuntimeException mapped = new RuntimeException(new ClientAbortException(new IOException("Broken pipe")));
    assertThat(filter.decide(null, jersey, Level.ERROR, "An I/O error has occurred", null, mapped)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void realFailuresAndOtherLoggersAreLoggedAsBefore() {
    RuntimeException bug = new IllegalStateException("database down");
    assertThat(filter.decide(null, commandContext, Level.ERROR, "{}", new Object[] {bug}, null)).isEqualTo(FilterReply.NEUTRAL);
    // A job that failed on a refusal (a year's holidays not entered) stays in the job executor's log: an administrator acts on it.
    assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.jobexecutor"), Level.WARN, "{}",
        new Object[] {new InvalidInputException("x", "y")}, null)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, commandContext, Level.ERROR, "no exception", null, null)).isEqualTo(FilterReply.NEUTRAL);
  }
}
