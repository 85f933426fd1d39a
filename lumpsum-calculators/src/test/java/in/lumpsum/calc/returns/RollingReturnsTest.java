package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.RealNavs;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavSeries;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RollingReturnsTest {

  private static final Period THREE_YEARS = Period.ofYears(3);

  @Test
  void constantGrowth_everyWindowEarnsTheGrowthRate_lumpsumAndSip() {
    NavSeries s = NavReturnsTest.weekdays(LocalDate.of(2010, 1, 1), LocalDate.of(2016, 12, 31),
        0.12);
    RollingResult lumpsum = RollingReturns.lumpsum(s, THREE_YEARS);
    RollingResult sip = RollingReturns.sip(s, THREE_YEARS);
    assertThat(lumpsum.size()).isGreaterThan(900);
    assertThat(sip.size()).isEqualTo(lumpsum.size());
    assertThat(lumpsum.kind()).isEqualTo(RollingResult.Kind.LUMPSUM);
    RollingSummary l = lumpsum.summary(0.1).orElseThrow();
    RollingSummary p = sip.summary(0.1).orElseThrow();
    for (RollingSummary summary : List.of(l, p)) {
      assertThat(summary.min()).isCloseTo(0.12, within(1e-8));
      assertThat(summary.max()).isCloseTo(0.12, within(1e-8));
      assertThat(summary.shareBelowZero()).isZero();
      assertThat(summary.shareAboveThreshold()).isEqualTo(1.0);
    }
    // The first window ends on the first NAV date three years after the first NAV.
    assertThat(lumpsum.get(0).endDate()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(lumpsum.get(0).startDate()).isEqualTo(LocalDate.of(2010, 1, 1));
  }

  /** Every SIP window against the general XIRR of flows built independently with java.time. */
  @Test
  void sip_utiNiftyFund_matchesGeneralXirrOfEachWindow() {
    NavSeries fund = RealNavs.scheme(RealNavs.UTI_NIFTY);
    RollingResult sip = RollingReturns.sip(fund, THREE_YEARS);
    int expectedWindows = 0;
    LocalDate first = fund.dateAt(0);
    for (int i = 0; i < fund.size(); i++) {
      if (!fund.dateAt(i).minusYears(3).isBefore(first)) {
        expectedWindows++;
      }
    }
    assertThat(sip.size()).isEqualTo(expectedWindows).isGreaterThan(2500);
    assertThat(sip.unsolved()).isZero();
    for (int w = 0; w < sip.size(); w += 7) {
      RollingWindow window = sip.get(w);
      LocalDate end = window.endDate();
      LocalDate start = end.minusYears(3);
      List<CashFlow> flows = new ArrayList<>();
      double units = 0;
      for (int k = 0; k < 36; k++) {
        int a = fund.indexOnOrAfter(start.plusMonths(k));
        flows.add(CashFlow.of(fund.dateAt(a), -1000));
        units += 1000 / fund.navAsDouble(a);
      }
      flows.add(CashFlow.of(end, units * fund.navOnOrBeforeAsDouble(end)));
      double expected = Xirr.DEFAULT.xirr(flows).rateOrThrow();
      assertThat(window.value()).as("window ending %s", end).isCloseTo(expected, within(1e-9));
      assertThat(window.startDate()).isEqualTo(flows.get(0).date());
    }
    RollingSummary summary = sip.summary(0.12).orElseThrow();
    assertThat(summary.min()).isLessThan(summary.p5()).isLessThan(summary.median())
        .isLessThan(summary.p95()).isLessThan(summary.max());
    assertThat(summary.worst().value()).isEqualTo(summary.min());
    // Three-year SIPs that ended in 2003 or early 2009 lost money; most did not.
    assertThat(summary.shareBelowZero()).isBetween(0.01, 0.5);
  }

  @Test
  void lumpsum_utiNiftyFund_matchesCagrOfEachWindow() {
    NavSeries fund = RealNavs.scheme(RealNavs.UTI_NIFTY);
    RollingResult lumpsum = RollingReturns.lumpsum(fund, Period.ofYears(5));
    for (int w = 0; w < lumpsum.size(); w += 11) {
      RollingWindow window = lumpsum.get(w);
      int start = fund.indexOnOrBefore(window.endDate().minusYears(5));
      assertThat(window.startDate()).isEqualTo(fund.dateAt(start));
      double expected = Returns.cagr(fund.navAt(start), fund.onOrBefore(window.endDate())
          .orElseThrow().nav(), fund.dateAt(start), window.endDate());
      assertThat(window.value()).isCloseTo(expected, within(1e-12));
    }
  }

  /**
   * One-year and ten-year lumpsum windows on the real series: every window's start is the NAV on
   * or before its end less the window, the window count follows from the series' dates, and the
   * first and last window's CAGR is recomputed from the two NAVs and the calendar days / 365.
   */
  @ParameterizedTest(name = "{0} year(s)")
  @ValueSource(ints = {1, 10})
  void lumpsum_utiNiftyFund_oneAndTenYearWindows(int years) {
    NavSeries fund = RealNavs.scheme(RealNavs.UTI_NIFTY);
    RollingResult lumpsum = RollingReturns.lumpsum(fund, Period.ofYears(years));

    assertThat(lumpsum.kind()).isEqualTo(RollingResult.Kind.LUMPSUM);
    assertThat(lumpsum.window()).isEqualTo(Period.ofYears(years));
    List<Integer> ends = windowEnds(fund, years);
    assertThat(lumpsum.size()).isEqualTo(ends.size()).isGreaterThan(1000);
    for (int w = 0; w < lumpsum.size(); w++) {
      RollingWindow window = lumpsum.get(w);
      LocalDate end = fund.dateAt(ends.get(w));
      assertThat(window.endDate()).isEqualTo(end);
      assertThat(window.startDate()).as("window ending %s", end)
          .isEqualTo(fund.dateAt(fund.indexOnOrBefore(end.minusYears(years))));
    }
    for (int w : new int[] {0, lumpsum.size() - 1}) {
      RollingWindow window = lumpsum.get(w);
      int start = fund.indexOf(window.startDate());
      int end = fund.indexOf(window.endDate());
      long days = ChronoUnit.DAYS.between(fund.dateAt(start), fund.dateAt(end));
      double growth = fund.navAt(end).doubleValue() / fund.navAt(start).doubleValue();
      double expected = Math.pow(growth, 365.0 / days) - 1;
      assertThat(window.value()).as("window ending %s", window.endDate())
          .isCloseTo(expected, within(1e-12));
    }
    RollingSummary summary = assertSummaryMatchesValues(lumpsum);
    if (years == 1) {
      // The series (2000 to 2016) has losing and gaining years: both sides of zero are counted.
      assertThat(summary.shareBelowZero()).isStrictlyBetween(0.0, 1.0);
    }
  }

  /**
   * One-year and ten-year SIP windows on the real series: 12 and 120 instalments. The window
   * count follows from the series' dates; the first and last window's rate is the XIRR of
   * instalments built here, each allotted at the NAV on or after its due date.
   */
  @ParameterizedTest(name = "{0} year(s)")
  @ValueSource(ints = {1, 10})
  void sip_utiNiftyFund_oneAndTenYearWindows(int years) {
    NavSeries fund = RealNavs.scheme(RealNavs.UTI_NIFTY);
    RollingResult sip = RollingReturns.sip(fund, Period.ofYears(years));

    assertThat(sip.kind()).isEqualTo(RollingResult.Kind.SIP);
    assertThat(sip.unsolved()).isZero();
    List<Integer> ends = windowEnds(fund, years);
    assertThat(sip.size()).isEqualTo(ends.size()).isGreaterThan(1000);
    for (int w = 0; w < sip.size(); w++) {
      RollingWindow window = sip.get(w);
      LocalDate end = fund.dateAt(ends.get(w));
      assertThat(window.endDate()).isEqualTo(end);
      assertThat(window.startDate()).as("window ending %s", end)
          .isEqualTo(fund.dateAt(fund.indexOnOrAfter(end.minusYears(years))));
    }
    for (int w : new int[] {0, sip.size() - 1}) {
      RollingWindow window = sip.get(w);
      LocalDate end = window.endDate();
      LocalDate start = end.minusYears(years);
      List<CashFlow> flows = new ArrayList<>();
      double units = 0;
      for (int k = 0; k < 12 * years; k++) {
        int a = fund.indexOnOrAfter(start.plusMonths(k));
        flows.add(CashFlow.of(fund.dateAt(a), -1000));
        units += 1000 / fund.navAt(a).doubleValue();
      }
      flows.add(CashFlow.of(end, units * fund.navAt(fund.indexOf(end)).doubleValue()));
      double expected = Xirr.DEFAULT.xirr(flows).rateOrThrow();
      assertThat(window.value()).as("window ending %s", end).isCloseTo(expected, within(1e-9));
    }
    RollingSummary summary = assertSummaryMatchesValues(sip);
    if (years == 1) {
      // The series (2000 to 2016) has losing and gaining years: both sides of zero are counted.
      assertThat(summary.shareBelowZero()).isStrictlyBetween(0.0, 1.0);
    }
  }

  /** The indices of the NAV dates at least {@code years} after the first: one window each. */
  private static List<Integer> windowEnds(NavSeries fund, int years) {
    List<Integer> ends = new ArrayList<>();
    LocalDate first = fund.dateAt(0);
    for (int i = 0; i < fund.size(); i++) {
      if (!fund.dateAt(i).minusYears(years).isBefore(first)) {
        ends.add(i);
      }
    }
    return ends;
  }

  /**
   * The summary against the windows' values: extremes, percentiles (type 7, recomputed here from
   * the sorted values), their order, the mean, and the shares below zero and above 12%.
   */
  private static RollingSummary assertSummaryMatchesValues(RollingResult result) {
    double[] values = new double[result.size()];
    for (int w = 0; w < values.length; w++) {
      values[w] = result.get(w).value();
      assertThat(values[w]).isFinite().isGreaterThan(-1.0);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    RollingSummary summary = result.summary(0.12).orElseThrow();
    assertThat(summary.windows()).isEqualTo(values.length);
    assertThat(summary.min()).isEqualTo(sorted[0]).isEqualTo(summary.worst().value());
    assertThat(summary.max()).isEqualTo(sorted[sorted.length - 1])
        .isEqualTo(summary.best().value());
    assertThat(summary.min()).isLessThanOrEqualTo(summary.p5());
    assertThat(summary.p5()).isLessThanOrEqualTo(summary.p25());
    assertThat(summary.p25()).isLessThanOrEqualTo(summary.median());
    assertThat(summary.median()).isLessThanOrEqualTo(summary.p75());
    assertThat(summary.p75()).isLessThanOrEqualTo(summary.p95());
    assertThat(summary.p95()).isLessThanOrEqualTo(summary.max());
    assertThat(summary.min()).isLessThan(summary.max());
    double[][] percentiles = {{0.05, summary.p5()}, {0.25, summary.p25()},
        {0.5, summary.median()}, {0.75, summary.p75()}, {0.95, summary.p95()}};
    for (double[] p : percentiles) {
      double h = (sorted.length - 1) * p[0];
      int lo = (int) h;
      double expected = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)]
          - sorted[lo]);
      assertThat(p[1]).as("percentile %s", p[0]).isCloseTo(expected, within(1e-15));
    }
    assertThat(summary.mean()).isCloseTo(Arrays.stream(values).average().orElseThrow(),
        within(1e-12)).isBetween(summary.min(), summary.max());
    long below = Arrays.stream(values).filter(v -> v < 0).count();
    long above = Arrays.stream(values).filter(v -> v > 0.12).count();
    assertThat(summary.shareBelowZero()).isEqualTo((double) below / values.length);
    assertThat(summary.shareAboveThreshold()).isEqualTo((double) above / values.length);
    // A share of losing windows is consistent with the extremes: none if the worst gained, all if
    // the best lost.
    assertThat(summary.shareBelowZero() == 0).isEqualTo(summary.min() >= 0);
    assertThat(summary.shareBelowZero() == 1).isEqualTo(summary.max() < 0);
    assertThat(summary.worst().endDate()).isEqualTo(result.get(indexOf(values, sorted[0]))
        .endDate());
    return summary;
  }

  /** The first index holding a value. */
  private static int indexOf(double[] values, double value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    throw new AssertionError(value + " not found");
  }

  @Test
  void percentiles_interpolateLinearly_likePercentileInc() {
    // Spreadsheet PERCENTILE.INC({1,2,3,4}, p): 0.25 -> 1.75, 0.5 -> 2.5, 0.9 -> 3.7.
    double[] sorted = {1, 2, 3, 4};
    assertThat(RollingResult.percentileOfSorted(sorted, 0.25)).isEqualTo(1.75);
    assertThat(RollingResult.percentileOfSorted(sorted, 0.5)).isEqualTo(2.5);
    assertThat(RollingResult.percentileOfSorted(sorted, 0.9)).isCloseTo(3.7, within(1e-15));
    assertThat(RollingResult.percentileOfSorted(sorted, 1.0)).isEqualTo(4.0);
    RollingResult r = new RollingResult(RollingResult.Kind.LUMPSUM, THREE_YEARS,
        new int[] {0, 1, 2, 3}, new int[] {10, 11, 12, 13}, new double[] {0.2, -0.1, 0.0, 0.1}, 4,
        0);
    assertThat(r.shareBelow(0.0)).isEqualTo(0.25);
    assertThat(r.shareAbove(0.1)).isEqualTo(0.25);
    assertThat(r.percentile(0.5)).isCloseTo(0.05, within(1e-15));
    assertThat(r.summary(0.1).orElseThrow().best().endDate()).isEqualTo(LocalDate.ofEpochDay(10));
  }

  @Test
  void shortSeries_hasNoWindow_andSaysSo() {
    NavSeries s = NavReturnsTest.weekdays(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), 0.1);
    RollingResult r = RollingReturns.sip(s, THREE_YEARS);
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.summary(0.1)).isEmpty();
    assertThat(r.windows()).isEmpty();
    assertThatThrownBy(() -> r.percentile(0.5)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("P3Y");
    assertThat(RollingReturns.lumpsum(NavSeries.empty(), THREE_YEARS).isEmpty()).isTrue();
  }

  @Test
  void window_mustBeWholeMonths() {
    NavSeries s = NavSeries.empty();
    assertThatThrownBy(() -> RollingReturns.sip(s, Period.ofDays(30)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("window");
    assertThatThrownBy(() -> RollingReturns.lumpsum(s, Period.ZERO))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void civilDays_agreeWithJavaTime() {
    for (long day = -800_000; day < 3_000_000; day += 997) {
      LocalDate d = LocalDate.ofEpochDay(day);
      long civil = CivilDays.civil(day);
      assertThat(civil).isEqualTo(d.getYear() * 10_000L + d.getMonthValue() * 100
          + d.getDayOfMonth());
      assertThat(CivilDays.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
          .isEqualTo(day);
      for (int months : new int[] {-120, -36, -1, 1, 13}) {
        assertThat(CivilDays.plusMonths(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), months))
            .isEqualTo(d.plusMonths(months).toEpochDay());
      }
    }
  }
}
