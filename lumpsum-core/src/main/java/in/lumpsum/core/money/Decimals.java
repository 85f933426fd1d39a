package in.lumpsum.core.money;

import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;

/** Parsing of decimal text shared by the quantity types. */
final class Decimals {

  private Decimals() {}

  static BigDecimal parse(String field, String text) {
    if (text == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    String trimmed = text.strip().replace(",", "");
    if (trimmed.isEmpty()) {
      throw new InvalidValueException(field, text, "is empty");
    }
    // AMFI files write whole NAVs with a trailing dot ("10."): BigDecimal accepts that form.
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(field, text, "is not a decimal number");
    }
  }
}
