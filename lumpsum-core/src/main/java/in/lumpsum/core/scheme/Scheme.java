package in.lumpsum.core.scheme;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.internal.LumpsumStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A mutual-fund scheme as AMFI lists it: one plan and option of a fund, identified by its AMFI scheme
 * code.
 *
 * <p>A scheme has at most two ISINs: AMFI's first ISIN column holds the ISIN of the growth option or of
 * IDCW payout, the second that of IDCW reinvestment, which shares the scheme code. Build one with
 * {@link #builder()}; {@code code}, {@code name} and {@code amc} are required, the plan defaults to
 * {@link Plan#REGULAR}, the option to {@link SchemeOption#GROWTH}, the structure to
 * {@link SchemeStructure#OPEN_ENDED}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LumpsumStyle
public abstract class Scheme {

  Scheme() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the AMFI scheme code.
   *
   * @return the code
   */
  public abstract SchemeCode code();

  /**
   * Returns the scheme name as published, with mis-encoded characters repaired by the reader.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the fund house.
   *
   * @return the AMC
   */
  public abstract Amc amc();

  /**
   * Returns the ISIN of the growth option or of IDCW payout: AMFI's first ISIN column.
   *
   * @return the ISIN, or empty when AMFI lists none
   */
  public abstract Optional<Isin> isinGrowthOrPayout();

  /**
   * Returns the ISIN of IDCW reinvestment: AMFI's second ISIN column.
   *
   * @return the ISIN, or empty when AMFI lists none
   */
  public abstract Optional<Isin> isinReinvestment();

  /**
   * Returns the plan.
   *
   * @return direct or regular
   */
  @Value.Default
  public Plan plan() {
    return Plan.REGULAR;
  }

  /**
   * Returns the option.
   *
   * @return growth, IDCW with frequency, or bonus
   */
  @Value.Default
  public SchemeOption option() {
    return SchemeOption.GROWTH;
  }

  /**
   * Returns the SEBI category.
   *
   * @return the category, or empty when the source gave none that lumpsum knows
   */
  public abstract Optional<SebiCategory> category();

  /**
   * Returns whether the scheme is open ended, close ended or an interval fund.
   *
   * @return the structure
   */
  @Value.Default
  public SchemeStructure structure() {
    return SchemeStructure.OPEN_ENDED;
  }

  /**
   * Tells whether an ISIN is one of this scheme's.
   *
   * @param isin the ISIN
   * @return true if it is either of the scheme's ISINs
   */
  public boolean hasIsin(Isin isin) {
    return isinGrowthOrPayout().filter(isin::equals).isPresent()
        || isinReinvestment().filter(isin::equals).isPresent();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("name", name(), "must not be blank");
    }
    if (isinGrowthOrPayout().isPresent() && isinGrowthOrPayout().equals(isinReinvestment())) {
      throw new InvalidValueException("isinReinvestment", isinReinvestment().get(),
          "must differ from the growth/payout ISIN");
    }
  }

  /** Builds a {@link Scheme}. Not thread-safe. */
  public static final class Builder extends ImmutableScheme.Builder {
    Builder() {}
  }
}
