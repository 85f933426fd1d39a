package in.lumpsum.core.investor;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.internal.LumpsumStyle;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.InvestorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What planning and recommendations need to know about an investor: age, PAN, income, tax slab, risk
 * profile, investment horizon and preferences.
 *
 * <p>Build one with {@link #builder()}; {@code investorId}, {@code riskProfile} and
 * {@code horizonYears} are required, preferences default to {@link Preferences#defaults()}. The tax
 * slab rate is a fraction ({@code 0.3} is 30%), kept without trailing zeros so that equal rates are
 * equal.
 *
 * <p>Immutable and thread-safe. {@code toString} shows the investor id, risk profile and horizon only.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LumpsumStyle
public abstract class InvestorProfile {

  /** The longest horizon accepted, in years. */
  public static final int MAX_HORIZON_YEARS = 100;

  InvestorProfile() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the investor this profile describes.
   *
   * @return the investor's id
   */
  public abstract InvestorId investorId();

  /**
   * Returns the investor's date of birth.
   *
   * @return the date, or empty if not given
   */
  public abstract Optional<LocalDate> dateOfBirth();

  /**
   * Returns the investor's PAN.
   *
   * @return the PAN, or empty if not given
   */
  public abstract Optional<Pan> pan();

  /**
   * Returns the investor's gross annual income.
   *
   * @return the income in rupees, zero or more, or empty if not given
   */
  public abstract Optional<Money> annualIncome();

  /**
   * Returns the marginal income-tax rate that applies to the investor, as a fraction.
   *
   * @return the rate from 0 to 1 ({@code 0.3} is 30%), without trailing zeros, or empty if not given
   */
  public abstract Optional<BigDecimal> taxSlabRate();

  /**
   * Returns the investor's risk profile.
   *
   * @return the risk profile
   */
  public abstract RiskProfile riskProfile();

  /**
   * Returns how many years the investor means to stay invested.
   *
   * @return the horizon, 0 to {@value #MAX_HORIZON_YEARS} years
   */
  public abstract int horizonYears();

  /**
   * Returns the investor's preferences.
   *
   * @return the preferences; {@link Preferences#defaults()} by default
   */
  @Value.Default
  public Preferences preferences() {
    return Preferences.defaults();
  }

  @Value.Check
  InvestorProfile normalize() {
    if (annualIncome().filter(m -> m.signum() < 0).isPresent()) {
      throw new InvalidValueException("annualIncome", annualIncome().get(), "must not be negative");
    }
    if (horizonYears() < 0 || horizonYears() > MAX_HORIZON_YEARS) {
      throw new InvalidValueException("horizonYears", horizonYears(),
          "must be between 0 and " + MAX_HORIZON_YEARS);
    }
    if (dateOfBirth().filter(d -> d.getYear() < 1900).isPresent()) {
      throw new InvalidValueException("dateOfBirth", "before 1900", "must be in 1900 or later");
    }
    if (taxSlabRate().isPresent()) {
      BigDecimal rate = taxSlabRate().get();
      if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidValueException("taxSlabRate", rate.toPlainString(),
            "must be a fraction from 0 to 1 (0.3 is 30%)");
      }
      BigDecimal canonical = canonical(rate);
      if (!canonical.equals(rate)) {
        return builder().from(this).taxSlabRate(canonical).build();
      }
    }
    return this;
  }

  /** Returns the investor id, risk profile and horizon; never personal data. */
  @Override
  public String toString() {
    return "InvestorProfile{investorId=" + investorId() + ", riskProfile=" + riskProfile()
        + ", horizonYears=" + horizonYears() + "}";
  }

  private static BigDecimal canonical(BigDecimal rate) {
    BigDecimal s = rate.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** Builds an {@link InvestorProfile}. Not thread-safe. */
  public static final class Builder extends ImmutableInvestorProfile.Builder {
    Builder() {}
  }
}
