package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlowsTest {

  /** Sorted dates across month, year and century ends, leap and not: offsets match epoch days. */
  @Test
  void sortedOffsetsAreCalendarDaysAcrossLeapYears() {
    for (LocalDate start : List.of(LocalDate.of(1899, 11, 3), LocalDate.of(1999, 12, 30),
        LocalDate.of(2023, 1, 31), LocalDate.of(2099, 2, 27))) {
      SplittableRandom random = new SplittableRandom(start.toEpochDay());
      List<CashFlow> flows = new ArrayList<>();
      LocalDate date = start;
      for (int i = 0; i < 2_000; i++) {
        // Steps of 0 (same day), a few days, or a month and more, so months are both consecutive
        // and skipped.
        int r = random.nextInt(10);
        date = date.plusDays(r < 3 ? 0 : r < 8 ? random.nextInt(1, 5) : random.nextInt(25, 70));
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
}
