package in.lumpsum.calc;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.funds.history.NavHistoryFile;
import in.lumpsum.funds.index.IndexImporter;

/**
 * The real NAV and index files the calculators' tests read in place from the shared data
 * ({@code ../shared/data/SOURCES.md}, section 5), read with lumpsum-funds' production readers
 * (a test-scope dependency only: the calculators depend on core alone at main scope).
 */
public final class RealNavs {

  /** UTI Nifty Fund, growth option: {@code DD/MM/YYYY,nav}, newest first, NAVs to 2 decimals. */
  public static final String UTI_NIFTY =
      "nav-history-2016-utkarshohm/selected-schemes/UTINiftyFundGrowth.csv";
  /** The NIFTY 50 price index: NSE's CSV with quoted, space-padded values. */
  public static final String NIFTY_50 = "nav-history-2016-utkarshohm/index_values/NIFTY50.csv";

  private RealNavs() {
  }

  /**
   * Reads a per-scheme file of the 2016 history with {@link NavHistoryFile}. A row giving another
   * NAV for a date already read is left out (the first row read, the newest, is kept).
   *
   * @param relative the path below the shared data
   * @return the NAVs read
   */
  public static NavSeries scheme(String relative) {
    return NavSeries.of(NavHistoryFile.read(RealData.require(relative)).values());
  }

  /**
   * Reads an index file (NSE or BSE CSV, Nifty TRI JSON) with {@link IndexImporter}.
   *
   * @param relative the path below the shared data
   * @return the closes read
   */
  public static NavSeries index(String relative) {
    return IndexImporter.read(RealData.require(relative)).series().values();
  }
}
