package in.lumpsum.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link BusinessCalendar} learned from random reference dates, against a day-by-day
 * model: inside the span a weekday is a business day when the reference has it and a weekend day when
 * the reference has it; outside, the weekdays are.
 */
class BusinessCalendarPropertyTest {

  /** Around 2015-01-01, on both sides of which the spans fall. */
  private static final long BASE = 16_436;

  @Provide
  Arbitrary<TreeSet<Long>> reference() {
    // Mostly weekdays, some missing, some weekend days: the shapes a real reference has.
    return Arbitraries.longs().between(BASE, BASE + 400).set().ofMinSize(0).ofMaxSize(300)
        .map(TreeSet::new);
  }

  private static boolean weekend(long day) {
    DayOfWeek w = LocalDate.ofEpochDay(day).getDayOfWeek();
    return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
  }

  private static boolean modelBusinessDay(TreeSet<Long> ref, long day) {
    if (ref.isEmpty() || day < ref.first() || day > ref.last()) {
      return !weekend(day);
    }
    return ref.contains(day);
  }

  @Property(tries = 300)
  void learned_agreesWithTheDayByDayModel(@ForAll("reference") TreeSet<Long> ref,
      @ForAll("offsets") long a, @ForAll("offsets") long b) {
    BusinessCalendar c = BusinessCalendar.learnedFrom(ref.stream().mapToLong(Long::longValue).toArray());
    List<LocalDate> holidays = new ArrayList<>();
    List<LocalDate> special = new ArrayList<>();
    for (long d = BASE - 30; d <= BASE + 430; d++) {
      boolean business = modelBusinessDay(ref, d);
      assertThat(c.isBusinessDay(d)).as("day %s", LocalDate.ofEpochDay(d)).isEqualTo(business);
      assertThat(c.isHoliday(LocalDate.ofEpochDay(d))).isEqualTo(!business && !weekend(d));
      if (!business && !weekend(d)) {
        holidays.add(LocalDate.ofEpochDay(d));
      }
      if (business && weekend(d)) {
        special.add(LocalDate.ofEpochDay(d));
      }
    }
    assertThat(c.holidays()).isEqualTo(holidays);
    assertThat(c.specialTradingDays()).isEqualTo(special);

    long from = BASE + a;
    long to = BASE + b;
    long count = 0;
    for (long d = from + 1; d <= to; d++) {
      if (modelBusinessDay(ref, d)) {
        count++;
      }
    }
    assertThat(c.businessDaysBetween(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to)))
        .isEqualTo(count);

    long next = from + 1;
    while (!modelBusinessDay(ref, next)) {
      next++;
    }
    long previous = from - 1;
    while (!modelBusinessDay(ref, previous)) {
      previous--;
    }
    assertThat(c.nextBusinessDay(LocalDate.ofEpochDay(from))).isEqualTo(LocalDate.ofEpochDay(next));
    assertThat(c.previousBusinessDay(LocalDate.ofEpochDay(from)))
        .isEqualTo(LocalDate.ofEpochDay(previous));
  }

  @Provide
  Arbitrary<Long> offsets() {
    return Arbitraries.longs().between(-60, 460);
  }

  @Property(tries = 200)
  void union_isBusinessDayWhereBothAgree(@ForAll("reference") TreeSet<Long> x,
      @ForAll("reference") TreeSet<Long> y) {
    BusinessCalendar cx = BusinessCalendar.learnedFrom(x.stream().mapToLong(Long::longValue).toArray());
    BusinessCalendar cy = BusinessCalendar.learnedFrom(
        y.stream().mapToLong(d -> d + 200).toArray());
    BusinessCalendar u = cx.union(cy);
    assertThat(cy.union(cx)).isEqualTo(u);
    for (long d = BASE - 10; d <= BASE + 620; d++) {
      boolean holiday = cx.isHoliday(d) || cy.isHoliday(d);
      boolean special = cx.isBusinessDay(d) || cy.isBusinessDay(d);
      assertThat(u.isHoliday(d)).isEqualTo(holiday);
      assertThat(u.isBusinessDay(d)).isEqualTo(weekend(d) ? special : !holiday);
    }
  }
}
