package in.lumpsum.calc.charges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate that applies to transactions dated within a period, with the text it comes from.
 *
 * @param from the first date the rate applies to, inclusive
 * @param until the first date it no longer applies to (exclusive), or empty while it still applies
 * @param rate the rate as a fraction of the amount it is charged on ({@code 0.00005} is 0.005%),
 *     zero or more
 * @param source the law, notification or circular the rate comes from, never blank
 * @since 0.1.0
 */
public record DatedRate(LocalDate from, Optional<LocalDate> until, BigDecimal rate, String source) {

  /**
   * Creates a dated rate.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the rate is negative, the source blank, or {@code until} is
   *     not after {@code from}
   */
  public DatedRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(source, "source");
    if (rate.signum() < 0) {
      throw new IllegalArgumentException("rate: must not be negative (got " + rate.toPlainString() + ")");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source: must name where the rate comes from");
    }
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException("until: must be after from " + from + " (got " + until.get() + ")");
    }
  }

  /**
   * Returns a rate that applies from a date on, open-ended.
   *
   * @param from the first date it applies to
   * @param rate the rate as a fraction
   * @param source where it comes from
   * @return the dated rate
   */
  public static DatedRate from(LocalDate from, BigDecimal rate, String source) {
    return new DatedRate(from, Optional.empty(), rate, source);
  }

  /**
   * Tells whether the rate applies to a transaction dated {@code date}.
   *
   * @param date the transaction date
   * @return true when {@code from <= date < until}
   */
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
  }
}
