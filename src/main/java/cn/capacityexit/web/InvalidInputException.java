package cn.capacityexit.web;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: answered with HTTP 400 and every problem found, nothing written. */
public class InvalidInputException extends RuntimeException {

  private static final int SUMMARISED = 20;

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldProblem(field, reason)));
  }

  /**
   * The first few problems, for logs: joined in linear time (an import of 10,000 bad rows has
   * 40,000 problems; concatenating them pairwise took minutes).
   */
  private static String summary(List<FieldProblem> problems) {
    if (problems.isEmpty()) {
      return "invalid input";
    }
    String first = problems.stream().limit(SUMMARISED).map(p -> (p.row() == null ? "" : "row " + p.row() + " ") + p.field() + ": " + p.reason())
        .collect(Collectors.joining("; "));
    return problems.size() <= SUMMARISED ? first : first + "; ... (" + problems.size() + " problems)";
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
