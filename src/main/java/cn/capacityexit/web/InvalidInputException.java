package cn.capacityexit.web;

import java.util.List;

/** Bad input: answered with HTTP 400 and every problem found, nothing written. */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldProblem(field, reason)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
