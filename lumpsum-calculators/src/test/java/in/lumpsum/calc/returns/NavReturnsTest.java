package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.RealNavs;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class NavReturnsTest {

  /** Business days (Mon-Fri) from {@code from} to {@code to}, NAV growing 12% a year exactly. */
  static NavSeries weekdays(LocalDate from, LocalDate to, double annual) {
    NavSeries.Builder b = NavSeries.builder();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      double nav = 10 * Math.pow(1 + annual, (d.toEpochDay() - from.toEpochDay()) / 365.0);
      b.add(new NavPoint(d, BigDecimal.valueOf(nav).setScale(8, java.math.RoundingMode.HALF_UP)));
    }
    return b.build();
  }

  private static NavSeries points(String... dateNav) {
    NavSeries.Builder b = NavSeries.builder();
    for (int i = 0; i < dateNav.length; i += 2) {
      b.add(NavPoint.of(LocalDate.parse(dateNav[i]), dateNav[i + 1]));
    }
    return b.build();
  }

  @Test
  void trailing_absoluteUpToOneYear_cagrBeyond_onOrBeforeAtBothEnds() {
    NavSeries s = points("2020-01-31", "100", "2022-01-28", "110", "2022-12-30", "120",
        "2023-01-31", "121", "2023-07-31", "130", "2023-12-29", "140", "2024-01-31", "150");
    LocalDate asOf = LocalDate.of(2024, 2, 4); // a Sunday: the end NAV is 31 January's
    Map<TrailingPeriod, PeriodReturn> t = NavReturns.trailing(s, asOf);

    PeriodReturn.Value oneMonth = (PeriodReturn.Value) t.get(TrailingPeriod.ONE_MONTH);
    assertThat(oneMonth.endDate()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(oneMonth.startDate()).isEqualTo(LocalDate.of(2023, 12, 29)); // on or before 31 Dec
    assertThat(oneMonth.value()).isCloseTo(150.0 / 140 - 1, within(1e-15));
    assertThat(oneMonth.annualised()).isFalse();

    PeriodReturn.Value oneYear = (PeriodReturn.Value) t.get(TrailingPeriod.ONE_YEAR);
    assertThat(oneYear.startDate()).isEqualTo(LocalDate.of(2023, 1, 31));
    assertThat(oneYear.value()).isCloseTo(150.0 / 121 - 1, within(1e-15));
    assertThat(oneYear.annualised()).isFalse();

    // 3Y from 2021-01-31: the NAV in force is 2020-01-31's; CAGR on the 1,461 days between NAVs.
    PeriodReturn.Value threeYears = (PeriodReturn.Value) t.get(TrailingPeriod.THREE_YEARS);
    assertThat(threeYears.startDate()).isEqualTo(LocalDate.of(2020, 1, 31));
    assertThat(threeYears.annualised()).isTrue();
    assertThat(threeYears.value()).isCloseTo(Math.pow(1.5, 365.0 / 1461) - 1, within(1e-14));
    assertThat(threeYears.absoluteReturn()).isCloseTo(0.5, within(1e-15));

    PeriodReturn five = t.get(TrailingPeriod.FIVE_YEARS);
    assertThat(five).isInstanceOf(PeriodReturn.NotAvailable.class);
    assertThat(((PeriodReturn.NotAvailable) five).reason())
        .isEqualTo(PeriodReturn.Reason.SERIES_TOO_SHORT);
    assertThat(((PeriodReturn.NotAvailable) five).detail()).contains("2019-01-31")
        .contains("2020-01-31");
    assertThat(five.toOptional()).isEmpty();
  }

  @Test
  void trailing_threeMonthsFromMonthEnd_clampsToFebruary() {
    NavSeries s = points("2024-02-28", "100", "2024-02-29", "101", "2024-05-31", "110");
    PeriodReturn.Value v = (PeriodReturn.Value) NavReturns.trailing(s, LocalDate.of(2024, 5, 31),
        TrailingPeriod.THREE_MONTHS);
    assertThat(v.startDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(v.value()).isCloseTo(110.0 / 101 - 1, within(1e-15));
  }

  @Test
  void trailing_emptySeriesOrAsOfBeforeFirstNav_isNoEndNav() {
    assertThat(NavReturns.trailing(NavSeries.empty(), LocalDate.of(2024, 1, 1),
        TrailingPeriod.ONE_YEAR)).isEqualTo(new PeriodReturn.NotAvailable(
            PeriodReturn.Reason.NO_END_NAV, "the series is empty"));
    NavSeries s = points("2024-02-28", "100", "2024-05-31", "110");
    PeriodReturn r = NavReturns.trailing(s, LocalDate.of(2023, 1, 1), TrailingPeriod.ONE_MONTH);
    assertThat(((PeriodReturn.NotAvailable) r).reason()).isEqualTo(PeriodReturn.Reason.NO_END_NAV);
  }

  @Test
  void calendarYears_firstYearTooShort_lastNotEnded_yearToDate() {
    NavSeries s = points("2021-06-01", "100", "2021-12-31", "105", "2022-12-30", "126",
        "2023-03-15", "130");
    SortedMap<Integer, PeriodReturn> years = NavReturns.calendarYears(s, LocalDate.of(2023, 3, 15));
    assertThat(years.keySet()).containsExactly(2021, 2022, 2023);
    assertThat(((PeriodReturn.NotAvailable) years.get(2021)).reason())
        .isEqualTo(PeriodReturn.Reason.SERIES_TOO_SHORT);
    PeriodReturn.Value y2022 = (PeriodReturn.Value) years.get(2022);
    assertThat(y2022.value()).isCloseTo(0.2, within(1e-15));
    assertThat(y2022.endDate()).isEqualTo(LocalDate.of(2022, 12, 30));
    assertThat(((PeriodReturn.NotAvailable) years.get(2023)).reason())
        .isEqualTo(PeriodReturn.Reason.PERIOD_NOT_ENDED);
    PeriodReturn.Value ytd = (PeriodReturn.Value) NavReturns.yearToDate(s, LocalDate.of(2023, 3, 15));
    assertThat(ytd.value()).isCloseTo(130.0 / 126 - 1, within(1e-15));
  }

  @Test
  void sinceInception_absoluteWithinAYear_cagrBeyond() {
    NavSeries s = points("2020-01-01", "10", "2020-12-31", "11", "2023-01-01", "20");
    PeriodReturn.Value young = (PeriodReturn.Value) NavReturns.sinceInception(s,
        LocalDate.of(2021, 6, 1));
    assertThat(young.annualised()).isFalse();
    assertThat(young.value()).isCloseTo(0.1, within(1e-15));
    PeriodReturn.Value old = (PeriodReturn.Value) NavReturns.sinceInception(s,
        LocalDate.of(2023, 1, 1));
    assertThat(old.annualised()).isTrue();
    assertThat(old.value()).isCloseTo(Math.pow(2, 365.0 / 1096) - 1, within(1e-14));
    assertThat(NavReturns.sinceInception(s, LocalDate.of(2020, 1, 1)))
        .isInstanceOf(PeriodReturn.NotAvailable.class);
  }

  @Test
  void trailing_constantGrowth_givesTheGrowthRate() {
    NavSeries s = weekdays(LocalDate.of(2010, 1, 1), LocalDate.of(2021, 6, 30), 0.12);
    LocalDate asOf = LocalDate.of(2021, 6, 30); // a Wednesday
    for (TrailingPeriod p : TrailingPeriod.values()) {
      PeriodReturn.Value v = (PeriodReturn.Value) NavReturns.trailing(s, asOf, p);
      double years = (v.endDate().toEpochDay() - v.startDate().toEpochDay()) / 365.0;
      double expected = p.annualised() ? 0.12 : Math.pow(1.12, years) - 1;
      assertThat(v.value()).as(p.label()).isCloseTo(expected, within(1e-8));
    }
  }

  /**
   * Published figures: the NIFTY 50 price index returned +31.39% in calendar 2014 and -4.06% in
   * 2015 (closes 6,304.00 on 31 Dec 2013, 8,282.70 on 31 Dec 2014 and 7,946.35 on 31 Dec 2015;
   * NSE Indices historical data, niftyindices.com, and the annual-returns table of the "NIFTY 50"
   * article on Wikipedia). Read from the real index file, rounding to the published two decimals.
   */
  @Test
  void calendarYears_nifty50_matchesPublishedAnnualReturns() {
    NavSeries nifty = RealNavs.index(RealNavs.NIFTY_50);
    SortedMap<Integer, PeriodReturn> years = NavReturns.calendarYears(nifty,
        LocalDate.of(2016, 4, 27));
    assertThat(years.get(2014).toOptional().orElseThrow()).isCloseTo(0.3139, within(5e-5));
    assertThat(years.get(2015).toOptional().orElseThrow()).isCloseTo(-0.0406, within(5e-5));
    assertThat(((PeriodReturn.NotAvailable) years.get(1990)).reason())
        .isEqualTo(PeriodReturn.Reason.SERIES_TOO_SHORT);
    assertThat(((PeriodReturn.NotAvailable) years.get(2016)).reason())
        .isEqualTo(PeriodReturn.Reason.PERIOD_NOT_ENDED);
  }

  @Test
  void trailing_utiNiftyFund_tenYearsAvailable_endsAtLastNav() {
    NavSeries fund = RealNavs.scheme(RealNavs.UTI_NIFTY);
    Map<TrailingPeriod, PeriodReturn> t = NavReturns.trailing(fund, LocalDate.of(2016, 2, 28));
    assertThat(t.values()).allMatch(r -> r instanceof PeriodReturn.Value);
    PeriodReturn.Value ten = (PeriodReturn.Value) t.get(TrailingPeriod.TEN_YEARS);
    assertThat(ten.endDate()).isEqualTo(LocalDate.of(2016, 2, 22));
    assertThat(ten.startDate()).isBeforeOrEqualTo(LocalDate.of(2006, 2, 22));
    assertThat(ten.endNav()).isEqualTo(45.72);
    // An index fund's ten-year CAGR to early 2016 sat between 5% and 15% a year.
    assertThat(ten.value()).isBetween(0.05, 0.15);
  }
}
