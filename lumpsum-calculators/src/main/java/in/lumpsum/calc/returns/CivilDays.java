package in.lumpsum.calc.returns;

/**
 * Calendar arithmetic on epoch days without allocating {@link java.time.LocalDate}s, for loops over
 * thousands of windows. The algorithms are H. Hinnant's {@code days_from_civil} and
 * {@code civil_from_days} (proleptic Gregorian, as {@code java.time};
 * https://howardhinnant.github.io/date_algorithms.html). Month arithmetic clamps the day to the
 * month's length, as {@link java.time.LocalDate#plusMonths(long)} does.
 */
final class CivilDays {

  private CivilDays() {
  }

  /** The epoch day of a date (month 1 to 12, day 1 to 31 and valid). */
  static long epochDay(long y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    int mp = (m + 9) % 12;
    long doy = (153L * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  /** The date of an epoch day packed as {@code year * 10_000 + month * 100 + day}. */
  static long civil(long epochDay) {
    long z = epochDay + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return y * 10_000 + m * 100 + d;
  }

  /** The length of a month. */
  static int monthLength(long y, int m) {
    switch (m) {
      case 2:
        return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** The epoch day {@code months} months after {@code (y, m, d)}, the day clamped to the month. */
  static long plusMonths(long y, int m, int d, long months) {
    long total = y * 12 + (m - 1) + months;
    long ny = Math.floorDiv(total, 12);
    int nm = (int) Math.floorMod(total, 12) + 1;
    return epochDay(ny, nm, Math.min(d, monthLength(ny, nm)));
  }
}
