package in.lumpsum.funds.nav;

import in.lumpsum.core.money.Nav;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Two sources giving NAVs for one date that differ by more than the cross-check tolerance.
 *
 * @param date the date
 * @param first the NAV of the first source of the pair
 * @param second the NAV of the second source of the pair
 * @since 0.1.0
 */
public record Disagreement(LocalDate date, Nav first, Nav second) {

  /**
   * Creates a disagreement.
   *
   * @throws NullPointerException if a component is null
   */
  public Disagreement {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  /**
   * Returns the difference.
   *
   * @return {@code second - first}, in rupees a unit (negative when the second source is lower, so a
   *     {@code BigDecimal}, not a {@link Nav})
   */
  public BigDecimal difference() {
    return second.value().subtract(first.value());
  }
}
