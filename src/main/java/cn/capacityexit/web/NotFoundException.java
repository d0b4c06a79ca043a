package cn.capacityexit.web;

/** HTTP 404 with a reason. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
