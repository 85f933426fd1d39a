package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hard-case corpus (xirr-cases.csv): every rate returned is within 1e-8 of an independent
 * bisection, agrees with Gnumeric wherever Gnumeric finds a rate, and matches the value its source
 * published; every case without a rate has the right reason.
 */
class XirrCorpusTest {

  private static final Map<String, List<CashFlow>> CASES = Fixtures.cases();
  private static final Map<String, Double> GNUMERIC = Fixtures.gnumeric();

  /** Values published by each case's source, with the precision they were published to. */
  private static final Map<String, double[]> PUBLISHED = Map.ofEntries(
      // Excel iterates to 0.000001%: its 9 published decimals are 1.5e-9 off the root.
      Map.entry("excel-help", new double[] {0.373362535, 2e-9}),
      Map.entry("openoffice-help", new double[] {0.124, 5e-4}),
      Map.entry("rust-xirr", new double[] {0.1635371584432641, 1e-15}),
      // pyxirr's own value is 1.9e-10 off the root (its tolerance): 0.0967788719195424 exactly.
      Map.entry("pyxirr-pyodide", new double[] {0.09677887172566714, 5e-10}),
      Map.entry("pyxirr-0993", new double[] {-0.993785049929284, 1e-10}),
      // pyxirr expects NaN; a root exists here, checked by bisection and by Gnumeric.
      Map.entry("pyxirr-30-20", new double[] {-0.8973538214882217, 1e-12}),
      Map.entry("decampo-12", new double[] {0.1884, 5e-5}),
      Map.entry("decampo-14", new double[] {-0.724636607244611, 1e-9}),
      Map.entry("pypi-xirr-0.6454", new double[] {-0.6454, 5e-5}),
      Map.entry("pypi-xirr-0.6581", new double[] {-0.6581, 5e-5}),
      Map.entry("pypi-xirr-412461", new double[] {412461.6383, 5e-5}),
      Map.entry("pypi-xirr-1.22e16", new double[] {1.2238535289956518e16, 1e2}),
      Map.entry("pypi-xirr-0.8037", new double[] {-0.8037, 5e-5}),
      Map.entry("pypi-xirr-0.9535", new double[] {-0.9535, 5e-5}),
      Map.entry("pg-financial", new double[] {-0.8, 1e-15}),
      Map.entry("ruby-xirr-bug", new double[] {-0.7420, 5e-5}),
      Map.entry("two-roots", new double[] {0.10, 1e-12}),
      Map.entry("near-minus-100", new double[] {-0.99999, 1e-15}),
      Map.entry("over-1000pct", new double[] {14.0, 1e-12}),
      Map.entry("one-day-1pct", new double[] {Math.pow(1.01, 365) - 1, 1e-11}));

  /** Cases without a rate, and why. */
  private static final Map<String, XirrResult.Reason> NO_RATE = Map.of(
      "decampo-20", XirrResult.Reason.NO_ROOT,
      // The PyPI package returns -0.9999 here, but every running total is positive both ways:
      // the net present value is positive at every rate.
      "pypi-xirr-0.9999", XirrResult.Reason.NO_ROOT,
      "out-of-range", XirrResult.Reason.OUT_OF_RANGE,
      // Gnumeric returns its guess, 0.1, for flows that all cancel.
      "all-cancel", XirrResult.Reason.EMPTY,
      "all-paid", XirrResult.Reason.NO_SIGN_CHANGE);

  static Stream<Arguments> cases() {
    return CASES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void xirr_hardCase_convergesToBisectionReference_orSaysWhyNot(String name,
      List<CashFlow> flows) {
    XirrResult result = Xirr.DEFAULT.xirr(flows);

    if (NO_RATE.containsKey(name)) {
      assertThat(result).isInstanceOfSatisfying(XirrResult.NoRate.class,
          none -> assertThat(none.reason()).isEqualTo(NO_RATE.get(name)));
      if (NO_RATE.get(name) == XirrResult.Reason.NO_ROOT) {
        assertNoSignChange(flows);
      }
      return;
    }
    assertThat(result).as(name).isInstanceOf(XirrResult.Rate.class);
    XirrResult.Rate rate = (XirrResult.Rate) result;
    assertMatchesReference(flows, rate.continuousRate());
    assertOtherRootsMatchReference(flows, rate);
    double[] published = PUBLISHED.get(name);
    if (published != null) {
      assertThat(rate.rate()).as(name + " published").isCloseTo(published[0], within(published[1]));
    }
    double gnumeric = GNUMERIC.get(name);
    if (!Double.isNaN(gnumeric)) {
      // Gnumeric starts Newton at 10%; where there are several roots it may land on another.
      List<Double> roots = new ArrayList<>(rate.otherRoots());
      roots.add(rate.rate());
      assertThat(roots).as(name + " vs Gnumeric " + gnumeric)
          .anySatisfy(r -> assertThat(r).isCloseTo(gnumeric, within(1e-8 * Math.max(1, r))));
    }
  }

  @Test
  void xirr_pyxirr0993_findsBothRootsNearMinus100() {
    XirrResult.Rate rate = (XirrResult.Rate) Xirr.DEFAULT.xirr(CASES.get("pyxirr-0993"));

    assertThat(rate.uniqueness()).isEqualTo(XirrResult.Uniqueness.OTHERS_FOUND);
    assertThat(rate.otherRoots()).singleElement()
        .satisfies(r -> assertThat(r).isCloseTo(-0.99960, within(5e-6)));
  }

  @Test
  void xirr_lossOf85PercentInADay_keepsTheContinuousRate() {
    // r = 0.15^365 - 1 rounds to -1 in a double; ln(1 + r) = 365 ln(0.15) does not.
    XirrResult.Rate rate = (XirrResult.Rate) Xirr.DEFAULT.xirr(CASES.get("one-day-85pct"));

    assertThat(rate.continuousRate()).isCloseTo(365 * Math.log(0.15), within(1e-10));
    assertThat(rate.rate()).isEqualTo(-1.0);
  }

  @Test
  void xirr_100000DailyFlowsOver30Years_convergesToTheRateTheyWereBuiltWith() {
    List<CashFlow> flows = Fixtures.investor(100_000, 0.12, 42);
    XirrResult.Rate rate = (XirrResult.Rate) Xirr.DEFAULT.xirr(flows);

    assertThat(rate.rate()).isCloseTo(0.12, within(1e-9));
    assertMatchesReference(flows, rate.continuousRate());
    // Interim redemptions leave sign changes even after merging each day's flows, but the running
    // totals prove the root unique.
    assertThat(rate.signChanges()).isGreaterThan(1);
    assertThat(rate.uniqueness()).isEqualTo(XirrResult.Uniqueness.UNIQUE);

    List<CashFlow> shuffled = new ArrayList<>(flows);
    Collections.shuffle(shuffled, new Random(1));
    assertThat(Xirr.DEFAULT.xirr(shuffled).rateOrThrow()).isCloseTo(rate.rate(), within(1e-12));
  }

  @Test
  void xirr_randomFlowsWithManySignChanges_everyRootReturnedIsReal_everyNoRootHasNone() {
    SplittableRandom random = new SplittableRandom(2024);
    int rates = 0;
    for (int c = 0; c < 300; c++) {
      int n = 3 + random.nextInt(12);
      List<CashFlow> flows = new ArrayList<>();
      LocalDate day = LocalDate.of(2010, 1, 1);
      for (int i = 0; i < n; i++) {
        day = day.plusDays(1 + random.nextInt(random.nextBoolean() ? 10 : 400));
        double size = Math.exp(random.nextDouble(0, 10));
        flows.add(CashFlow.of(day, random.nextBoolean() ? size : -size));
      }
      XirrResult result = Xirr.DEFAULT.xirr(flows);
      if (result instanceof XirrResult.Rate rate) {
        rates++;
        assertMatchesReference(flows, rate.continuousRate());
        assertOtherRootsMatchReference(flows, rate);
      } else {
        XirrResult.NoRate none = (XirrResult.NoRate) result;
        assertThat(none.reason()).isIn(XirrResult.Reason.NO_ROOT,
            XirrResult.Reason.NO_SIGN_CHANGE, XirrResult.Reason.OUT_OF_RANGE);
        if (none.reason() == XirrResult.Reason.NO_ROOT && none.detail().contains("proven")) {
          assertNoSignChange(flows);
        }
      }
    }
    assertThat(rates).isGreaterThan(100);
  }

  private static void assertOtherRootsMatchReference(List<CashFlow> flows, XirrResult.Rate rate) {
    for (double other : rate.otherRoots()) {
      // Within 1e-6 of -100% the rate as a double has lost digits of ln(1 + r): log1p cannot
      // recover the root to 1e-8 (the chosen root is checked through its continuousRate).
      if (other > -1.0 + 1e-6) {
        assertMatchesReference(flows, Math.log1p(other));
      }
    }
  }

  private static void assertMatchesReference(List<CashFlow> flows, double x) {
    double reference = Fixtures.bisectNear(flows, x);
    double r = Math.expm1(x);
    double expected = Math.expm1(reference);
    assertThat(r).as("rate vs bisection")
        .isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
    assertThat(x).as("ln(1 + r) vs bisection")
        .isCloseTo(reference, within(1e-8 * Math.max(1, Math.abs(reference))));
  }

  /** No sign change of the net present value on a fine grid of ln(1 + r) from -40 to 40. */
  private static void assertNoSignChange(List<CashFlow> flows) {
    double first = Math.signum(Fixtures.npvLog(flows, -40));
    for (double x = -40; x <= 40; x += 0.005) {
      assertThat(Math.signum(Fixtures.npvLog(flows, x))).as("sign at ln(1 + r) = " + x)
          .isEqualTo(first);
    }
  }
}
