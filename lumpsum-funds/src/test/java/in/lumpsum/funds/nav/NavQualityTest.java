package in.lumpsum.funds.nav;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.funds.history.NavHistoryFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NavQualityTest {

  private static final String DIR = "nav-history-2016-utkarshohm/selected-schemes/";

  /** Weekdays from {@code from} to {@code to}, NAV 10 + 0.01 a day, skipping {@code skip} dates. */
  private static NavSeries weekdays(LocalDate from, LocalDate to, LocalDate... skip) {
    NavSeries.Builder b = NavSeries.builder();
    int i = 0;
    outer:
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      for (LocalDate s : skip) {
        if (s.equals(d)) {
          continue outer;
        }
      }
      b.add(d, new BigDecimal("10.00").add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i++))));
    }
    return b.build();
  }

  @Test
  void check_weekdaySeries_weekendsAndAHolidayAreNoGap() {
    LocalDate holiday = LocalDate.of(2026, 8, 14);
    NavQualityReport r = NavQuality.DEFAULT.check(
        weekdays(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 28), holiday),
        LocalDate.of(2026, 8, 31));
    assertThat(r.calendar()).isEqualTo(PublishingCalendar.BUSINESS_DAYS);
    assertThat(r.clean()).as("%s", r.issues()).isTrue();
  }

  @Test
  void check_missingWeek_isAGapWithItsBusinessDays() {
    LocalDate[] week = {LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 11),
        LocalDate.of(2026, 8, 12), LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 14)};
    NavQualityReport r = NavQuality.DEFAULT.check(
        weekdays(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 28), week), LocalDate.of(2026, 8, 28));
    assertThat(r.issues(QualityIssue.Gap.class)).containsExactly(
        new QualityIssue.Gap(LocalDate.of(2026, 8, 7), LocalDate.of(2026, 8, 17), 5));
    // With the holidays known, the same gap falls within the threshold.
    NavQuality knowing = NavQuality.builder()
        .holidays(d -> d.isAfter(LocalDate.of(2026, 8, 10)) && d.isBefore(LocalDate.of(2026, 8, 15)))
        .build();
    assertThat(knowing.check(weekdays(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 28), week),
        LocalDate.of(2026, 8, 28)).issues()).isEmpty();
  }

  @Test
  void check_jumpAndStaleTail() {
    NavSeries s = NavSeries.builder()
        .add(LocalDate.of(2026, 8, 3), new BigDecimal("10.00"))
        .add(LocalDate.of(2026, 8, 4), new BigDecimal("10.10"))
        .add(LocalDate.of(2026, 8, 5), new BigDecimal("7.00"))
        .build();
    NavQualityReport r = NavQuality.DEFAULT.check(s, LocalDate.of(2026, 8, 12));
    assertThat(r.issues(QualityIssue.Jump.class)).singleElement().satisfies(j -> {
      assertThat(j.date()).isEqualTo(LocalDate.of(2026, 8, 5));
      assertThat(j.change()).isCloseTo(7.00 / 10.10 - 1, org.assertj.core.data.Offset.offset(1e-12));
    });
    // 6, 7, 10, 11, 12 Aug: five business days after the last NAV.
    assertThat(r.issues(QualityIssue.StaleTail.class)).containsExactly(
        new QualityIssue.StaleTail(LocalDate.of(2026, 8, 5), LocalDate.of(2026, 8, 12), 5));
    assertThat(NavQuality.DEFAULT.check(s, LocalDate.of(2026, 8, 10))
        .issues(QualityIssue.StaleTail.class)).isEmpty();
  }

  @Test
  void check_rowsRead_reportsDuplicatesAndNonPositive() {
    String file = "05/08/2026,10.20\n05/08/2026,10.20\n04/08/2026,10.10\n04/08/2026,11.00\n"
        + "03/08/2026,-1.00\n03/08/2026,10.00\n";
    ParseResult<NavPoint> read = NavHistoryFile.read(file.getBytes(StandardCharsets.US_ASCII));
    NavQualityReport r = NavQuality.DEFAULT.check(read, LocalDate.of(2026, 8, 5));
    assertThat(r.points()).isEqualTo(3);
    assertThat(r.issues(QualityIssue.Duplicate.class)).containsExactly(
        new QualityIssue.Duplicate(LocalDate.of(2026, 8, 4), 2, true),
        new QualityIssue.Duplicate(LocalDate.of(2026, 8, 5), 2, false));
    assertThat(r.issues(QualityIssue.NonPositive.class)).containsExactly(
        new QualityIssue.NonPositive(5, "03/08/2026,-1.00"));
  }

  @Test
  void check_realMoneyMarketFund_publishesEveryDay() {
    ParseResult<NavPoint> read = NavHistoryFile.read(
        RealData.require(DIR + "UTIMoneyMarketRetailGrowth.csv"));
    NavQualityReport r = NavQuality.DEFAULT.check(read, LocalDate.of(2016, 6, 1));
    assertThat(r.calendar()).isEqualTo(PublishingCalendar.EVERY_DAY);
    // The face-value change shows as a conflicting duplicate and as jumps (10.68 against 1067.59).
    assertThat(r.issues(QualityIssue.Duplicate.class)).anyMatch(QualityIssue.Duplicate::conflicting);
    assertThat(r.issues(QualityIssue.Jump.class)).isNotEmpty();
  }

  @Test
  void check_realEquityFund_publishesBusinessDaysAndIsStaleAfterItsLastNav() {
    ParseResult<NavPoint> read = NavHistoryFile.read(
        RealData.require(DIR + "HDFCEquityFundGrowth.csv"));
    NavQualityReport r = NavQuality.DEFAULT.check(read, LocalDate.of(2026, 8, 31));
    assertThat(r.calendar()).isEqualTo(PublishingCalendar.BUSINESS_DAYS);
    assertThat(r.issues(QualityIssue.StaleTail.class)).singleElement()
        .satisfies(t -> assertThat(t.lastDate()).isEqualTo(r.lastDate().orElseThrow()));
    // Daily business-day history since 2000: weekends are never gaps, so few gaps remain.
    long gapsSince2005 = r.issues(QualityIssue.Gap.class).stream()
        .filter(g -> g.after().getYear() >= 2005).count();
    assertThat(gapsSince2005).isLessThan(10);
  }
}
