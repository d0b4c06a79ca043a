package cn.capacityexit.web;

/** One reason why a field of a request was refused. {@code row} is set for CSV imports (1 = first data row). */
public record FieldProblem(Integer row, String field, String reason) {

  public FieldProblem(String field, String reason) {
    this(null, field, reason);
  }
}
