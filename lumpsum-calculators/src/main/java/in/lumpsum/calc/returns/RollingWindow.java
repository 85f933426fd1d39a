package in.lumpsum.calc.returns;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One window of a rolling-return computation.
 *
 * @param startDate the date of the first NAV used: the starting NAV of a lumpsum window, the first
 *     instalment's allotment of an SIP window
 * @param endDate the date of the last NAV, the end of the window
 * @param value the window's annual rate as a fraction: a CAGR for lumpsum, an XIRR for SIP
 * @since 0.1.0
 */
public record RollingWindow(LocalDate startDate, LocalDate endDate, double value) {

  /**
   * Creates a window.
   *
   * @param startDate the date of the first NAV used
   * @param endDate the date of the last NAV
   * @param value the annual rate as a fraction
   * @throws NullPointerException if a date is null
   */
  public RollingWindow {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
  }
}
