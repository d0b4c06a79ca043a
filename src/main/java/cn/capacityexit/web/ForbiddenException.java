package cn.capacityexit.web;

/** The caller is authenticated but the object belongs to a jurisdiction outside their own: HTTP 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
