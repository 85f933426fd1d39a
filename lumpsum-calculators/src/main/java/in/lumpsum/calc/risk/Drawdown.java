package in.lumpsum.calc.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A fall of a NAV series from a peak to a trough and, if it happened, the recovery to the peak.
 *
 * @param depth the fall as a positive fraction of the peak: {@code 1 - trough / peak}, so
 *     {@code 0.35} is 35% below the peak
 * @param peakDate the date of the peak (the last date at the running maximum before the trough)
 * @param peakNav the NAV at the peak
 * @param troughDate the date of the lowest NAV after the peak and before the recovery
 * @param troughNav the NAV at the trough
 * @param recoveryDate the first date after the trough with a NAV at or above the peak's; empty if
 *     the series ends before it recovers
 * @since 0.1.0
 */
public record Drawdown(double depth, LocalDate peakDate, double peakNav, LocalDate troughDate,
    double troughNav, Optional<LocalDate> recoveryDate) {

  /**
   * Creates a drawdown.
   *
   * @param depth the fall as a positive fraction of the peak
   * @param peakDate the date of the peak
   * @param peakNav the NAV at the peak
   * @param troughDate the date of the trough
   * @param troughNav the NAV at the trough
   * @param recoveryDate the date of recovery, or empty
   * @throws NullPointerException if a date or {@code recoveryDate} is null
   */
  public Drawdown {
    Objects.requireNonNull(peakDate, "peakDate");
    Objects.requireNonNull(troughDate, "troughDate");
    Objects.requireNonNull(recoveryDate, "recoveryDate");
  }

  /**
   * Returns the calendar days from the peak to the trough.
   *
   * @return the length of the decline in days
   */
  public long declineDays() {
    return ChronoUnit.DAYS.between(peakDate, troughDate);
  }

  /**
   * Returns the calendar days from the trough to the recovery, if it recovered.
   *
   * @return the length of the recovery in days, or empty
   */
  public Optional<Long> recoveryDays() {
    return recoveryDate.map(d -> ChronoUnit.DAYS.between(troughDate, d));
  }

  /**
   * Returns the calendar days under water: from the peak to the recovery, or to {@code end} if it
   * has not recovered.
   *
   * @param end the last date of the series, used when there is no recovery
   * @return the duration in days
   */
  public long durationDays(LocalDate end) {
    return ChronoUnit.DAYS.between(peakDate, recoveryDate.orElse(end));
  }
}
