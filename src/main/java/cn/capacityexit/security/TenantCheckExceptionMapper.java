package cn.capacityexit.security;

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

/**
 * The engine REST API answers a call on another jurisdiction's process instance (the engine's
 * tenant check, ENGINE-13034) with 403 Forbidden, as it does for a missing authorization, instead
 * of the 500 of a generic engine error. Every other engine error keeps Camunda's own answer.
 */
@Provider
@Priority(1)
public class TenantCheckExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  static final String TENANT_CHECK = "ENGINE-13034";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException e) {
    if (e.getMessage() == null || !e.getMessage().contains(TENANT_CHECK)) {
      return camunda.toResponse(e);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "AuthorizationException");
    body.put("message", e.getMessage());
    body.put("code", 0);
    try {
      return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(JSON.writeValueAsString(body)).build();
    } catch (JsonProcessingException impossible) {
      return Response.status(Response.Status.FORBIDDEN).build();
    }
  }
}
