package in.lumpsum.examples.demo;

import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats rupee amounts with Indian digit grouping: 12,34,567.89 (lakhs and crores). */
public final class Rupees {

  private Rupees() {}

  /**
   * Formats an amount with two decimals and Indian grouping.
   *
   * @param money the amount
   * @return the text, such as {@code -12,34,567.89}
   */
  public static String format(Money money) {
    return format(money.amount(), 2);
  }

  /**
   * Formats a decimal with the given decimals and Indian grouping.
   *
   * @param value the number
   * @param decimals the decimals to show
   * @return the text
   */
  public static String format(BigDecimal value, int decimals) {
    String plain = value.setScale(decimals, RoundingMode.HALF_UP).abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder b = new StringBuilder();
    int n = whole.length();
    for (int i = 0; i < n; i++) {
      b.append(whole.charAt(i));
      int left = n - 1 - i;
      // Separators after the thousands group and then every two digits: 1,23,45,678.
      if (left > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0))) {
        b.append(',');
      }
    }
    return (value.signum() < 0 ? "-" : "") + b + fraction;
  }
}
