package in.lumpsum.funds.nav.sources;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Objects;

/** Checks a source's arguments and cuts a series to a date range. */
final class Slices {

  private Slices() {}

  /** Checks the arguments of {@code NavSource.history}. */
  static void checkArguments(SchemeCode scheme, LocalDate from, LocalDate to) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: must not be before from " + from + " (got " + to + ")");
    }
  }

  /** Returns the points of a series from {@code from} to {@code to}, both included. */
  static NavSeries slice(NavSeries series, LocalDate from, LocalDate to) {
    if (series.isEmpty()) {
      return series;
    }
    int a = series.indexOnOrAfter(from);
    int b = series.indexOnOrBefore(to);
    if (a < 0 || b < a) {
      return NavSeries.empty();
    }
    if (a == 0 && b == series.size() - 1) {
      return series;
    }
    NavSeries.Builder out = NavSeries.builder();
    for (int i = a; i <= b; i++) {
      out.add(series.get(i));
    }
    return out.build();
  }
}
