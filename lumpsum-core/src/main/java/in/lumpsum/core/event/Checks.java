package in.lumpsum.core.event;

import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;

/** Validation shared by the event records; package-private. */
final class Checks {

  private Checks() {}

  /** Returns {@code value}, or throws if it is null. */
  static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    return value;
  }

  /** Returns {@code value}, or throws if it is null or blank. */
  static String text(String field, String value) {
    required(field, value);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    return value;
  }

  /** Returns {@code value}, or throws if it is null or not greater than zero. */
  static BigDecimal positive(String field, BigDecimal value) {
    required(field, value);
    if (value.signum() <= 0) {
      throw new InvalidValueException(field, value.toPlainString(), "must be greater than zero");
    }
    return value;
  }

  /** Throws if the two values are equal: a change must change something. */
  static void differ(String field, Object oldValue, Object newValue) {
    boolean same = oldValue instanceof BigDecimal && newValue instanceof BigDecimal
        ? ((BigDecimal) oldValue).compareTo((BigDecimal) newValue) == 0
        : oldValue.equals(newValue);
    if (same) {
      throw new InvalidValueException(field, newValue, "must differ from the old value");
    }
  }
}
