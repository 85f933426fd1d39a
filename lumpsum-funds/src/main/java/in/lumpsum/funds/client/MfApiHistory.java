package in.lumpsum.funds.client;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A scheme's NAVs as mfapi.in gives them: the whole history ({@code /mf/{code}}) or the latest NAV
 * ({@code /mf/{code}/latest}, a series of one point).
 *
 * <p>Rows that could not be read (a date that does not exist such as {@code 31-02-2026}, a NAV that is
 * not a positive number, a date given twice) are left out of the series, one {@link Problem} each,
 * whose line is the row's line in the JSON text and whose raw text is the row's JSON object.
 *
 * @param meta the scheme
 * @param series the NAVs read, sorted by date (mfapi sends them newest first)
 * @param problems one per row left out, in the order met
 * @since 0.1.0
 */
public record MfApiHistory(MfApiMeta meta, NavSeries series, List<Problem> problems) {

  /** Copies the problem list. */
  public MfApiHistory {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(series, "series");
    problems = List.copyOf(problems);
  }
}
