package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import java.util.Objects;

/**
 * A capital loss carried from the year it arose, to set off in later years.
 *
 * <p>Section 74(1) of the Income-tax Act, 1961 lets a loss under the head "Capital gains" be carried
 * forward for not more than eight assessment years immediately succeeding the assessment year for which
 * it was first computed: a loss of financial year Y (assessment year Y+1) can be set off in financial
 * years Y+1 to Y+8 and is gone after ({@link #lastYear()}). Section 80 adds that the return of the
 * loss year must have been filed in time (section 139(3)); that is the host's to check before passing a
 * loss here. The Income-tax Act, 2025 keeps the eight years for tax years from 2026-27 (its
 * carry-forward section for capital losses, after s. 108 and s. 109; not confirmed by number).
 *
 * @param arose the financial year in which the loss arose
 * @param term short-term (set off against short- or long-term gains) or long-term (against long-term
 *     gains only)
 * @param amount the loss left to set off, positive
 * @since 0.1.0
 */
public record BroughtForwardLoss(FinancialYear arose, Term term, Money amount) {

  /** Years after the loss year in which it may still be set off: eight (s. 74(1)). */
  public static final int YEARS = 8;

  /**
   * Creates a loss.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public BroughtForwardLoss {
    Objects.requireNonNull(arose, "arose");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount: a loss is given as a positive amount, not " + amount);
    }
  }

  /**
   * Returns the last financial year in which the loss can be set off: eight years after it arose.
   *
   * @return the last year
   */
  public FinancialYear lastYear() {
    return new FinancialYear(arose.startYear() + YEARS);
  }

  /**
   * Tells whether the loss can be set off in a year: a year after the one it arose in, and not after
   * {@link #lastYear()}.
   *
   * @param year the financial year
   * @return true when it can
   */
  public boolean liveIn(FinancialYear year) {
    return year.compareTo(arose) > 0 && year.compareTo(lastYear()) <= 0;
  }
}
