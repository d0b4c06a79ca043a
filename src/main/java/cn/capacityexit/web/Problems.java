package cn.capacityexit.web;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one request so that the caller hears about all of them at once. */
public final class Problems {

  private final List<FieldProblem> list = new ArrayList<>();

  public Problems add(String field, String reason) {
    list.add(new FieldProblem(field, reason));
    return this;
  }

  /** Adds the problem when the text is blank or longer than max; returns the trimmed text or null. */
  public String text(String field, String value, boolean required, int max) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      if (required) {
        add(field, "必填");
      }
      return null;
    }
    if (v.length() > max) {
      add(field, "不能超过" + max + "个字符");
    } else if (!printable(v)) {
      add(field, "含有控制字符或无效的Unicode字符");
    }
    return v;
  }

  /**
   * A day that has happened (YYYY-MM-DD, not after {@code today}); adds the problem naming the field and returns null
   * when it is missing, malformed or in the future.
   */
  public java.time.LocalDate pastDay(String field, String value, String label, java.time.LocalDate today) {
    if (value == null || value.isBlank()) {
      add(field, "请填写" + label);
      return null;
    }
    try {
      java.time.LocalDate day = java.time.LocalDate.parse(value.strip());
      if (day.isAfter(today)) {
        add(field, label + "不能晚于今天");
      }
      return day;
    } catch (java.time.format.DateTimeParseException e) {
      add(field, label + "格式应为YYYY-MM-DD");
      return null;
    }
  }

  /**
   * The year an evaluation is for: required, and the year of the day it was made or one of the two before (the
   * evaluations of the plans are yearly and published early the next year).
   */
  public Integer evaluationYear(String field, Integer year, java.time.LocalDate madeOn, String madeOnLabel) {
    if (year == null) {
      add(field, "请填写评价年度");
    } else if (madeOn != null && (year > madeOn.getYear() || year < madeOn.getYear() - 2)) {
      add(field, "评价年度应为" + madeOnLabel + "当年或前两年");
    }
    return year;
  }

  /**
   * True when the text has no control character (tab and line breaks aside) and no unpaired
   * surrogate: what a person can type, and what every database stores as given.
   */
  public static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
      if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
        return false;
      }
    }
    return true;
  }

  /** A yes-or-no field of a form (radio YES / NO): the answer, or null with the problem when it is neither. */
  public Boolean yesNo(String field, String value, String reason) {
    if ("YES".equals(value)) {
      return true;
    }
    if ("NO".equals(value)) {
      return false;
    }
    add(field, reason);
    return null;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<FieldProblem> list() {
    return List.copyOf(list);
  }

  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new InvalidInputException(list);
    }
  }
}
