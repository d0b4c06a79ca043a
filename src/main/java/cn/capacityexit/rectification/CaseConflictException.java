package cn.capacityexit.rectification;

import cn.capacityexit.web.ConflictException;

/** The case is not in a state that accepts the request (HTTP 409); nothing was changed. */
public class CaseConflictException extends ConflictException {

  public CaseConflictException(String message) {
    super(message);
  }
}
