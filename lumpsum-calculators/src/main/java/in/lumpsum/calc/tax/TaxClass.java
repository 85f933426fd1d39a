package in.lumpsum.calc.tax;

/**
 * How units are taxed, which decides their holding period and rate.
 *
 * @since 0.1.0
 */
public enum TaxClass {

  /**
   * A unit of an equity-oriented fund: at least 65% of proceeds in equity shares of domestic listed
   * companies (Income-tax Act, 1961, Explanation to section 112A, clause (a); section 198 of the
   * Income-tax Act, 2025). Short-term gains under section 111A, long-term under 112A.
   */
  EQUITY_ORIENTED,

  /**
   * A unit of a specified mutual fund acquired on or after 1 April 2023: its gains are deemed
   * short-term whatever the holding period and taxed at the normal (slab) rates (section 50AA,
   * inserted by the Finance Act, 2023; section 76 of the Income-tax Act, 2025).
   */
  SPECIFIED_FUND,

  /**
   * Any other unit: debt units acquired before 1 April 2023, hybrid funds between the two tests, gold
   * and silver funds and ETFs, international funds and funds of funds not caught by section 50AA.
   * Short-term gains at the slab rates, long-term under section 112.
   */
  OTHER
}
