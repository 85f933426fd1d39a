package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.scheme.SchemeCode;
import java.util.Objects;
import java.time.LocalDate;

/**
 * Units held for tax: their cost and the date their holding period starts, which a merger carries
 * over from the units of the merged scheme.
 *
 * @param holding the scheme and folio holding the units now
 * @param acquiredOn the acquisition date for tax: the original allotment, carried across mergers and
 *     into a segregated portfolio
 * @param units the units, greater than zero
 * @param cost their cost of acquisition in rupees, stamp duty included
 * @param source the transaction that first allotted them
 * @param originScheme the scheme the units were first allotted in (differs from the holding's after a
 *     merger): its NAV of 31 January 2018 gives the fair market value for grandfathering
 * @param originUnits the number of units of {@code originScheme} these units stand for
 * @since 0.1.0
 */
public record TaxLot(HoldingRef holding, LocalDate acquiredOn, Units units, Money cost, TransactionId source,
    SchemeCode originScheme, Units originUnits) {

  /**
   * Creates a lot.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the units are not positive or the cost negative
   */
  public TaxLot {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(acquiredOn, "acquiredOn");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(originScheme, "originScheme");
    Objects.requireNonNull(originUnits, "originUnits");
    if (units.signum() <= 0) {
      throw new IllegalArgumentException("units: must be greater than zero (got " + units + ")");
    }
    if (cost.signum() < 0) {
      throw new IllegalArgumentException("cost: must not be negative (got " + cost + ")");
    }
  }
}
