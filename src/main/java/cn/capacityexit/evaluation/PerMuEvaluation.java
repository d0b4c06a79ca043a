package cn.capacityexit.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A per-mu performance evaluation (亩产效益评价) of an enterprise for a year: the grade (A best, D worst) the industry
 * department gave, the two headline indicators, the document that published it; superseded by the next one.
 */
public record PerMuEvaluation(String evaluationNumber, String creditCode, String enterpriseName, String jurisdiction, int year,
    String grade, String gradeName, BigDecimal taxPerMu, BigDecimal valuePerEnergy, String documentNumber, LocalDate evaluatedOn,
    String evaluatingDepartment, String supersededBy) {

  /** The grades, best first (the grading is the evaluating department's; the product records it). */
  public enum Grade {
    A("A类（优先发展）"), B("B类（提升发展）"), C("C类（转型发展）"), D("D类（整治提升、倒逼退出）");

    private final String label;

    Grade(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
