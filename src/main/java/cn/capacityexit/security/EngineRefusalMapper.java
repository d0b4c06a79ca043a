package cn.capacityexit.security;

import cn.capacityexit.web.Refusals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine REST API and the webapps' engine API (Tasklist, Cockpit) answer the product's
 * refusals (see {@link Refusals}) with 400/403/404/409 and a Chinese message in Camunda's error
 * format, logged as one line; every other engine error keeps Camunda's own answer. Registered in
 * every Jersey application of the JVM by {@link EngineRefusalFeature}.
 */
@Provider
@Priority(1)
public class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {

  /** The REST resources wrap engine errors in their own RestException (status 500): the same answers apply. */
  @Provider
  @Priority(1)
  public static class Wrapped implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      Refusals refusal = Refusals.of(e);
      return refusal == null ? camunda.toResponse(e) : answer(refusal);
    }
  }


  private static final Logger LOG = LoggerFactory.getLogger(EngineRefusalMapper.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException e) {
    Refusals refusal = Refusals.of(e);
    return refusal == null ? camunda.toResponse(e) : answer(refusal);
  }

  static Response answer(Refusals refusal) {
    LOG.info("Refused ({}): {}", refusal.status().value(), refusal.message());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", refusal.type());
    body.put("message", refusal.message());
    body.put("code", 0);
    if (!refusal.problems().isEmpty()) {
      body.put("errors", refusal.problems());
    }
    try {
      return Response.status(refusal.status().value()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(JSON.writeValueAsString(body)).build();
    } catch (JsonProcessingException impossible) {
      return Response.status(refusal.status().value()).build();
    }
  }
}
