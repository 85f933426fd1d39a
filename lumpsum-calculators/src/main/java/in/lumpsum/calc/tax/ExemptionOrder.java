package in.lumpsum.calc.tax;

/**
 * The order in which the yearly section 112A exemption meets long-term equity gains taxed at different
 * rates: only 2024-25 has two (10% before 23 July 2024, 12.5% on or after), and the Finance (No. 2)
 * Act, 2024 gives ₹1.25 lakh for the whole year without saying which part it reduces first.
 *
 * @since 0.1.0
 */
public enum ExemptionOrder {
  /**
   * The default: the exemption reduces the gains taxed at the higher rate first, which gives the
   * lowest tax and is what the return utility for assessment year 2025-26 lets a taxpayer claim.
   */
  HIGHER_RATE_FIRST,
  /** The exemption reduces the earlier gains first, in date order of the rules. */
  EARLIER_FIRST
}
