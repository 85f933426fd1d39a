package in.lumpsum.funds.feed;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Where the backfill gets AMFI's NAV history report for a range of dates: a function a host implements
 * with its HTTP client (AMFI's "Download NAV History" report), or over files it already has.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HistorySource {

  /**
   * Opens the history report for a range; the backfill reads the stream to its end and closes it.
   *
   * @param from the first date, inclusive
   * @param to the last date, inclusive
   * @return the report's bytes, plain or gzip-compressed, in any layout the
   *     {@link in.lumpsum.funds.amfi.AmfiReader} knows
   * @throws IOException if the report cannot be had
   */
  InputStream fetch(LocalDate from, LocalDate to) throws IOException;
}
