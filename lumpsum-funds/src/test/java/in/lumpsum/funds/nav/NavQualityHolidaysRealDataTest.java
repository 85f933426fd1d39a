package in.lumpsum.funds.nav;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.core.time.BusinessCalendar;
import in.lumpsum.funds.directory.SchemeStatus;
import in.lumpsum.funds.directory.StalenessPolicy;
import in.lumpsum.funds.history.NavHistoryFile;
import in.lumpsum.funds.index.IndexImport;
import in.lumpsum.funds.index.IndexImporter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A {@link BusinessCalendar} learned from the real NIFTY 50 file (SOURCES.md, section 5: NSE closes from
 * 3 July 1990 to 27 April 2016, read by {@link IndexImporter}), and used by {@link NavQuality} on the
 * UTI Nifty Fund's NAVs (2000 to 2016) from the same archive.
 *
 * <p>What the file shows, counted independently with Python's csv module: the weekdays it misses are
 * 24 to 74 a year up to 1995 (the index's early history is sparse: data gaps, not holidays), then 10
 * to 19 a year from 1996 to 2015, and 35 weekend dates do have a close.
 */
class NavQualityHolidaysRealDataTest {

  private static final String NIFTY = "nav-history-2016-utkarshohm/index_values/NIFTY50.csv";
  private static final String UTI_NIFTY =
      "nav-history-2016-utkarshohm/selected-schemes/UTINiftyFundGrowth.csv";

  private static BusinessCalendar nifty() {
    IndexImport read = IndexImporter.read(RealData.require(NIFTY));
    assertThat(read.problems()).isEmpty();
    return BusinessCalendar.learnedFrom(read.series().values());
  }

  private static NavSeries utiNifty() {
    ParseResult<NavPoint> read = NavHistoryFile.read(RealData.require(UTI_NIFTY));
    assertThat(read.problems()).isEmpty();
    return NavSeries.of(read.values());
  }

  @Test
  void learned_spanIsTheFilesFirstToLastClose() {
    BusinessCalendar c = nifty();
    assertThat(c.knownFrom()).contains(LocalDate.of(1990, 7, 3));
    assertThat(c.knownTo()).contains(LocalDate.of(2016, 4, 27));
    assertThat(c.specialTradingDays()).hasSize(35);
  }

  /**
   * Republic Day (26 January), Independence Day (15 August) and Gandhi Jayanti (2 October) are India's
   * three national holidays, and the exchanges are shut on them. Every time one fell on a weekday from
   * 1996 to 2015 the file has no close that day, so the learned calendar has it as a holiday.
   */
  @Test
  void learned_nationalHolidaysOnWeekdaysAreHolidays() {
    BusinessCalendar c = nifty();
    List<MonthDay> national = List.of(MonthDay.of(1, 26), MonthDay.of(8, 15), MonthDay.of(10, 2));
    int checked = 0;
    for (int year = 1996; year <= 2015; year++) {
      for (MonthDay md : national) {
        LocalDate d = md.atYear(year);
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          assertThat(c.isHoliday(d)).as("%s (%s)", d, d.getDayOfWeek()).isTrue();
          assertThat(c.isBusinessDay(d)).as("%s", d).isFalse();
          checked++;
        }
      }
    }
    assertThat(checked).as("weekday national holidays 1996-2015").isEqualTo(43);
    // The trading days next to some of them are business days (each has a close in the file).
    assertThat(c.isBusinessDay(LocalDate.of(2015, 1, 27))).isTrue();
    assertThat(c.isBusinessDay(LocalDate.of(2013, 8, 16))).isTrue();
    assertThat(c.isBusinessDay(LocalDate.of(2016, 4, 22))).isTrue();
    assertThat(c.nextBusinessDay(LocalDate.of(2015, 1, 23))).isEqualTo(LocalDate.of(2015, 1, 27));
  }

  /**
   * Weekend sessions the file has a close for, with the occasion: the Union Budget 2015 was presented
   * on Saturday 28 February 2015; Diwali fell on Saturday 17 October 2009 and on Sunday 3 November 2013,
   * when the exchanges hold their Muhurat session.
   */
  @Test
  void learned_weekendSessionsAreSpecialTradingDays() {
    BusinessCalendar c = nifty();
    assertThat(c.specialTradingDays()).contains(LocalDate.of(2015, 2, 28), LocalDate.of(2009, 10, 17),
        LocalDate.of(2013, 11, 3));
    assertThat(c.isBusinessDay(LocalDate.of(2015, 2, 28))).isTrue();
    assertThat(c.isBusinessDay(LocalDate.of(2015, 3, 1))).isFalse();
  }

  @Test
  void learned_holidaysPerYear_plausibleOnceTheDataIsDense() {
    BusinessCalendar c = nifty();
    Map<Integer, Long> perYear = c.holidays().stream()
        .collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
    System.out.println("NIFTY 50 learned holidays per year: " + perYear);
    System.out.println("NIFTY 50 weekend sessions: " + c.specialTradingDays());
    // Up to 1995 the file misses far more weekdays than the exchanges closed (24 to 74 a year): the
    // early index history is sparse, so those years learn data gaps as holidays.
    assertThat(perYear.get(1992)).isGreaterThan(40);
    // From 1996 to 2015 (whole years, dense data): 10 to 19; 2016 runs to 27 April only.
    for (int year = 1996; year <= 2015; year++) {
      assertThat(perYear.get(year)).as("%s", year).isBetween(10L, 20L);
    }
    assertThat(perYear.get(2016)).isEqualTo(7);
  }

  @Test
  void navQuality_utiNiftyFund_holidayGapsGoWithTheCalendar() {
    BusinessCalendar c = nifty();
    NavSeries fund = utiNifty();
    LocalDate asOf = fund.lastDate().orElseThrow();
    // A strict threshold: one missing publishing day is tolerated, two are a gap.
    List<QualityIssue.Gap> without = NavQuality.builder().maxMissingDays(1).build()
        .check(fund, asOf).issues(QualityIssue.Gap.class);
    NavQualityReport withReport = NavQuality.builder().maxMissingDays(1).holidays(c).build()
        .check(fund, asOf);
    List<QualityIssue.Gap> with = withReport.issues(QualityIssue.Gap.class);
    System.out.println("UTI Nifty Fund gaps over 1 day: " + without.size() + " without the calendar, "
        + with.size() + " with it: " + with);
    assertThat(without).hasSize(21);
    assertThat(with).hasSize(4).hasSizeLessThan(without.size());
    // What remains are the fund's own missing NAVs: every missing day of a remaining gap is a day the
    // NIFTY 50 traded, none a holiday.
    for (QualityIssue.Gap g : with) {
      for (LocalDate d = g.after().plusDays(1); d.isBefore(g.before()); d = d.plusDays(1)) {
        assertThat(c.isHoliday(d)).as("%s in %s", d, g).isFalse();
      }
    }
    assertThat(with).contains(
        new QualityIssue.Gap(LocalDate.of(2001, 6, 22), LocalDate.of(2001, 7, 3), 6));
    // The predicate overload gives the same report.
    assertThat(NavQuality.builder().maxMissingDays(1).holidays(c.asHolidayPredicate()).build()
        .check(fund, asOf)).isEqualTo(withReport);
    // With no tolerance at all, holidays made most of the gaps.
    assertThat(NavQuality.builder().maxMissingDays(0).build().check(fund, asOf)
        .issues(QualityIssue.Gap.class)).hasSize(227);
    assertThat(NavQuality.builder().maxMissingDays(0).holidays(c).build().check(fund, asOf)
        .issues(QualityIssue.Gap.class)).hasSize(43);
  }

  /**
   * The calendar is learned from the index, not the fund, and the two differ on Diwali: the exchanges'
   * Muhurat session gives the index a close on Lakshmi Puja day, while the fund publishes no NAV (Diwali
   * 2008 to 2015 fell on 28 Oct, 5 Nov, 26 Oct, 13 Nov, 23 Oct and 11 Nov on weekdays). Nor has the
   * fund a NAV on any weekend session of the index.
   */
  @Test
  void learned_fromTheIndex_muhuratSessionsAreBusinessDaysTheFundSkips() {
    BusinessCalendar c = nifty();
    NavSeries fund = utiNifty();
    for (LocalDate diwali : List.of(LocalDate.of(2008, 10, 28), LocalDate.of(2010, 11, 5),
        LocalDate.of(2011, 10, 26), LocalDate.of(2012, 11, 13), LocalDate.of(2014, 10, 23),
        LocalDate.of(2015, 11, 11))) {
      assertThat(c.isBusinessDay(diwali)).as("%s", diwali).isTrue();
      assertThat(fund.indexOf(diwali)).as("%s", diwali).isEqualTo(-1);
    }
    List<LocalDate> sessionsInFundSpan = c.specialTradingDays().stream()
        .filter(d -> !d.isBefore(fund.firstDate().orElseThrow()))
        .filter(d -> !d.isAfter(fund.lastDate().orElseThrow())).toList();
    assertThat(sessionsInFundSpan).hasSize(20)
        .allSatisfy(d -> assertThat(fund.indexOf(d)).as("%s", d).isEqualTo(-1));
  }

  @Test
  void stalenessPolicy_withTheLearnedCalendar_isActiveAcrossAHolidayWeekend() {
    BusinessCalendar c = nifty();
    // Friday 23 Jan 2015, seen on Tuesday 27 Jan after Republic Day: one business day.
    StalenessPolicy p = StalenessPolicy.of(2, 60, c);
    assertThat(p.businessDaysBetween(LocalDate.of(2015, 1, 23), LocalDate.of(2015, 1, 27)))
        .isEqualTo(1);
    assertThat(p.statusOf(LocalDate.of(2015, 1, 23), LocalDate.of(2015, 1, 27)))
        .isEqualTo(SchemeStatus.ACTIVE);
    assertThat(StalenessPolicy.of(2, 60)
        .statusOf(LocalDate.of(2015, 1, 23), LocalDate.of(2015, 1, 27))).isEqualTo(SchemeStatus.STALE);
  }
}
