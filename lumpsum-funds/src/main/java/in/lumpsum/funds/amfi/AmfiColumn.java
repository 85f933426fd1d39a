package in.lumpsum.funds.amfi;

import java.util.Locale;
import java.util.Optional;

/**
 * A column of AMFI's NAV files, recognised by its header name.
 *
 * <p>Header names are matched after lower-casing and dropping everything but letters and digits, so
 * {@code "ISIN Div Payout/ ISIN Growth"} and {@code "ISIN Div Payout/ISIN Growth"} are the same column.
 * Each column also accepts a few wordings AMFI might plausibly switch to (the IDCW wording SEBI
 * introduced in 2021, {@code NAV Name} as the SIF history report titles its name column), listed with
 * each constant.
 *
 * @since 0.1.0
 */
public enum AmfiColumn {
  /** {@code Scheme Code}: AMFI's number for the scheme. */
  SCHEME_CODE("Scheme Code", "schemeCode", "schemecode"),
  /**
   * {@code ISIN Div Payout/ ISIN Growth}: the ISIN of the growth option or of IDCW payout. Also
   * accepted: {@code ISIN Growth/ISIN Div Payout}, {@code ISIN IDCW Payout/ISIN Growth},
   * {@code ISIN Growth}.
   */
  ISIN_GROWTH_OR_PAYOUT("ISIN Div Payout/ ISIN Growth", "isinGrowthOrPayout",
      "isindivpayoutisingrowth", "isingrowthisindivpayout", "isinidcwpayoutisingrowth",
      "isingrowthisinidcwpayout", "isingrowth"),
  /**
   * {@code ISIN Div Reinvestment}: the ISIN of IDCW reinvestment. Also accepted:
   * {@code ISIN IDCW Reinvestment}, {@code ISIN Reinvestment}.
   */
  ISIN_REINVESTMENT("ISIN Div Reinvestment", "isinReinvestment",
      "isindivreinvestment", "isinidcwreinvestment", "isinreinvestment"),
  /** {@code Scheme Name}. Also accepted: {@code NAV Name}. */
  SCHEME_NAME("Scheme Name", "schemeName", "schemename", "navname"),
  /** {@code Plan}: the plan, in the layouts of August 2026 onwards. */
  PLAN("Plan", "plan", "plan"),
  /** {@code Option}: the option, in the layouts of August 2026 onwards. */
  OPTION("Option", "option", "option"),
  /** {@code Net Asset Value}. Also accepted: {@code NAV}. */
  NET_ASSET_VALUE("Net Asset Value", "nav", "netassetvalue", "nav"),
  /** {@code Repurchase Price}, in the older layouts; read past, not kept. */
  REPURCHASE_PRICE("Repurchase Price", "repurchasePrice", "repurchaseprice"),
  /** {@code Sale Price}, in the older layouts; read past, not kept. */
  SALE_PRICE("Sale Price", "salePrice", "saleprice"),
  /** {@code Date}: the date of the NAV, {@code dd-MMM-yyyy}. Also accepted: {@code NAV Date}. */
  DATE("Date", "date", "date", "navdate");

  private final String header;
  private final String field;
  private final String[] keys;

  AmfiColumn(String header, String field, String... keys) {
    this.header = header;
    this.field = field;
    this.keys = keys;
  }

  /**
   * Returns the header name as AMFI's daily file writes it.
   *
   * @return the header name, such as {@code "Net Asset Value"}
   */
  public String header() {
    return header;
  }

  /**
   * Returns the name by which problems with this column's values name the field.
   *
   * @return the field name, such as {@code "nav"} or {@code "isinReinvestment"}
   */
  public String field() {
    return field;
  }

  /**
   * Recognises a header name.
   *
   * @param name a column name from a header line, such as {@code "ISIN Div Payout/ISIN Growth"}
   * @return the column, or empty when the name is not one lumpsum knows
   */
  public static Optional<AmfiColumn> ofHeader(String name) {
    String key = key(name);
    for (AmfiColumn c : values()) {
      for (String k : c.keys) {
        if (k.equals(key)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + ('a' - 'A')));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
