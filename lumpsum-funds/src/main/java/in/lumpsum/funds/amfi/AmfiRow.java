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
 * <p>The scheme's plan and option come from the {@code Plan} and {@code Option} columns, else from the
 * scheme name. When neither names one, the {@link Scheme} defaults stand in (regular, growth) and
 * {@link #planStated()} or {@link #optionStated()} is false: a caller that knows the scheme from
 * elsewhere (an earlier file) should prefer what it knows. This happens to schemes that predate direct
 * plans and to ETFs, whose names carry no plan, and to the 1,504 rows of AMFI's file of 19 August 2026
 * whose {@code Plan} and {@code Option} were blank while the name had lost those words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line number in the file
 * @param scheme the scheme, with its fund house, category and structure from the lines above it
 * @param nav the NAV, or empty when AMFI published none
 * @param date the date of the NAV as written (for dead schemes, the date of their last NAV)
 * @param planStated whether the file named the plan (in its column or the name)
 * @param optionStated whether the file named the option (in its column or the name)
 * @since 0.1.0
 */
public record AmfiRow(long line, Scheme scheme, Optional<Nav> nav, LocalDate date, boolean planStated,
    boolean optionStated) {

  /**
   * Creates a row.
   *
   * @param line the 1-based line number
   * @param scheme the scheme
   * @param nav the NAV, or empty
   * @param date the date
   * @param planStated whether the file named the plan
   * @param optionStated whether the file named the option
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
