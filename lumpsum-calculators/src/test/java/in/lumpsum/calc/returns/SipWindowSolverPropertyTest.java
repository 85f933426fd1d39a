package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SipWindowSolverPropertyTest {

  /**
   * From any start, the dedicated SIP iteration finds the rate the general XIRR finds: values from
   * a millionth to a million times the instalments (rates near -100% to far above +1,000%),
   * 1 to 120 instalments, with holiday-shifted offsets.
   */
  @Property(tries = 400)
  void solve_matchesGeneralXirr_fromAnyStart(@ForAll @IntRange(min = 1, max = 120) int m,
      @ForAll @DoubleRange(min = -6, max = 6) double log10Multiple,
      @ForAll @DoubleRange(min = -5, max = 5) double start,
      @ForAll @LongRange(min = 1) long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] t = new int[m];
    for (int k = 1; k < m; k++) {
      t[k] = t[k - 1] + 28 + random.nextInt(6);
    }
    int total = t[m - 1] + 1 + random.nextInt(40);
    double value = m * Math.pow(10, log10Multiple);
    double x = new SipWindowSolver().solve(t, m, total, value, start);

    LocalDate origin = LocalDate.of(2000, 1, 1);
    List<CashFlow> flows = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      flows.add(CashFlow.of(origin.plusDays(t[k]), -1));
    }
    flows.add(CashFlow.of(origin.plusDays(total), value));
    XirrResult general = Xirr.DEFAULT.xirr(flows);
    if (general instanceof XirrResult.Rate r) {
      assertThat(x).isCloseTo(r.continuousRate(), within(1e-9 * Math.max(1, Math.abs(x))));
    } else {
      // Only a rate beyond a double's range has no XIRR here.
      assertThat(((XirrResult.NoRate) general).reason()).isEqualTo(XirrResult.Reason.OUT_OF_RANGE);
    }
  }
}
