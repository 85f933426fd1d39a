package in.lumpsum.funds.nav.spi;

import in.lumpsum.core.nav.NavSeries;
import java.util.Objects;

/**
 * What a {@link NavSource} answered for a date range: the NAVs, and whether they were read from a
 * stale copy.
 *
 * <p>A stale copy is one that the source's client served because the remote could not be
 * reached (for lumpsum's clients, {@code Fetched#stale()} in {@code in.lumpsum.funds.client}). Its
 * NAVs were published and are what the source said when the copy was fetched, but NAVs published
 * since are missing from it: the latest NAV in the range may be newer than the copy shows.
 *
 * @param series the NAVs the source has in the range, as {@link NavSource#history} returns them
 * @param stale true if {@code series} was read, in whole or in part, from a stale copy
 * @since 0.2.0
 */
public record SourceAnswer(NavSeries series, boolean stale) {

  /**
   * Creates an answer.
   *
   * @throws NullPointerException if {@code series} is null
   */
  public SourceAnswer {
    Objects.requireNonNull(series, "series");
  }

  /**
   * Returns an answer read from the remote, or from a copy still fresh.
   *
   * @param series the NAVs
   * @return the answer, not stale
   */
  public static SourceAnswer fresh(NavSeries series) {
    return new SourceAnswer(series, false);
  }
}
