package cn.capacityexit.registry;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capital letters without I, O, S, V, Z); the last is a check
 * character computed from the first 17 with the weights 3^i mod 31.
 */
public final class CreditCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {}

  /** The check character for the first 17 characters. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** Empty when the code is valid, otherwise the reason in Chinese. */
  public static Optional<String> problem(String code) {
    if (code == null || code.isBlank()) {
      return Optional.of("必填");
    }
    if (code.length() != 18) {
      return Optional.of("应为18位，实际" + code.length() + "位");
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.of("第" + (i + 1) + "位字符“" + code.charAt(i) + "”不是统一社会信用代码允许的字符（数字或除I、O、S、V、Z外的大写字母）");
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return Optional.of("第3至8位应为行政区划码（数字）");
      }
    }
    char expected = checkCharacter(code.substring(0, 17));
    if (code.charAt(17) != expected) {
      return Optional.of("校验码错误：按GB 32100-2015第18位应为" + expected + "，实际为" + code.charAt(17));
    }
    return Optional.empty();
  }

  /** Upper case and trimmed, as officers often type it. */
  public static String normalise(String code) {
    return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
