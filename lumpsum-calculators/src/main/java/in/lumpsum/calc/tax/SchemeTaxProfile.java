package in.lumpsum.calc.tax;

import in.lumpsum.core.scheme.SebiCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the tax law asks of a scheme's portfolio and listing, from which its units' {@link TaxClass}
 * follows on each date.
 *
 * <p>The three portfolio tests are the law's, each measured as the annual average of daily closing
 * figures, which only the fund house knows: a host that has them (from the fund's factsheet or the
 * AMC's tax note) sets them per scheme; {@link #defaultFor(SebiCategory)} guesses them from the SEBI
 * category.
 *
 * @param equityOriented at least 65% of proceeds in domestic listed equity shares (a fund of funds: 90%
 *     in listed units of funds holding 90% in such shares): Explanation to section 112A of the
 *     Income-tax Act, 1961
 * @param domesticEquityAtMost35 not more than 35% of proceeds in domestic equity shares: the definition
 *     of a specified mutual fund in section 50AA as inserted by the Finance Act, 2023, which governs
 *     transfers up to 31 March 2025
 * @param debtAbove65 more than 65% of proceeds in debt and money market instruments, or 65% or more in
 *     units of such funds: the definition substituted by the Finance (No. 2) Act, 2024 with effect from
 *     1 April 2026 (assessment year 2026-27), which governs transfers from 1 April 2025; section 76 of the
 *     Income-tax Act, 2025 keeps it
 * @param listed the units are listed on a recognised stock exchange (ETFs): the 12-month holding
 *     period for listed securities applies to transfers from 23 July 2024
 * @since 0.1.0
 */
public record SchemeTaxProfile(boolean equityOriented, boolean domesticEquityAtMost35,
    boolean debtAbove65, boolean listed) {

  /** The date from which section 50AA catches units of a specified mutual fund: 1 April 2023. */
  public static final LocalDate SPECIFIED_FUND_ACQUIRED_FROM = LocalDate.of(2023, 4, 1);

  /** The first transfer date under the definition of the Finance (No. 2) Act, 2024: 1 April 2025. */
  public static final LocalDate NEW_DEFINITION_FROM = LocalDate.of(2025, 4, 1);

  /** An equity-oriented fund. */
  public static final SchemeTaxProfile EQUITY = new SchemeTaxProfile(true, false, false, false);

  /** A debt fund: specified under both definitions. */
  public static final SchemeTaxProfile DEBT = new SchemeTaxProfile(false, true, true, false);

  /**
   * A fund with little domestic equity but not mainly debt (gold fund of funds, international fund of
   * funds): specified under the 2023 definition, not under the 2024 one.
   */
  public static final SchemeTaxProfile LOW_EQUITY_NON_DEBT = new SchemeTaxProfile(false, true, false, false);

  /** A listed ETF of gold, silver or foreign shares: like {@link #LOW_EQUITY_NON_DEBT}, but listed. */
  public static final SchemeTaxProfile LISTED_NON_DEBT = new SchemeTaxProfile(false, true, false, true);

  /** A hybrid fund with between 35% and 65% in domestic equity: never specified, never equity-oriented. */
  public static final SchemeTaxProfile HYBRID = new SchemeTaxProfile(false, false, false, false);

  /**
   * Creates a profile.
   *
   * @throws IllegalArgumentException if it is both equity-oriented and a specified fund
   */
  public SchemeTaxProfile {
    if (equityOriented && (domesticEquityAtMost35 || debtAbove65)) {
      throw new IllegalArgumentException("profile: an equity-oriented fund cannot also be a specified fund");
    }
  }

  /**
   * Returns a guess of the profile from the SEBI category, for a host that sets none.
   *
   * <p>Equity categories, ELSS, aggressive hybrid, arbitrage, equity savings and balanced advantage
   * funds, index funds and equity ETFs are taken as equity-oriented (SEBI's category limits keep the
   * first ones at 65% or more of equity; arbitrage, equity savings and balanced advantage funds count
   * hedged equity, as their AMCs' tax notes say; an index fund of bonds must be set by the host).
   * Debt categories, debt ETFs and conservative hybrid funds are debt. Balanced hybrid and multi-asset
   * funds, retirement and children's funds are hybrid. Gold, silver and overseas ETFs are listed and
   * not debt; funds of funds are low-equity and not debt (a fund of debt funds must be set by the
   * host).
   *
   * @param category the scheme's category
   * @return the profile
   */
  public static SchemeTaxProfile defaultFor(SebiCategory category) {
    Objects.requireNonNull(category, "category");
    return switch (category) {
      case ARBITRAGE, EQUITY_SAVINGS, AGGRESSIVE_HYBRID, DYNAMIC_ASSET_ALLOCATION, INDEX_FUND, EQUITY_ETF,
          LEGACY_GROWTH -> EQUITY;
      case CONSERVATIVE_HYBRID, DEBT_ETF, LEGACY_INCOME -> DEBT;
      case BALANCED_HYBRID, MULTI_ASSET_ALLOCATION, RETIREMENT, CHILDRENS, LIFE_CYCLE, LEGACY_BALANCED,
          HYBRID_ETF -> HYBRID;
      case GOLD_ETF, SILVER_ETF, OVERSEAS_ETF, OTHER_ETF -> LISTED_NON_DEBT;
      case FOF_DOMESTIC, FOF_OVERSEAS -> LOW_EQUITY_NON_DEBT;
      default -> switch (category.assetClass()) {
        case EQUITY -> EQUITY;
        case DEBT -> DEBT;
        default -> HYBRID;
      };
    };
  }

  /**
   * Returns a guess of the profile from the SEBI category and the scheme's name, which tells apart what
   * one category mixes: index funds and funds of funds that hold bonds (target-maturity "Crisil IBX
   * Gilt", "SDL", "Bond" index funds), gold or silver, or foreign shares ("Nasdaq", "S&amp;P 500", "US",
   * "Global", "International", "Overseas", "Hang Seng", "MSCI", "World").
   *
   * <p>Only index funds, funds of funds and ETFs other than gold, silver, debt and overseas are read by
   * name; for other categories the name is not used. A guess still: the host should set the profile
   * from the fund's own disclosure where it has it.
   *
   * @param category the scheme's category
   * @param name the scheme's name, as AMFI lists it
   * @return the profile
   */
  public static SchemeTaxProfile defaultFor(SebiCategory category, String name) {
    Objects.requireNonNull(name, "name");
    boolean readsName = switch (category) {
      case INDEX_FUND, FOF_DOMESTIC, FOF_OVERSEAS, OTHER_ETF, EQUITY_ETF -> true;
      default -> false;
    };
    if (!readsName) {
      return defaultFor(category);
    }
    String n = " " + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9&]+", " ") + " ";
    boolean listed = category == SebiCategory.OTHER_ETF || category == SebiCategory.EQUITY_ETF;
    for (String word : DEBT_WORDS) {
      if (n.contains(word)) {
        return listed ? new SchemeTaxProfile(false, true, true, true) : DEBT;
      }
    }
    for (String word : NON_DEBT_WORDS) {
      if (n.contains(word)) {
        return listed ? LISTED_NON_DEBT : LOW_EQUITY_NON_DEBT;
      }
    }
    return defaultFor(category);
  }

  private static final List<String> DEBT_WORDS = List.of(" SDL ", " GILT ", " G SEC ",
      " GSEC ", " BOND ", " BONDS ", " DEBT ", " CRISIL IBX ", " TARGET MATURITY ", " LIQUID ", " T BILL ",
      " MONEY MARKET ", " OVERNIGHT ", " 1D RATE ", " CORPORATE ", " PSU ", " AAA ");

  private static final List<String> NON_DEBT_WORDS = List.of(" GOLD ", " SILVER ",
      " NASDAQ ", " S&P 500 ", " S&P ", " US ", " GLOBAL ", " INTERNATIONAL ", " OVERSEAS ", " HANG SENG ",
      " MSCI ", " WORLD ", " NYSE ", " FANG ", " JAPAN ", " CHINA ", " TAIWAN ", " EUROPE ");

  /**
   * Returns how a unit of this scheme is taxed when acquired and transferred on given dates.
   *
   * @param acquired the date the unit was acquired (for units from a merger, the original date)
   * @param transferred the date of the redemption or switch out
   * @return {@link TaxClass#EQUITY_ORIENTED} if equity-oriented; {@link TaxClass#SPECIFIED_FUND} if
   *     acquired on or after 1 April 2023 and specified under the definition in force for the transfer
   *     date; {@link TaxClass#OTHER} otherwise
   */
  public TaxClass taxClass(LocalDate acquired, LocalDate transferred) {
    if (equityOriented) {
      return TaxClass.EQUITY_ORIENTED;
    }
    if (!acquired.isBefore(SPECIFIED_FUND_ACQUIRED_FROM)) {
      boolean specified = transferred.isBefore(NEW_DEFINITION_FROM) ? domesticEquityAtMost35 : debtAbove65;
      if (specified) {
        return TaxClass.SPECIFIED_FUND;
      }
    }
    return TaxClass.OTHER;
  }
}
