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
}
