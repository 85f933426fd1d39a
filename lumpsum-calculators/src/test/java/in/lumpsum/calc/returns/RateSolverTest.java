package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RateSolverTest {

  /**
   * The running product of discount factors, re-anchored with {@code exp} only after long gaps,
   * stays within 1e-12 (relative to the gross present value) of one {@code exp} per flow over
   * 40 years of daily flows, at rates from -99% to +600% and on both pivots.
   */
  @Test
  void eval_runningProduct_matchesExpPerFlow() {
    SplittableRandom random = new SplittableRandom(7);
    LocalDate start = LocalDate.of(1990, 1, 1);
    List<CashFlow> daily = new ArrayList<>();
    List<CashFlow> sparse = new ArrayList<>();
    for (int day = 0; day < 40 * 365; day++) {
      double amount = random.nextInt(10) == 0 ? random.nextDouble(1, 5_000)
          : -random.nextDouble(500, 50_000);
      daily.add(CashFlow.of(start.plusDays(day), amount));
      // Gaps of a day to six years: some re-anchor, some do not.
      if (random.nextInt(day < 20 * 365 ? 2 : 400) == 0) {
        sparse.add(CashFlow.of(start.plusDays(day), amount));
      }
    }
    for (List<CashFlow> flows : List.of(daily, sparse)) {
      Flows merged = Flows.ofDated(flows);
      assertThat(merged.size).isGreaterThanOrEqualTo(48);
      RateSolver solver = new RateSolver(merged, 1e-10, 100);
      solver.solve(0.1);
      for (double x : new double[] {Math.log1p(0.12), 1e-7, -1e-7, Math.log1p(-0.3),
          Math.log1p(-0.99), Math.log1p(6.0)}) {
        int pivot = x >= 0 ? merged.time[0] : merged.time[merged.size - 1];
        double reference = 0;
        double gross = 0;
        for (int i = 0; i < merged.size; i++) {
          double e = Math.exp(-x * (merged.time[i] - pivot) * merged.unit);
          reference += merged.amount[i] * e;
          gross += Math.abs(merged.amount[i]) * e;
        }
        assertThat(Math.abs(solver.eval(x) - reference)).as("x = %s, %d flows", x, merged.size)
            .isLessThanOrEqualTo(1e-12 * gross);
      }
    }
  }
}
