package in.lumpsum.funds.nav;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.time.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NavQuality} with a {@link BusinessCalendar}: hand-written series. */
class NavQualityCalendarTest {

  private static NavSeries series(LocalDate... dates) {
    NavSeries.Builder b = NavSeries.builder();
    for (int i = 0; i < dates.length; i++) {
      b.add(dates[i], new BigDecimal("10.00").add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i))));
    }
    return b.build();
  }

  @Test
  void holidays_calendarHolidaysAreNoPublishingDays_sameAsThePredicate() {
    // Friday 7 Aug 2026, then Monday 17 Aug: the week between is missing.
    NavSeries s = series(LocalDate.of(2026, 8, 6), LocalDate.of(2026, 8, 7), LocalDate.of(2026, 8, 17));
    BusinessCalendar fourHolidays = BusinessCalendar.of(List.of(LocalDate.of(2026, 8, 11),
        LocalDate.of(2026, 8, 12), LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 14)));
    NavQuality strict = NavQuality.builder().maxMissingDays(0).holidays(fourHolidays).build();
    assertThat(strict.check(s, LocalDate.of(2026, 8, 17)).issues(QualityIssue.Gap.class))
        .containsExactly(new QualityIssue.Gap(LocalDate.of(2026, 8, 7), LocalDate.of(2026, 8, 17), 1));
    NavQuality byPredicate = NavQuality.builder().maxMissingDays(0)
        .holidays(fourHolidays.asHolidayPredicate()).build();
    assertThat(byPredicate.check(s, LocalDate.of(2026, 8, 17)))
        .isEqualTo(strict.check(s, LocalDate.of(2026, 8, 17)));
    assertThat(NavQuality.DEFAULT.check(s, LocalDate.of(2026, 8, 17)).issues(QualityIssue.Gap.class))
        .containsExactly(new QualityIssue.Gap(LocalDate.of(2026, 8, 7), LocalDate.of(2026, 8, 17), 5));
  }

  @Test
  void holidays_theLastOneGivenWins() {
    NavSeries s = series(LocalDate.of(2026, 8, 7), LocalDate.of(2026, 8, 11));
    BusinessCalendar monday = BusinessCalendar.of(List.of(LocalDate.of(2026, 8, 10)));
    NavQuality calendarLast = NavQuality.builder().maxMissingDays(0).holidays(d -> false)
        .holidays(monday).build();
    NavQuality predicateLast = NavQuality.builder().maxMissingDays(0).holidays(monday)
        .holidays(d -> false).build();
    assertThat(calendarLast.check(s, LocalDate.of(2026, 8, 11)).clean()).isTrue();
    assertThat(predicateLast.check(s, LocalDate.of(2026, 8, 11)).issues(QualityIssue.Gap.class))
        .hasSize(1);
  }

  @Test
  void holidays_aSpecialSessionIsNoPublishingDay() {
    // Friday 27 Feb to Monday 2 Mar 2015 across the Saturday session: funds publish no NAV for it.
    BusinessCalendar session = BusinessCalendar.of(List.of(), List.of(LocalDate.of(2015, 2, 28)));
    NavQuality strict = NavQuality.builder().maxMissingDays(0).staleAfterDays(0).holidays(session)
        .build();
    NavSeries s = series(LocalDate.of(2015, 2, 27), LocalDate.of(2015, 3, 2));
    assertThat(strict.check(s, LocalDate.of(2015, 3, 2)).clean()).isTrue();
  }

  @Test
  void staleTail_holidaysAfterTheLastNavDoNotCount() {
    // Last NAV Wednesday 5 Aug 2026; seen Wednesday 12 Aug: 6, 7, 10, 11, 12 are five weekdays.
    NavSeries s = series(LocalDate.of(2026, 8, 4), LocalDate.of(2026, 8, 5));
    BusinessCalendar twoHolidays = BusinessCalendar.of(List.of(LocalDate.of(2026, 8, 6),
        LocalDate.of(2026, 8, 7)));
    assertThat(NavQuality.DEFAULT.check(s, LocalDate.of(2026, 8, 12)).issues(QualityIssue.StaleTail.class))
        .hasSize(1);
    assertThat(NavQuality.builder().holidays(twoHolidays).build().check(s, LocalDate.of(2026, 8, 12))
        .clean()).isTrue();
  }
}
