package in.lumpsum.core.nav;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Where the NAVs that value holdings come from: for each of several schemes, the NAV in force on a
 * date (the one on that date, else the latest before it).
 *
 * <p>Every {@link in.lumpsum.core.store.spi.NavStore} is one, answering from what it holds. The fund
 * data module's {@code in.lumpsum.funds.nav.NavService} is one too, and also asks AMFI and mfapi for
 * what its store lacks. A host can pass its own, as a lambda. Portfolio valuation in the
 * calculators module takes this interface, so it works with any of them and needs only core.
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface NavProvider {

  /**
   * Finds, for each of several schemes, the NAV on or before a date.
   *
   * @param schemes the schemes; a scheme given twice appears once in the answer
   * @param date the date
   * @return the NAV on or before {@code date} of each scheme that has one, in the order given;
   *     schemes with none are left out
   * @throws NullPointerException if an argument or a scheme is null
   * @throws RuntimeException as the implementation documents, when it cannot tell whether a NAV
   *     exists (a store or a remote source failing): never an empty answer in that case
   */
  Map<SchemeCode, NavRecord> onOrBefore(Collection<SchemeCode> schemes, LocalDate date);
}
