package in.lumpsum.core.scheme;

/**
 * The broad class of a SEBI category, as the headings of SEBI's categorisation group them.
 *
 * @since 0.1.0
 */
public enum AssetClass {
  /** Equity schemes. */
  EQUITY,
  /** Debt (income) schemes. */
  DEBT,
  /** Hybrid schemes. */
  HYBRID,
  /** Solution-oriented schemes: retirement, children's, life-cycle. */
  SOLUTION_ORIENTED,
  /** Index funds. */
  INDEX_FUND,
  /** Exchange-traded funds. */
  ETF,
  /** Funds of funds, domestic and overseas. */
  FUND_OF_FUNDS,
  /** Headings from before SEBI's 2017 categorisation that name no modern class (income, growth, balanced). */
  LEGACY
}
