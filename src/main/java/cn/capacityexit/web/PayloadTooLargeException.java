package cn.capacityexit.web;

/** A request over one of the product's size limits: answered with HTTP 413 and the limit, nothing written. */
public class PayloadTooLargeException extends RuntimeException {

  public PayloadTooLargeException(String message) {
    super(message);
  }
}
