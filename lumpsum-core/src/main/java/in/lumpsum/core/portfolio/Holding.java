package in.lumpsum.core.portfolio;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.internal.LumpsumStyle;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.SchemeCode;
import java.util.List;
import org.immutables.value.Value;

/**
 * What an investor holds of one scheme in one folio: units, their cost, and optionally the lots that
 * make them up.
 *
 * <p>A pure value: lumpsum's calculators derive holdings from transactions; this type only holds the
 * result. Build one with {@link #builder()}; {@code scheme}, {@code folio}, {@code units} and
 * {@code cost} are required. When lots are given they belong to the same scheme and folio, and their
 * units and costs add up exactly to the holding's.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LumpsumStyle
public abstract class Holding {

  Holding() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scheme held.
   *
   * @return the scheme code
   */
  public abstract SchemeCode scheme();

  /**
   * Returns the folio the units are held in.
   *
   * @return the folio
   */
  public abstract FolioKey folio();

  /**
   * Returns the units held.
   *
   * @return the units, zero or more
   */
  public abstract Units units();

  /**
   * Returns the cost of the units held, in rupees.
   *
   * @return the cost, zero or more
   */
  public abstract Money cost();

  /**
   * Returns the lots making up the holding, oldest first.
   *
   * @return the lots, or an empty list when the holding was given without them
   */
  public abstract List<Lot> lots();

  /**
   * Returns this holding's identity.
   *
   * @return the scheme and folio
   */
  public HoldingRef ref() {
    return new HoldingRef(scheme(), folio());
  }

  @Value.Check
  void check() {
    if (units().signum() < 0) {
      throw new InvalidValueException("units", units(), "must not be negative");
    }
    if (cost().signum() < 0) {
      throw new InvalidValueException("cost", cost(), "must not be negative");
    }
    if (lots().isEmpty()) {
      return;
    }
    Units units = Units.ZERO;
    Money cost = Money.ZERO;
    for (Lot lot : lots()) {
      if (!lot.holding().equals(ref())) {
        throw new InvalidValueException("lots", lot.holding(), "a lot must belong to holding " + ref());
      }
      units = units.plus(lot.units());
      cost = cost.plus(lot.cost());
    }
    if (!units.equals(units())) {
      throw new InvalidValueException("units", units(), "must equal the lots' units, " + units);
    }
    if (!cost.equals(cost())) {
      throw new InvalidValueException("cost", cost(), "must equal the lots' cost, " + cost);
    }
  }

  /** Builds a {@link Holding}. Not thread-safe. */
  public static final class Builder extends ImmutableHolding.Builder {
    Builder() {}
  }
}
