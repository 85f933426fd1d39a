package in.lumpsum.funds.amfi;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Scheme;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheme row of an AMFI file: the scheme as listed, its NAV and the NAV's date.
 *
 * <p>The NAV is absent when AMFI wrote {@code N.A.} (or left it empty, or wrote zero, which is no NAV:
 * the zero case is also reported as a problem). A scheme without a NAV is still a scheme: directories
 * want it even when there is no price to store.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line number in the file
 * @param scheme the scheme, with its fund house, category and structure from the lines above it
 * @param nav the NAV, or empty when AMFI published none
 * @param date the date of the NAV as written (for dead schemes, the date of their last NAV)
 * @since 0.1.0
 */
public record AmfiRow(long line, Scheme scheme, Optional<Nav> nav, LocalDate date) {

  /**
   * Creates a row.
   *
   * @param line the 1-based line number
   * @param scheme the scheme
   * @param nav the NAV, or empty
   * @param date the date
   * @throws NullPointerException if {@code scheme}, {@code nav} or {@code date} is null
   * @throws IllegalArgumentException if {@code line} is not positive
   */
  public AmfiRow {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(nav, "nav");
    Objects.requireNonNull(date, "date");
    if (line < 1) {
      throw new IllegalArgumentException("line: must be positive (got " + line + ")");
    }
  }
}
