package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.RealNavs;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavSeries;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
