package cn.capacityexit.rectification;

/** The case is not in a state that accepts the request (HTTP 409); nothing was changed. */
public class CaseConflictException extends cn.capacityexit.web.ConflictException {

  public CaseConflictException(String message) {
    super(message);
  }
}
