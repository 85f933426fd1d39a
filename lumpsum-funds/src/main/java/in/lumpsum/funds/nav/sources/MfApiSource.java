package in.lumpsum.funds.nav.sources;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.funds.client.Fetched;
import in.lumpsum.funds.client.MfApiClient;
import in.lumpsum.funds.client.MfApiHistory;
import in.lumpsum.funds.nav.spi.NavSource;
import in.lumpsum.funds.nav.spi.SourceAnswer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link NavSource} over mfapi.in ({@link MfApiClient#history(SchemeCode)}).
 *
 * <p>mfapi gives a scheme's whole history in one answer and has no date-range query, so the whole
 * history is fetched and sliced to the range asked for. The client's cache keeps the parsed history
 * until AMFI's next publishing time, so later ranges for the same scheme send no request (a client
 * built with {@code noCache()} fetches the history for each call). A code mfapi does not know (its
 * 200 answer with empty {@code meta}) gives the empty series: "no NAV", as the SPI asks, not a
 * failure.
 *
 * <p>Failures pass through unchanged: {@link in.lumpsum.funds.client.SourceUnavailableException}
 * when mfapi gave no whole answer and no copy is held, {@link
 * in.lumpsum.funds.client.SourceFormatException} for malformed JSON or an answer about another
 * scheme. {@link in.lumpsum.funds.nav.NavService} records them as this source's failure, never as
 * "no NAV". A stale copy answers under {@link StalePolicy#SERVE} (the default) and is refused under
 * {@link StalePolicy#REFUSE}; {@link #answer} says when a stale copy answered, so that the
 * {@link in.lumpsum.funds.nav.NavQuote} is marked stale.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class MfApiSource implements NavSource {

  private final MfApiClient client;
  private final StalePolicy stalePolicy;

  private MfApiSource(MfApiClient client, StalePolicy stalePolicy) {
    this.client = Objects.requireNonNull(client, "client");
    this.stalePolicy = Objects.requireNonNull(stalePolicy, "stalePolicy");
  }

  /**
   * Returns a source that serves stale copies.
   *
   * @param client the mfapi client
   * @return the source
   */
  public static MfApiSource of(MfApiClient client) {
    return new MfApiSource(client, StalePolicy.SERVE);
  }

  /**
   * Returns a source with a policy for stale copies.
   *
   * @param client the mfapi client
   * @param stalePolicy whether a stale copy may answer
   * @return the source
   */
  public static MfApiSource of(MfApiClient client, StalePolicy stalePolicy) {
    return new MfApiSource(client, stalePolicy);
  }

  /**
   * Returns a scheme's NAVs between two dates, cut from its whole history on mfapi.
   *
   * @param scheme the scheme
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the NAVs in the range; empty if mfapi has none there or does not know the code
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws in.lumpsum.funds.client.SourceUnavailableException if mfapi gave no whole answer and no
   *     copy is held, or only a stale copy under {@link StalePolicy#REFUSE}
   * @throws in.lumpsum.funds.client.SourceFormatException if the answer is malformed
   */
  @Override
  public NavSeries history(SchemeCode scheme, LocalDate from, LocalDate to) {
    return answer(scheme, from, to).series();
  }

  /**
   * Returns a scheme's NAVs between two dates, cut from its whole history on mfapi, and whether
   * that history was a stale copy: one the client served ({@link Fetched#stale()}) because mfapi
   * could not be reached, under {@link StalePolicy#SERVE}.
   *
   * @param scheme the scheme
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the NAVs as {@link #history} gives them, stale when the client's copy was
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws in.lumpsum.funds.client.SourceUnavailableException if mfapi gave no whole answer and no
   *     copy is held, or only a stale copy under {@link StalePolicy#REFUSE}
   * @throws in.lumpsum.funds.client.SourceFormatException if the answer is malformed
   * @since 0.2.0
   */
  @Override
  public SourceAnswer answer(SchemeCode scheme, LocalDate from, LocalDate to) {
    Slices.checkArguments(scheme, from, to);
    Fetched<Optional<MfApiHistory>> f = client.history(scheme);
    if (f.stale() && stalePolicy == StalePolicy.REFUSE) {
      throw f.failure().orElseThrow();
    }
    NavSeries series =
        f.value().map(h -> Slices.slice(h.series(), from, to)).orElseGet(NavSeries::empty);
    return new SourceAnswer(series, f.stale());
  }
}
