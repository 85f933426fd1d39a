package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedList;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class FlowsTest {

  /** Sorted dates across month, year and century ends, leap and not: offsets match epoch days. */
  @Test
  void sortedOffsetsAreCalendarDaysAcrossLeapYears() {
    // Steps of 0 (same day), a few days, or a month and more, so months are both consecutive and
    // skipped: fewer than four flows a month, merged with the start of the month cached.
    assertOffsetsAreCalendarDays(2_000, random -> {
      int r = random.nextInt(10);
      return r < 3 ? 0 : r < 8 ? random.nextInt(1, 5) : random.nextInt(25, 70);
    });
  }

  /** The same with many flows a month, merged with a table of month starts. */
  @Test
  void denseSortedOffsetsAreCalendarDaysAcrossLeapYears() {
    assertOffsetsAreCalendarDays(3_000, random -> random.nextInt(3) == 0 ? 1 : 0);
  }

  private static void assertOffsetsAreCalendarDays(int n, ToIntFunction<SplittableRandom> step) {
    for (LocalDate start : List.of(LocalDate.of(1899, 11, 3), LocalDate.of(1999, 12, 30),
        LocalDate.of(2023, 1, 31), LocalDate.of(2099, 2, 27))) {
      SplittableRandom random = new SplittableRandom(start.toEpochDay());
      List<CashFlow> flows = new ArrayList<>();
      LocalDate date = start;
      for (int i = 0; i < n; i++) {
        date = date.plusDays(step.applyAsInt(random));
        flows.add(CashFlow.of(date, i == 0 ? -1_000 : 1 + i));
      }
      Flows merged = Flows.ofDated(flows);
      long origin = flows.get(0).date().toEpochDay();
      int k = 0;
      long last = Long.MIN_VALUE;
      double sum = 0;
      for (CashFlow cf : flows) {
        long day = cf.date().toEpochDay() - origin;
        if (day != last) {
          if (last != Long.MIN_VALUE) {
            assertThat(merged.amount[k]).isEqualTo(sum);
            k++;
          }
          assertThat(merged.time[k]).as("offset of %s", cf.date()).isEqualTo((int) day);
          last = day;
          sum = 0;
        }
        sum += cf.amount();
      }
      assertThat(merged.amount[k]).isEqualTo(sum);
      assertThat(merged.size).isEqualTo(k + 1);
    }
  }

  /** Sorted prefix that outruns its last date (so input is unsorted): still merged correctly. */
  @Test
  void unsortedInputWhoseLastDateIsCloseToTheFirst() {
    LocalDate d = LocalDate.of(2020, 2, 28);
    List<CashFlow> flows = List.of(CashFlow.of(d, -100), CashFlow.of(d.plusDays(5), 10),
        CashFlow.of(d.plusDays(7), 20), CashFlow.of(d.plusDays(9), 30), CashFlow.of(d.plusDays(1), 40));
    Flows merged = Flows.ofDated(flows);
    assertThat(merged.size).isEqualTo(5);
    assertThat(java.util.Arrays.copyOf(merged.time, 5)).containsExactly(0, 1, 5, 7, 9);
    assertThat(java.util.Arrays.copyOf(merged.amount, 5)).containsExactly(-100, 40, 10, 20, 30);
  }

  /**
   * Many flows a month (the month-table merge) out of order: a date before its predecessor, before
   * the first date in the first year, or after the last date in the last year; each merges as the
   * sorted flows do. A linked list merges the same.
   */
  @Test
  void denseUnsortedInputMergesAsSorted() {
    LocalDate d = LocalDate.of(2019, 12, 20);
    List<CashFlow> sorted = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      sorted.add(CashFlow.of(d.plusDays(i / 3), i == 0 ? -5_000 : i));
    }
    Flows expected = Flows.ofDated(sorted);
    assertThat(expected.size).isEqualTo(134);
    for (int[] swap : new int[][] {{10, 200}, {0, 5}, {398, 399}, {150, 399}, {0, 399}}) {
      List<CashFlow> flows = new ArrayList<>(sorted);
      java.util.Collections.swap(flows, swap[0], swap[1]);
      // Moved so that the date is outside [first, last] of the list but inside its years.
      Flows merged = Flows.ofDated(flows);
      assertThat(merged.size).as("swap %s", java.util.Arrays.toString(swap))
          .isEqualTo(expected.size);
      assertThat(java.util.Arrays.copyOf(merged.time, merged.size))
          .containsExactly(java.util.Arrays.copyOf(expected.time, expected.size));
      assertThat(java.util.Arrays.copyOf(merged.amount, merged.size))
          .containsExactly(java.util.Arrays.copyOf(expected.amount, expected.size));
    }
    Flows linked = Flows.ofDated(new LinkedList<>(sorted));
    assertThat(java.util.Arrays.copyOf(linked.amount, linked.size))
        .containsExactly(java.util.Arrays.copyOf(expected.amount, expected.size));
  }
}
