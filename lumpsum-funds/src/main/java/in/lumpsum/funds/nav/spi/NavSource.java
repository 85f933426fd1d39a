package in.lumpsum.funds.nav.spi;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;

/**
 * A source of NAV history: a remote service or an archive that can give a scheme's NAVs for a date
 * range. {@link in.lumpsum.funds.nav.NavService} asks its sources in order, after the local store,
 * and writes what they return through to the store.
 *
 * <p>A functional interface, so that a client can be adapted with a lambda:
 * {@code (scheme, from, to) -> NavSeries.of(client.history(scheme, from, to))}.
 *
 * <p>A source whose answers may come from a stale copy (one its client served because the
 * remote could not be reached) also overrides
 * {@link #answer(SchemeCode, LocalDate, LocalDate)} to say so; the service calls {@code answer},
 * whose default wraps {@code history} as a fresh answer.
 *
 * <p>Implementations must be thread-safe. A failure (the service down, a malformed answer) is an
 * unchecked exception, preferably a {@link in.lumpsum.core.LumpsumException}; the service records it
 * and goes on to the next source.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface NavSource {

  /**
   * Returns a scheme's NAVs between two dates, both included.
   *
   * @param scheme the scheme
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the NAVs the source has in the range (points outside it are ignored); the empty series
   *     if it has none, including for a scheme it does not know
   * @throws RuntimeException if the source fails; the service treats it as "no answer from this
   *     source" and reports it
   */
  NavSeries history(SchemeCode scheme, LocalDate from, LocalDate to);

  /**
   * Returns a scheme's NAVs between two dates, both included, and whether they were read from a
   * stale copy. {@link in.lumpsum.funds.nav.NavService} asks its sources through this method, so
   * that a {@link in.lumpsum.funds.nav.NavQuote} can say when its NAV came from a stale copy.
   *
   * <p>The default calls {@link #history(SchemeCode, LocalDate, LocalDate)} and calls the answer
   * fresh, which is right for a source that never serves a copy. A source that can serve one
   * overrides this method, and its {@code history} then returns the same series as
   * {@code answer(...).series()}.
   *
   * @param scheme the scheme
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the NAVs as {@code history} gives them, and whether they come from a stale copy
   * @throws RuntimeException if the source fails, as for {@code history}
   * @since 0.2.0
   */
  default SourceAnswer answer(SchemeCode scheme, LocalDate from, LocalDate to) {
    return SourceAnswer.fresh(history(scheme, from, to));
  }
}
