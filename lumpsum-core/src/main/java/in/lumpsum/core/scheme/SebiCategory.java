package in.lumpsum.core.scheme;

import in.lumpsum.core.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The category of a scheme under SEBI's categorisation, with index funds, ETFs, funds of funds and the
 * older headings that AMFI's files still carry.
 *
 * <p>Sources: SEBI circular SEBI/HO/IMD/DF3/CIR/P/2017/114 of 6 October 2017 (categorisation and
 * rationalisation of schemes: 10 equity, 16 debt, 6 hybrid, 2 solution-oriented and 2 other
 * categories); SEBI/HO/IMD/DF3/CIR/P/2020/228 of 6 November 2020 (flexi cap). The section headings of
 * AMFI's {@code NAVAll.txt} name categories in several wordings over the years: {@code Equity Scheme -
 * Large Cap Fund} (2018-2026), {@code Equity Schemes - Large Cap Fund} and
 * {@code Income/Debt Oriented Schemes - Short Term Fund} (files of August 2026), and before 2018
 * {@code Income}, {@code Growth}, {@code Balanced}, {@code Gilt}, {@code Liquid}, {@code ELSS}. Where a
 * 2026 heading renames a category ({@code Short Term Fund} for short duration) it is read as the same
 * category; where it names a new one ({@code Life Cycle Fund}, {@code Fixed Term Plan}) the category
 * is its own.
 *
 * @since 0.1.0
 */
public enum SebiCategory {
  // Equity
  /** Multi cap fund. */
  MULTI_CAP(AssetClass.EQUITY, "multi cap fund", "multi cap"),
  /** Flexi cap fund (from November 2020). */
  FLEXI_CAP(AssetClass.EQUITY, "flexi cap fund", "flexi cap"),
  /** Large cap fund. */
  LARGE_CAP(AssetClass.EQUITY, "large cap fund", "large cap"),
  /** Large and mid cap fund. */
  LARGE_AND_MID_CAP(AssetClass.EQUITY, "large mid cap fund", "large and mid cap fund"),
  /** Mid cap fund. */
  MID_CAP(AssetClass.EQUITY, "mid cap fund", "mid cap"),
  /** Small cap fund. */
  SMALL_CAP(AssetClass.EQUITY, "small cap fund", "small cap"),
  /** Dividend yield fund. */
  DIVIDEND_YIELD(AssetClass.EQUITY, "dividend yield fund", "dividend yield"),
  /** Value fund. */
  VALUE(AssetClass.EQUITY, "value fund"),
  /** Contra fund. */
  CONTRA(AssetClass.EQUITY, "contra fund"),
  /** Focused fund. */
  FOCUSED(AssetClass.EQUITY, "focused fund"),
  /** Sectoral or thematic fund, one category until 2026. */
  SECTORAL_THEMATIC(AssetClass.EQUITY, "sectoral thematic"),
  /** Sectoral fund (a category of its own in AMFI's files from 2026). */
  SECTORAL(AssetClass.EQUITY, "sectoral fund"),
  /** Thematic fund (a category of its own in AMFI's files from 2026). */
  THEMATIC(AssetClass.EQUITY, "thematic fund"),
  /** Equity linked savings scheme: tax-saving, three-year lock-in. */
  ELSS(AssetClass.EQUITY, "elss", "elss tax saver fund"),
  /** Growth (pre-2018 heading). */
  LEGACY_GROWTH(AssetClass.LEGACY, "growth"),

  // Debt
  /** Overnight fund. */
  OVERNIGHT(AssetClass.DEBT, "overnight fund"),
  /** Liquid fund. */
  LIQUID(AssetClass.DEBT, "liquid fund", "liquid"),
  /** Ultra short duration fund. */
  ULTRA_SHORT_DURATION(AssetClass.DEBT, "ultra short duration fund", "ultra short term fund"),
  /** Ultra short to short term fund (AMFI 2026 heading). */
  ULTRA_SHORT_TO_SHORT_TERM(AssetClass.DEBT, "ultra short to short term fund"),
  /** Low duration fund. */
  LOW_DURATION(AssetClass.DEBT, "low duration fund"),
  /** Money market fund. */
  MONEY_MARKET(AssetClass.DEBT, "money market fund", "money market"),
  /** Short duration fund. */
  SHORT_DURATION(AssetClass.DEBT, "short duration fund", "short term fund"),
  /** Medium duration fund. */
  MEDIUM_DURATION(AssetClass.DEBT, "medium duration fund", "medium term fund"),
  /** Medium to long duration fund. */
  MEDIUM_TO_LONG_DURATION(AssetClass.DEBT, "medium to long duration fund", "medium to long term fund"),
  /** Long duration fund. */
  LONG_DURATION(AssetClass.DEBT, "long duration fund", "long term fund"),
  /** Dynamic bond fund. */
  DYNAMIC_BOND(AssetClass.DEBT, "dynamic bond", "dynamic bond fund", "dynamic term fund"),
  /** Corporate bond fund. */
  CORPORATE_BOND(AssetClass.DEBT, "corporate bond fund"),
  /** Credit risk fund. */
  CREDIT_RISK(AssetClass.DEBT, "credit risk fund"),
  /** Banking and PSU fund. */
  BANKING_AND_PSU(AssetClass.DEBT, "banking and psu fund", "banking and psu debt fund"),
  /** Gilt fund. */
  GILT(AssetClass.DEBT, "gilt fund", "gilt"),
  /** Gilt fund with 10-year constant duration. */
  GILT_10Y_CONSTANT_DURATION(AssetClass.DEBT, "gilt fund with 10 year constant duration",
      "10 year constant maturity gilt fund"),
  /** Floater fund. */
  FLOATER(AssetClass.DEBT, "floater fund", "floating rate", "floating interest rates fund"),
  /** Fixed term plan (close-ended debt, AMFI 2026 heading). */
  FIXED_TERM_PLAN(AssetClass.DEBT, "fixed term plan"),
  /** Other debt scheme (AMFI 2026 heading). */
  OTHER_DEBT(AssetClass.DEBT, "other debt scheme"),
  /** Income (pre-2018 heading). */
  LEGACY_INCOME(AssetClass.LEGACY, "income"),

  // Hybrid
  /** Conservative hybrid fund. */
  CONSERVATIVE_HYBRID(AssetClass.HYBRID, "conservative hybrid fund"),
  /** Balanced hybrid fund. */
  BALANCED_HYBRID(AssetClass.HYBRID, "balanced hybrid fund"),
  /** Aggressive hybrid fund. */
  AGGRESSIVE_HYBRID(AssetClass.HYBRID, "aggressive hybrid fund"),
  /** Dynamic asset allocation or balanced advantage fund. */
  DYNAMIC_ASSET_ALLOCATION(AssetClass.HYBRID, "dynamic asset allocation or balanced advantage",
      "balanced advantage fund dynamic asset allocation"),
  /** Multi asset allocation fund. */
  MULTI_ASSET_ALLOCATION(AssetClass.HYBRID, "multi asset allocation", "multi asset allocation fund"),
  /** Arbitrage fund. */
  ARBITRAGE(AssetClass.HYBRID, "arbitrage fund"),
  /** Equity savings fund. */
  EQUITY_SAVINGS(AssetClass.HYBRID, "equity savings", "equity savings fund"),
  /** Balanced (pre-2018 heading). */
  LEGACY_BALANCED(AssetClass.LEGACY, "balanced"),

  // Solution oriented
  /** Retirement fund. */
  RETIREMENT(AssetClass.SOLUTION_ORIENTED, "retirement fund"),
  /** Children's fund. */
  CHILDRENS(AssetClass.SOLUTION_ORIENTED, "children s fund", "childrens fund", "children fund"),
  /** Life-cycle fund with a target maturity (AMFI 2026 heading). */
  LIFE_CYCLE(AssetClass.SOLUTION_ORIENTED, "life cycle fund"),

  // Other
  /** Index fund (equity, debt or hybrid index). */
  INDEX_FUND(AssetClass.INDEX_FUND, "index funds", "index fund"),
  /** Gold ETF. */
  GOLD_ETF(AssetClass.ETF, "gold etf", "gold etfs"),
  /** Silver ETF. */
  SILVER_ETF(AssetClass.ETF, "silver etf"),
  /** Equity ETF. */
  EQUITY_ETF(AssetClass.ETF, "equity etf"),
  /** Debt ETF. */
  DEBT_ETF(AssetClass.ETF, "debt etf"),
  /** Hybrid ETF. */
  HYBRID_ETF(AssetClass.ETF, "hybrid etf"),
  /** ETF investing overseas. */
  OVERSEAS_ETF(AssetClass.ETF, "etfs investing overseas"),
  /** Any other ETF. */
  OTHER_ETF(AssetClass.ETF, "other etfs", "other etf"),
  /** Fund of funds investing in domestic funds. */
  FOF_DOMESTIC(AssetClass.FUND_OF_FUNDS, "fof domestic", "fund of funds domestic",
      "fund of funds scheme domestic"),
  /** Fund of funds investing overseas. */
  FOF_OVERSEAS(AssetClass.FUND_OF_FUNDS, "fof overseas", "fund of funds overseas",
      "fund of funds investing overseas");

  private static final Map<String, SebiCategory> BY_ALIAS = new HashMap<>();

  static {
    for (SebiCategory c : values()) {
      for (String alias : c.aliases) {
        if (BY_ALIAS.put(alias, c) != null) {
          throw new ExceptionInInitializerError("duplicate category alias " + alias);
        }
      }
    }
  }

  private final AssetClass assetClass;
  private final String[] aliases;

  SebiCategory(AssetClass assetClass, String... aliases) {
    this.assetClass = assetClass;
    this.aliases = aliases;
  }

  /**
   * Returns the broad class of this category.
   *
   * @return the asset class
   */
  public AssetClass assetClass() {
    return assetClass;
  }

  /**
   * Reads the category from an AMFI section heading or its bracketed part.
   *
   * <p>Accepts every wording listed in the class description, such as
   * {@code "Open Ended Schemes(Equity Scheme - Large Cap Fund)"},
   * {@code "Open Ended Schemes ( Liquid )"} or {@code "Other Scheme - Gold ETF"}. The part after the
   * last {@code " - "} names the category; where that part alone is ambiguous (such as
   * {@code "Equity Funds"} under {@code "Index Funds"}) the class before it decides.
   *
   * @param heading the heading text
   * @return the category, or empty when the heading names none that lumpsum knows
   */
  public static Optional<SebiCategory> fromHeading(String heading) {
    if (heading == null) {
      return Optional.empty();
    }
    String inner = heading;
    int open = heading.indexOf('(');
    int close = heading.lastIndexOf(')');
    if (open >= 0 && close > open) {
      inner = heading.substring(open + 1, close);
    }
    String w = Text.words(inner);
    SebiCategory direct = BY_ALIAS.get(w);
    if (direct != null) {
      return Optional.of(direct);
    }
    // "<class> - <category>": try the category part, then the whole with the class prefix dropped.
    int dash = inner.lastIndexOf(" - ");
    if (dash < 0) {
      dash = inner.lastIndexOf('-');
    }
    if (dash >= 0) {
      String prefix = Text.words(inner.substring(0, dash));
      String part = Text.words(inner.substring(dash + 1));
      if (prefix.startsWith("index funds")) {
        return Optional.of(INDEX_FUND);
      }
      if (prefix.startsWith("life cycle")) {
        return Optional.of(LIFE_CYCLE);
      }
      SebiCategory c = BY_ALIAS.get(part);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a category by its name ({@code LARGE_CAP}) or by any heading wording.
   *
   * @param text the category
   * @return the category
   * @throws InvalidValueException if the text names no known category
   */
  public static SebiCategory parse(String text) {
    if (text != null) {
      try {
        return valueOf(text.strip());
      } catch (IllegalArgumentException notAName) {
        // fall through to the heading wordings
      }
    }
    return fromHeading(text).orElseThrow(
        () -> new InvalidValueException("category", text, "is not a known SEBI category"));
  }
}
