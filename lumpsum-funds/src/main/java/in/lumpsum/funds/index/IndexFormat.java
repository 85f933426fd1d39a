package in.lumpsum.funds.index;

/**
 * The file formats {@link IndexImporter} recognises, each by its header.
 *
 * @since 0.1.0
 */
public enum IndexFormat {

  /**
   * NSE's historical index CSV: header
   * {@code "Date","Open","High","Low","Close","Shares Traded","Turnover (Rs. Cr)"}, every value
   * quoted and space-padded, dates {@code 03-Jul-1990}, {@code "-"} for a missing value.
   */
  NSE_CSV,

  /**
   * BSE's historical index CSV: header {@code Date,Open,High,Low,Close}, rows with a trailing comma,
   * dates {@code 3-April-1979} (day without a leading zero, month in full), open/high/low often empty.
   */
  BSE_CSV,

  /**
   * NSE's total return index JSON as served to niftyindices.com pages: an array of
   * {@code {"Index Name":"Nifty 50","Date":"01 Nov 2023","TotalReturnsIndex":"26176.34"}}, newest
   * first.
   */
  NIFTY_TRI_JSON,

  /**
   * A table of fixed-deposit rates in percent by tenor: header {@code Date,1 year,3 year}, dates
   * {@code 05.03.1999} (once {@code 7.10.2014}). Rates, not index values: read with {@link IndexImporter#readRates}.
   */
  RATE_CSV
}
