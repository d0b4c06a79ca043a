package cn.capacityexit.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns the product's exceptions into JSON bodies that name the field and the reason. */
@RestControllerAdvice(basePackages = "cn.capacityexit")
public class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return body(HttpStatus.BAD_REQUEST, "输入有误", e.problems());
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<Map<String, Object>> forbidden(ForbiddenException e) {
    return body(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<Map<String, Object>> payloadTooLarge(PayloadTooLargeException e) {
    return body(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), List.of(new FieldProblem("body", e.getMessage())));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
    return body(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(RuntimeException e) {
    return body(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  /** A refusal from inside the engine (a process step) or the database (a second "one"), else a real failure. */
  @ExceptionHandler({org.camunda.bpm.engine.ProcessEngineException.class, org.springframework.dao.DataIntegrityViolationException.class})
  ResponseEntity<Map<String, Object>> fromEngine(RuntimeException e) {
    Refusals refusal = Refusals.of(e);
    if (refusal == null) {
      LoggerFactory.getLogger(ApiExceptionHandler.class).error("Request failed", e);
      return body(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误，请稍后重试或联系管理员", List.of());
    }
    return body(refusal.status(), refusal.message(), refusal.problems());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = path(mismatch);
      String reason = cause instanceof InvalidFormatException invalid
          ? "格式不正确：" + invalid.getValue() + " 不是" + typeName(invalid.getTargetType())
          : "类型不正确，应为" + typeName(mismatch.getTargetType());
      return body(HttpStatus.BAD_REQUEST, "输入有误", List.of(new FieldProblem(field, reason)));
    }
    return body(HttpStatus.BAD_REQUEST, "输入有误",
        List.of(new FieldProblem("body", "请求体不是有效的JSON")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> parameter(MethodArgumentTypeMismatchException e) {
    return body(HttpStatus.BAD_REQUEST, "输入有误",
        List.of(new FieldProblem(e.getName(), "格式不正确：" + e.getValue())));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
    return body(HttpStatus.BAD_REQUEST, "输入有误", List.of(new FieldProblem(e.getParameterName(), "必填")));
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(Exception e) {
    return body(HttpStatus.BAD_REQUEST, "输入有误", List.of(new FieldProblem("file", "文件超过20MB，请压缩后上传")));
  }

  @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
    return body(HttpStatus.BAD_REQUEST, "输入有误", List.of(new FieldProblem(e.getRequestPartName(), "必填")));
  }

  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  ResponseEntity<Map<String, Object>> multipart(Exception e) {
    return body(HttpStatus.BAD_REQUEST, "输入有误", List.of(new FieldProblem("file", "上传的内容不是有效的multipart/form-data")));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    String supported = e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining("、"));
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "不支持的内容类型：" + (e.getContentType() == null ? "未指明" : e.getContentType())
            + (supported.isEmpty() ? "" : "，应为" + supported), List.of());
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "所需类型";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "数字";
    }
    if (type.getSimpleName().startsWith("Local")) {
      return "ISO日期（如2025-03-15）";
    }
    if (type == String.class) {
      return "文本";
    }
    return type.getSimpleName();
  }

  static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, List<FieldProblem> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    body.put("message", message);
    if (!problems.isEmpty()) {
      body.put("errors", problems);
    }
    return ResponseEntity.status(status).body(body);
  }
}
