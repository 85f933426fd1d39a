package in.lumpsum.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written calendars. The reference below runs Monday 19 January to Friday 6 March 2015 with no
 * point on Monday 26 January (Republic Day) and a point on Saturday 28 February (the Union Budget
 * session); the funds module's real-data test finds both in the NIFTY 50 file.
 */
class BusinessCalendarTest {

  private static final LocalDate FIRST = LocalDate.of(2015, 1, 19);
  private static final LocalDate LAST = LocalDate.of(2015, 3, 6);
  private static final LocalDate REPUBLIC_DAY = LocalDate.of(2015, 1, 26);
  private static final LocalDate BUDGET_SATURDAY = LocalDate.of(2015, 2, 28);

  private static List<LocalDate> referenceDates() {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY
          || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && !d.equals(REPUBLIC_DAY) || d.equals(BUDGET_SATURDAY)) {
        dates.add(d);
      }
    }
    return dates;
  }

  private static final BusinessCalendar LEARNED = BusinessCalendar.learnedFrom(referenceDates());

  @Test
  void learnedFrom_missingWeekdayIsAHoliday_weekendPointIsASpecialTradingDay() {
    assertThat(LEARNED.holidays()).containsExactly(REPUBLIC_DAY);
    assertThat(LEARNED.specialTradingDays()).containsExactly(BUDGET_SATURDAY);
    assertThat(LEARNED.isBusinessDay(REPUBLIC_DAY)).isFalse();
    assertThat(LEARNED.isHoliday(REPUBLIC_DAY)).isTrue();
    assertThat(LEARNED.isBusinessDay(BUDGET_SATURDAY)).isTrue();
    assertThat(LEARNED.isHoliday(BUDGET_SATURDAY)).isFalse();
    // The Sunday after the session is an ordinary weekend day, and not a holiday.
    assertThat(LEARNED.isBusinessDay(LocalDate.of(2015, 3, 1))).isFalse();
    assertThat(LEARNED.isHoliday(LocalDate.of(2015, 3, 1))).isFalse();
    assertThat(LEARNED.isBusinessDay(LocalDate.of(2015, 1, 27))).isTrue();
    assertThat(LEARNED.isBusinessDay(REPUBLIC_DAY.toEpochDay())).isFalse();
    assertThat(LEARNED.isBusinessDay(BUDGET_SATURDAY.toEpochDay())).isTrue();
  }

  @Test
  void span_isTheReferencesFirstToLastDate_outsideItNoHolidaysAreKnown() {
    assertThat(LEARNED.knownFrom()).contains(FIRST);
    assertThat(LEARNED.knownTo()).contains(LAST);
    assertThat(LEARNED.knows(FIRST)).isTrue();
    assertThat(LEARNED.knows(LAST)).isTrue();
    assertThat(LEARNED.knows(FIRST.minusDays(1))).isFalse();
    assertThat(LEARNED.knows(LAST.plusDays(1))).isFalse();
    // Republic Day a year later lies outside the span: a plain weekday (a Monday) there.
    LocalDate nextRepublicDay = LocalDate.of(2016, 1, 26);
    assertThat(LEARNED.isBusinessDay(nextRepublicDay)).isTrue();
    assertThat(LEARNED.isHoliday(nextRepublicDay)).isFalse();
    assertThat(LEARNED.isBusinessDay(FIRST.minusDays(3))).isTrue(); // Friday 16 January
    assertThat(LEARNED.isBusinessDay(FIRST.minusDays(1))).isFalse(); // Sunday 18 January
    assertThat(LEARNED.isBusinessDay(LAST.plusDays(1))).isFalse(); // Saturday 7 March
    assertThat(LEARNED.isBusinessDay(LAST.plusDays(3))).isTrue(); // Monday 9 March
  }

  @Test
  void businessDaysBetween_excludesFromIncludesTo_acrossAHolidayAndAWeekend() {
    // Friday 23 Jan to Tuesday 27 Jan: Saturday, Sunday and the holiday do not count, Tuesday does.
    assertThat(LEARNED.businessDaysBetween(LocalDate.of(2015, 1, 23), LocalDate.of(2015, 1, 27)))
        .isEqualTo(1);
    assertThat(LEARNED.businessDaysBetween(LocalDate.of(2015, 1, 23), REPUBLIC_DAY)).isZero();
    // Friday 27 Feb to Monday 2 Mar: the Saturday session and the Monday.
    assertThat(LEARNED.businessDaysBetween(LocalDate.of(2015, 2, 27), LocalDate.of(2015, 3, 2)))
        .isEqualTo(2);
    // From before the span (Friday 16 Jan, excluded) to Friday 30 Jan: 5 + 4 weekdays.
    assertThat(LEARNED.businessDaysBetween(LocalDate.of(2015, 1, 16), LocalDate.of(2015, 1, 30)))
        .isEqualTo(9);
    // Sunday 11 Jan to Friday 13 Mar, the span and a week either side: 9 weeks of 5 weekdays, less the
    // holiday, plus the session.
    assertThat(LEARNED.businessDaysBetween(FIRST.minusDays(8), LAST.plusDays(7))).isEqualTo(45);
    assertThat(BusinessCalendar.weekdays().businessDaysBetween(FIRST.minusDays(8), LAST.plusDays(7)))
        .isEqualTo(45);
    assertThat(BusinessCalendar.of(List.of(REPUBLIC_DAY))
        .businessDaysBetween(FIRST.minusDays(8), LAST.plusDays(7))).isEqualTo(44);
    assertThat(LEARNED.businessDaysBetween(REPUBLIC_DAY, REPUBLIC_DAY)).isZero();
    assertThat(LEARNED.businessDaysBetween(LAST, FIRST)).isZero();
    assertThat(LEARNED.businessDaysBetween(REPUBLIC_DAY.toEpochDay(), REPUBLIC_DAY.toEpochDay() + 1))
        .isEqualTo(1);
  }

  @Test
  void nextAndPreviousBusinessDay_skipHolidaysAndWeekends_stopAtASession() {
    assertThat(LEARNED.nextBusinessDay(LocalDate.of(2015, 1, 23))).isEqualTo(LocalDate.of(2015, 1, 27));
    assertThat(LEARNED.nextBusinessDay(REPUBLIC_DAY)).isEqualTo(LocalDate.of(2015, 1, 27));
    assertThat(LEARNED.previousBusinessDay(LocalDate.of(2015, 1, 27)))
        .isEqualTo(LocalDate.of(2015, 1, 23));
    assertThat(LEARNED.nextBusinessDay(LocalDate.of(2015, 2, 27))).isEqualTo(BUDGET_SATURDAY);
    assertThat(LEARNED.previousBusinessDay(LocalDate.of(2015, 3, 2))).isEqualTo(BUDGET_SATURDAY);
    // Leaving the span: Friday 6 Mar to Monday 9 Mar.
    assertThat(LEARNED.nextBusinessDay(LAST)).isEqualTo(LocalDate.of(2015, 3, 9));
    assertThat(LEARNED.previousBusinessDay(FIRST)).isEqualTo(LocalDate.of(2015, 1, 16));
  }

  @Test
  void weekdays_hasNoSpanAndNoHolidays() {
    BusinessCalendar w = BusinessCalendar.weekdays();
    assertThat(w.knownFrom()).isEmpty();
    assertThat(w.knownTo()).isEmpty();
    assertThat(w.knows(REPUBLIC_DAY)).isFalse();
    assertThat(w.holidays()).isEmpty();
    assertThat(w.specialTradingDays()).isEmpty();
    assertThat(w.isBusinessDay(REPUBLIC_DAY)).isTrue();
    assertThat(w.isBusinessDay(BUDGET_SATURDAY)).isFalse();
    assertThat(w.nextBusinessDay(LocalDate.of(2015, 2, 27))).isEqualTo(LocalDate.of(2015, 3, 2));
    // Across the epoch and before it: whole weeks hold five weekdays.
    assertThat(w.businessDaysBetween(LocalDate.of(1969, 12, 1), LocalDate.of(1970, 1, 26)))
        .isEqualTo(40);
    assertThat(w.businessDaysBetween(LocalDate.of(1900, 1, 5), LocalDate.of(1900, 1, 8)))
        .as("Friday to Monday").isEqualTo(1);
    assertThat(w).hasToString("BusinessCalendar[weekdays, no holidays known]");
  }

  @Test
  void of_givenHolidays_spanFromFirstToLastGiven_weekendDatesIgnored() {
    LocalDate independenceDay = LocalDate.of(2026, 8, 15); // a Saturday
    LocalDate gandhiJayanti = LocalDate.of(2026, 10, 2); // a Friday
    LocalDate republicDay = LocalDate.of(2026, 1, 26); // a Monday
    BusinessCalendar c = BusinessCalendar.of(List.of(gandhiJayanti, independenceDay, republicDay,
        republicDay));
    assertThat(c.holidays()).containsExactly(republicDay, gandhiJayanti);
    assertThat(c.knownFrom()).contains(republicDay);
    assertThat(c.knownTo()).contains(gandhiJayanti);
    assertThat(c.isBusinessDay(independenceDay)).isFalse();
    assertThat(c.isHoliday(independenceDay)).isFalse();
    assertThat(c.asHolidayPredicate().test(gandhiJayanti)).isTrue();
    assertThat(c.asHolidayPredicate().test(gandhiJayanti.plusDays(3))).isFalse();
    assertThat(BusinessCalendar.of(List.of(independenceDay))).isEqualTo(BusinessCalendar.weekdays());
    assertThat(BusinessCalendar.of(List.of())).isSameAs(BusinessCalendar.weekdays());
  }

  @Test
  void of_withSpecialTradingDays_weekdaysAmongThemIgnored_aClashIsRejected() {
    BusinessCalendar c = BusinessCalendar.of(List.of(REPUBLIC_DAY),
        List.of(BUDGET_SATURDAY, LocalDate.of(2015, 3, 2)));
    assertThat(c.specialTradingDays()).containsExactly(BUDGET_SATURDAY);
    assertThat(c.knownTo()).contains(LocalDate.of(2015, 3, 2));
    assertThat(c.isBusinessDay(BUDGET_SATURDAY)).isTrue();
    assertThatThrownBy(() -> BusinessCalendar.of(List.of(BUDGET_SATURDAY), List.of(BUDGET_SATURDAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("specialTradingDays").hasMessageContaining("2015-02-28");
    List<LocalDate> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> BusinessCalendar.of(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("holidays");
    assertThatThrownBy(() -> BusinessCalendar.learnedFrom(withNull))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("referenceDates");
  }

  @Test
  void learnedFrom_datesSeriesAndEpochDaysAgree() {
    List<LocalDate> shuffled = new ArrayList<>(referenceDates());
    shuffled.addAll(referenceDates().subList(0, 5));
    Collections.reverse(shuffled);
    assertThat(BusinessCalendar.learnedFrom(shuffled)).isEqualTo(LEARNED);

    NavSeries.Builder b = NavSeries.builder();
    referenceDates().forEach(d -> b.add(d, BigDecimal.TEN));
    assertThat(BusinessCalendar.learnedFrom(b.build())).isEqualTo(LEARNED)
        .hasSameHashCodeAs(LEARNED);

    long[] days = referenceDates().stream().mapToLong(LocalDate::toEpochDay).toArray();
    BusinessCalendar fromDays = BusinessCalendar.learnedFrom(days);
    days[7] = days[6] + 1; // Republic Day; the calendar holds its own copy
    assertThat(fromDays).isEqualTo(LEARNED);
    assertThat(LEARNED).hasToString(
        "BusinessCalendar[2015-01-19..2015-03-06, 1 holidays, 1 special trading days]");
  }

  @Test
  void learnedFrom_emptyReferenceIsWeekdays_unsortedEpochDaysRejected() {
    assertThat(BusinessCalendar.learnedFrom(NavSeries.empty())).isSameAs(BusinessCalendar.weekdays());
    assertThat(BusinessCalendar.learnedFrom(new long[0])).isSameAs(BusinessCalendar.weekdays());
    assertThat(BusinessCalendar.learnedFrom(List.of())).isSameAs(BusinessCalendar.weekdays());
    assertThatThrownBy(() -> BusinessCalendar.learnedFrom(new long[] {16_500, 16_500}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("referenceEpochDays").hasMessageContaining("index 1");
    assertThatThrownBy(() -> BusinessCalendar.learnedFrom(new long[] {Long.MIN_VALUE, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referenceEpochDays");
    assertThatThrownBy(() -> BusinessCalendar.learnedFrom((NavSeries) null))
        .isInstanceOf(NullPointerException.class).hasMessage("reference");
  }

  @Test
  void union_holidaysOfEither_spanCoversBoth() {
    LocalDate gandhiJayanti = LocalDate.of(2026, 10, 2);
    BusinessCalendar listed = BusinessCalendar.of(List.of(gandhiJayanti));
    BusinessCalendar u = LEARNED.union(listed);
    assertThat(u.holidays()).containsExactly(REPUBLIC_DAY, gandhiJayanti);
    assertThat(u.specialTradingDays()).containsExactly(BUDGET_SATURDAY);
    assertThat(u.knownFrom()).contains(FIRST);
    assertThat(u.knownTo()).contains(gandhiJayanti);
    assertThat(listed.union(LEARNED)).isEqualTo(u);
    assertThat(u.union(LEARNED)).isEqualTo(u);
    assertThat(LEARNED.union(BusinessCalendar.weekdays())).isSameAs(LEARNED);
    assertThat(BusinessCalendar.weekdays().union(LEARNED)).isSameAs(LEARNED);
  }

  @Test
  void holidays_areUnmodifiable() {
    assertThatThrownBy(() -> LEARNED.holidays().add(FIRST))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> LEARNED.specialTradingDays().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
