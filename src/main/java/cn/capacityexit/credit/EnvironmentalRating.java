package cn.capacityexit.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An environment department's rating of an enterprise's environmental credit (企业环境信用评价), as published: the
 * colour of the year, the decision that made it and the violations behind it; superseded by the next rating.
 */
public record EnvironmentalRating(
    String ratingNumber,
    String creditCode,
    String enterpriseName,
    String jurisdiction,
    String jurisdictionName,
    int year,
    Colour colour,
    String colourName,
    LocalDate ratedOn,
    String documentNumber,
    String basis,
    String ratingDepartment,
    String supersededBy,
    OffsetDateTime createdAt) {

  /** The permanent public page. */
  public String url() {
    return "/public/environmental-credit/" + ratingNumber;
  }

  /**
   * The five colours of the rating, best first. The plans name yellow and black as the ones punished jointly
   * (Shandong and Liaocheng 二(二)3); the other names are the product's reading of the provincial rating scheme.
   */
  public enum Colour {
    GREEN("绿色（环保诚信）"), BLUE("蓝色（环保良好）"), YELLOW("黄色（环保警示）"), RED("红色（环保不良）"), BLACK("黑色（环保严重失信）");

    private final String label;

    Colour(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Better than another colour (a lower rank). */
    public boolean betterThan(Colour other) {
      return ordinal() < other.ordinal();
    }
  }
}
