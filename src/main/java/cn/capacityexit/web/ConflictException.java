package cn.capacityexit.web;

/** The request conflicts with what is already recorded (HTTP 409); nothing was changed. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
