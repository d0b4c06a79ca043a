package cn.capacityexit.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller the {@link Caller} that {@link ApiAuthenticationFilter} authenticated. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

  private final IdentityService identity;

  CallerArgumentResolver(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Caller.class;
  }

  @Override
  public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
      WebDataBinderFactory binders) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null) {
      throw new IllegalStateException("no authenticated caller: is the endpoint outside /api/*?");
    }
    return Caller.of(auth.getUserId(), auth.getGroupIds(), auth.getTenantIds());
  }
}
