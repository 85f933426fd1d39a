package in.lumpsum.core.investor;

/**
 * How much risk an investor is willing and able to take, in five levels, from least to most.
 *
 * <p>SEBI's riskometer grades schemes in six levels (Low, Low to Moderate, Moderate, Moderately High,
 * High, Very High: SEBI circular SEBI/HO/IMD/DF3/CIR/P/2020/197 of 5 October 2020). Investors are
 * customarily profiled in five; {@link #highestRiskometerLevel()} pairs each profile with the riskiest
 * riskometer level, counted 1 (Low) to 6 (Very High), that suits it by default.
 *
 * @since 0.1.0
 */
public enum RiskProfile {
  /** Capital preservation first: up to riskometer level 2, Low to Moderate. */
  CONSERVATIVE(2),
  /** Mostly stable income with a little growth: up to level 3, Moderate. */
  MODERATELY_CONSERVATIVE(3),
  /** Balanced growth and stability: up to level 4, Moderately High. */
  MODERATE(4),
  /** Growth first, accepting sizeable drawdowns: up to level 5, High. */
  MODERATELY_AGGRESSIVE(5),
  /** Maximum growth, accepting deep drawdowns: up to level 6, Very High. */
  AGGRESSIVE(6);

  private final int highestRiskometerLevel;

  RiskProfile(int highestRiskometerLevel) {
    this.highestRiskometerLevel = highestRiskometerLevel;
  }

  /**
   * Returns the riskiest SEBI riskometer level that suits this profile by default.
   *
   * @return a level from 1 (Low) to 6 (Very High)
   */
  public int highestRiskometerLevel() {
    return highestRiskometerLevel;
  }

  /**
   * Tells whether this profile takes at least as much risk as another.
   *
   * @param other the other profile
   * @return true if this profile is the same as or riskier than {@code other}
   */
  public boolean isAtLeast(RiskProfile other) {
    return compareTo(other) >= 0;
  }
}
