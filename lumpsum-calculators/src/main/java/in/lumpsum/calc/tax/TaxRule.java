package in.lumpsum.calc.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How gains of one kind transferred within a period are taxed, with the section and the text it comes
 * from.
 *
 * @param kind the kind of gain
 * @param from the first transfer date the rule applies to
 * @param until the first transfer date it no longer applies to, or empty while in force
 * @param rate the rate as a fraction ({@code 0.125} is 12.5%), or empty for the normal (slab) rates
 * @param indexed whether the cost is indexed by the cost inflation index (section 48, second proviso,
 *     before 23 July 2024)
 * @param section the section that taxes the gain, with its Act, such as {@code "112A"} or
 *     {@code "198 (Income-tax Act, 2025)"}
 * @param source the Act and amendment the rule was checked against
 * @since 0.1.0
 */
public record TaxRule(GainKind kind, LocalDate from, Optional<LocalDate> until, Optional<BigDecimal> rate,
    boolean indexed, String section, String source) {

  /**
   * Creates a rule.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code until} is not after {@code from}, or the section or
   *     source is blank
   */
  public TaxRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException("until: must be after " + from + " (got " + until.get() + ")");
    }
    if (section.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("section and source: must not be blank");
    }
  }

  /**
   * Tells whether the rule applies to a transfer on a date.
   *
   * @param transfer the transfer date
   * @return true when {@code from <= transfer < until}
   */
  public boolean appliesOn(LocalDate transfer) {
    return !transfer.isBefore(from) && until.map(transfer::isBefore).orElse(true);
  }

  /**
   * Tells whether the gain is taxed at the normal (slab) rates.
   *
   * @return true when no special rate applies
   */
  public boolean atSlabRate() {
    return rate.isEmpty();
  }

  /**
   * Returns a short label, such as {@code "112A @ 12.5%"} or {@code "50AA @ slab"}.
   *
   * @return the label
   */
  public String label() {
    return section + " @ " + rate.map(r -> r.movePointRight(2).setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString() + "%").orElse("slab");
  }
}
