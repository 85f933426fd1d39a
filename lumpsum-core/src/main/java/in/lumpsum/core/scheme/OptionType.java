package in.lumpsum.core.scheme;

/**
 * What a scheme option does with the scheme's distributable surplus.
 *
 * <p>SEBI renamed dividend options to Income Distribution cum Capital Withdrawal (IDCW) from
 * 1 April 2021 (SEBI circular SEBI/HO/IMD/DF3/CIR/P/2020/194 of 5 October 2020); older files say
 * {@code Dividend}. lumpsum reads both as IDCW.
 *
 * @since 0.1.0
 */
public enum OptionType {
  /** Surplus stays in the NAV; nothing is paid out. */
  GROWTH,
  /** IDCW paid out in cash. */
  IDCW_PAYOUT,
  /** IDCW reinvested in new units of the same option. */
  IDCW_REINVESTMENT,
  /** Surplus distributed as bonus units (a legacy option, mostly closed to new money). */
  BONUS;

  /**
   * Tells whether this option distributes income (payout or reinvestment).
   *
   * @return true for the two IDCW options
   */
  public boolean isIdcw() {
    return this == IDCW_PAYOUT || this == IDCW_REINVESTMENT;
  }
}
