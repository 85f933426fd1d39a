package in.lumpsum.calc.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a stepped-up instalment is rounded each year, half up, before the next step builds on it.
 *
 * <p>Calculator pages differ: some keep the exact amount (5,000 at 10% a year is 7,320.50 in the
 * fifth year), others round to the rupee (7,321), as in the step-up example at
 * https://finzony.com/en-IN/calculators/step-up-sip (invested ₹3,66,312 over five years from
 * ₹5,000 a month), which is what a mandate for a whole number of rupees does.
 *
 * @since 0.1.0
 */
public enum StepUpRounding {

  /** Not rounded: each year's instalment is the exact previous one times (1 + step-up). */
  NONE(null, "not rounded"),
  /** To the paisa. */
  PAISA(new BigDecimal("0.01"), "rounded to the paisa"),
  /** To the rupee. */
  RUPEE(BigDecimal.ONE, "rounded to the rupee"),
  /** To ten rupees. */
  TEN_RUPEES(BigDecimal.TEN, "rounded to ₹10"),
  /** To a hundred rupees. */
  HUNDRED_RUPEES(new BigDecimal("100"), "rounded to ₹100");

  private final BigDecimal unit;
  private final String description;

  StepUpRounding(BigDecimal unit, String description) {
    this.unit = unit;
    this.description = description;
  }

  /**
   * Rounds an instalment, half up, to this unit.
   *
   * @param amount the amount in rupees
   * @return the rounded amount, or {@code amount} itself for {@link #NONE}
   */
  public double round(double amount) {
    if (unit == null) {
      return amount;
    }
    BigDecimal units = BigDecimal.valueOf(amount).divide(unit).setScale(0, RoundingMode.HALF_UP);
    return units.multiply(unit).doubleValue();
  }

  /**
   * Returns the rule in words.
   *
   * @return a phrase such as {@code "rounded to the rupee"}
   */
  public String description() {
    return description;
  }
}
