package in.lumpsum.funds.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.time.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link StalenessPolicy} with a {@link BusinessCalendar}. */
class StalenessPolicyTest {

  private static final LocalDate REPUBLIC_DAY = LocalDate.of(2015, 1, 26); // a Monday
  private static final LocalDate BUDGET_SATURDAY = LocalDate.of(2015, 2, 28);
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.of(List.of(REPUBLIC_DAY), List.of(BUDGET_SATURDAY));

  @Test
  void of_calendar_takesItsHolidays() {
    StalenessPolicy p = StalenessPolicy.of(2, 10, CALENDAR);
    assertThat(p.holidays()).containsExactly(REPUBLIC_DAY);
    assertThat(p.isBusinessDay(REPUBLIC_DAY)).isFalse();
    // Friday 23 Jan to Tuesday 27 Jan: only the Tuesday counts.
    assertThat(p.businessDaysBetween(LocalDate.of(2015, 1, 23), LocalDate.of(2015, 1, 27)))
        .isEqualTo(1);
    assertThat(p.statusOf(LocalDate.of(2015, 1, 23), LocalDate.of(2015, 1, 27)))
        .isEqualTo(SchemeStatus.ACTIVE);
    assertThat(StalenessPolicy.of(2, 10).statusOf(LocalDate.of(2015, 1, 23), LocalDate.of(2015, 1, 27)))
        .isEqualTo(SchemeStatus.STALE);
    assertThat(p).isEqualTo(new StalenessPolicy(2, 10, Set.of(REPUBLIC_DAY)));
  }

  @Test
  void of_calendar_weekendSessionsDoNotCount() {
    StalenessPolicy p = StalenessPolicy.DEFAULT.withCalendar(CALENDAR);
    assertThat(p.staleAfter()).isEqualTo(5);
    assertThat(p.deadAfter()).isEqualTo(60);
    assertThat(p.isBusinessDay(BUDGET_SATURDAY)).isFalse();
    assertThat(p.businessDaysBetween(LocalDate.of(2015, 2, 27), LocalDate.of(2015, 3, 2)))
        .isEqualTo(1);
    assertThat(CALENDAR.businessDaysBetween(LocalDate.of(2015, 2, 27), LocalDate.of(2015, 3, 2)))
        .isEqualTo(2);
  }

  @Test
  void withCalendar_replacesTheHolidays_weekdaysCalendarHasNone() {
    StalenessPolicy p = StalenessPolicy.of(3, 20).withHolidays(Set.of(LocalDate.of(2026, 10, 2)));
    assertThat(p.withCalendar(CALENDAR).holidays()).containsExactly(REPUBLIC_DAY);
    assertThat(p.withCalendar(BusinessCalendar.weekdays())).isEqualTo(StalenessPolicy.of(3, 20));
    assertThatThrownBy(() -> StalenessPolicy.of(3, 20, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("calendar");
    assertThatThrownBy(() -> StalenessPolicy.of(0, 20, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("staleAfter");
  }

  @Test
  void calendarPolicy_countsAsTheCalendarDoesOnWeekdays() {
    // Without weekend sessions in range the two counts agree day for day.
    StalenessPolicy p = StalenessPolicy.of(1, 1, CALENDAR);
    LocalDate from = LocalDate.of(2015, 1, 1);
    for (int i = 0; i < 50; i++) {
      LocalDate to = from.plusDays(i);
      assertThat((long) p.businessDaysBetween(from, to)).as("%s", to)
          .isEqualTo(CALENDAR.businessDaysBetween(from, to));
    }
  }
}
