package in.lumpsum.calc.backtest;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A holding on one date of a back-test: after that date's transactions, or at the end.
 *
 * @param date the date
 * @param scheme the scheme
 * @param units the units held
 * @param nav the NAV on or before the date
 * @param value units × NAV, rounded to paise
 * @since 0.1.0
 */
public record HoldingPoint(LocalDate date, SchemeCode scheme, Units units, Nav nav, Money value) {

  /**
   * Creates a point.
   *
   * @throws NullPointerException if an argument is null
   */
  public HoldingPoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(nav, "nav");
    Objects.requireNonNull(value, "value");
  }
}
