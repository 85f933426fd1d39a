package in.lumpsum.core.portfolio;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Units of one scheme in one folio acquired together, with their cost: the unit of capital-gains
 * accounting.
 *
 * <p>A pure value: lumpsum's calculators derive lots from transactions (first in, first out, as the
 * Income-tax Act requires for units); this type only holds the result.
 *
 * @param scheme the scheme
 * @param folio the folio
 * @param acquiredOn the date the units were allotted, which starts the holding period
 * @param units the units still held from this acquisition, greater than zero
 * @param cost the cost of those units in rupees, zero or more (bonus and segregated units cost nothing)
 * @param source the transaction that allotted the units
 * @since 0.1.0
 */
public record Lot(SchemeCode scheme, FolioKey folio, LocalDate acquiredOn, Units units, Money cost,
    TransactionId source) {

  /**
   * Creates a lot.
   *
   * @throws NullPointerException if any component is null
   * @throws InvalidValueException if {@code units} is not greater than zero or {@code cost} is negative
   */
  public Lot {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(folio, "folio");
    Objects.requireNonNull(acquiredOn, "acquiredOn");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(source, "source");
    if (units.signum() <= 0) {
      throw new InvalidValueException("units", units, "must be greater than zero");
    }
    if (cost.signum() < 0) {
      throw new InvalidValueException("cost", cost, "must not be negative");
    }
  }

  /**
   * Returns the holding this lot belongs to.
   *
   * @return the scheme and folio
   */
  public HoldingRef holding() {
    return new HoldingRef(scheme, folio);
  }
}
