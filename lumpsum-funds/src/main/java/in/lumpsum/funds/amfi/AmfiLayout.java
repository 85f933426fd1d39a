package in.lumpsum.funds.amfi;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A layout of AMFI's NAV files: which columns the header names, in which order.
 *
 * <p>The reader finds the layout from the header's column names (not from the number of fields), then
 * reads every row by column name. The five layouts known:
 * <ul>
 *   <li>{@link #DAILY}: {@code NAVAll.txt} until 18 August 2026, 6 fields.
 *   <li>{@link #DAILY_WITH_PLAN_OPTION}: {@code NAVAll.txt} from 19 August 2026, 8 fields; the plan and
 *       option words left the scheme name for their own columns.
 *   <li>{@link #DAILY_WITH_PRICES}: the legacy {@code NAVAll.txt} (2017 and before), 8 fields with
 *       repurchase and sale prices.
 *   <li>{@link #HISTORY_WITH_PRICES}: the NAV history report, name before the ISINs, with repurchase and
 *       sale prices.
 *   <li>{@link #HISTORY_WITH_PLAN_OPTION}: the NAV history report as of 2026, with plan and option.
 * </ul>
 * A daily and a history layout with the same columns are told apart by order: the daily file puts the
 * ISINs before the scheme name, the history report after it.
 *
 * @since 0.1.0
 */
public enum AmfiLayout {
  /** {@code Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date}. */
  DAILY(false, "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;"
      + "Net Asset Value;Date"),
  /**
   * {@code Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Plan;Option;
   * Net Asset Value;Date}.
   */
  DAILY_WITH_PLAN_OPTION(false, "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;"
      + "Scheme Name;Plan;Option;Net Asset Value;Date"),
  /**
   * {@code Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;
   * Repurchase Price;Sale Price;Date}.
   */
  DAILY_WITH_PRICES(false, "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;"
      + "Scheme Name;Net Asset Value;Repurchase Price;Sale Price;Date"),
  /**
   * {@code Scheme Code;Scheme Name;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;Net Asset Value;
   * Repurchase Price;Sale Price;Date}.
   */
  HISTORY_WITH_PRICES(true, "Scheme Code;Scheme Name;ISIN Div Payout/ISIN Growth;"
      + "ISIN Div Reinvestment;Net Asset Value;Repurchase Price;Sale Price;Date"),
  /**
   * {@code Scheme Code;Scheme Name;Plan;Option;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;
   * Net Asset Value;Date}.
   */
  HISTORY_WITH_PLAN_OPTION(true, "Scheme Code;Scheme Name;Plan;Option;ISIN Div Payout/ISIN Growth;"
      + "ISIN Div Reinvestment;Net Asset Value;Date");

  private final boolean history;
  private final String header;
  private final List<AmfiColumn> columns;

  AmfiLayout(boolean history, String header) {
    this.history = history;
    this.header = header;
    this.columns = Arrays.stream(header.split(";"))
        .map(h -> AmfiColumn.ofHeader(h).orElseThrow()).toList();
  }

  /**
   * Returns the header line as AMFI writes it for this layout.
   *
   * @return the header, columns separated by {@code ;}
   */
  public String header() {
    return header;
  }

  /**
   * Returns the columns in AMFI's order.
   *
   * @return the columns, unmodifiable
   */
  public List<AmfiColumn> columns() {
    return columns;
  }

  /**
   * Tells whether this is a layout of the NAV history report rather than of the daily file.
   *
   * @return true for the history report layouts
   */
  public boolean isHistoryReport() {
    return history;
  }

  /**
   * Tells whether rows carry the plan and option in columns of their own (rather than only in the
   * scheme name).
   *
   * @return true for the layouts of August 2026 onwards
   */
  public boolean hasPlanAndOption() {
    return columns.contains(AmfiColumn.PLAN);
  }

  /**
   * Finds the layout of a header's columns, in the header's order.
   *
   * @param columns the columns recognised, in order
   * @return the layout, or null when the columns form none (package use only)
   */
  static AmfiLayout of(List<AmfiColumn> columns) {
    Set<AmfiColumn> set = EnumSet.noneOf(AmfiColumn.class);
    set.addAll(columns);
    if (set.size() != columns.size()) {
      return null;
    }
    boolean nameFirst =
        columns.indexOf(AmfiColumn.SCHEME_NAME) < columns.indexOf(AmfiColumn.ISIN_GROWTH_OR_PAYOUT);
    for (AmfiLayout layout : values()) {
      if (EnumSet.copyOf(layout.columns).equals(set)) {
        if (layout == DAILY || layout.history == nameFirst) {
          return layout;
        }
      }
    }
    return null;
  }
}
