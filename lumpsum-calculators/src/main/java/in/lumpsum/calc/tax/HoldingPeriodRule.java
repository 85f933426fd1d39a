package in.lumpsum.calc.tax;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The holding period after which units of a class become long-term, for transfers within a period.
 *
 * <p>Periods are calendar months, as the Act counts them ("held for not more than twelve months
 * immediately preceding the date of its transfer"): a unit is long-term when the transfer date is after
 * the acquisition date plus the months ({@link LocalDate#plusMonths}, so 29 February 2024 plus 12
 * months is 28 February 2025). A "more than 365 days" rule misclassifies units held across a 29
 * February.
 *
 * @param taxClass the class of units
 * @param listedOnly true if the rule applies only to listed units, false if to every unit of the class
 *     that no listed-only rule catches
 * @param from the first transfer date the rule applies to
 * @param until the first transfer date it no longer applies to, or empty
 * @param months the months the units must be held for more than; zero for a class that is always
 *     short-term
 * @param source the section and amendment it comes from
 * @since 0.1.0
 */
public record HoldingPeriodRule(TaxClass taxClass, boolean listedOnly, LocalDate from,
    Optional<LocalDate> until, int months, String source) {

  /**
   * Creates a rule.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if months is negative
   */
  public HoldingPeriodRule {
    Objects.requireNonNull(taxClass, "taxClass");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(source, "source");
    if (months < 0) {
      throw new IllegalArgumentException("months: must not be negative (got " + months + ")");
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
   * Returns the term of a unit under this rule.
   *
   * @param acquired the acquisition date
   * @param transferred the transfer date
   * @return {@link Term#LONG} when held more than the months; always {@link Term#SHORT} when months is 0
   */
  public Term term(LocalDate acquired, LocalDate transferred) {
    if (months == 0) {
      return Term.SHORT;
    }
    return transferred.isAfter(acquired.plusMonths(months)) ? Term.LONG : Term.SHORT;
  }
}
