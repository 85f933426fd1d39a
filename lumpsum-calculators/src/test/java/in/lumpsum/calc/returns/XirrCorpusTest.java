package in.lumpsum.calc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * published; every case without a rate has the right reason. Every answer, here and on two random
 * corpora, is also checked against {@link NpvGrid}: the sign of the net present value, evaluated
 * independently on a fine grid over the solver's whole domain.
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
      assertAgreesWithGrid(name, flows, result);
      return;
    }
    assertThat(result).as(name).isInstanceOf(XirrResult.Rate.class);
    XirrResult.Rate rate = (XirrResult.Rate) result;
    assertMatchesReference(flows, rate.continuousRate());
    if (flows.size() <= 1_000) {
      assertAgreesWithGrid(name, flows, result);
    }
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
      }
      // Every answer, rate or not, against the sign of the net present value over the whole domain.
      assertAgreesWithGrid("random case " + c + " " + flows, flows, result);
    }
    assertThat(rates).isGreaterThan(100);
  }

  /**
   * Flows days apart whose sizes span 26 orders of magnitude, and pairs of flows: rates within a
   * hair of -100%, above +1,000%, beyond a double (OUT_OF_RANGE), with several sign changes; every
   * answer checked against the grid over the whole domain.
   */
  @Test
  void xirr_randomExtremeRatesAndTwoFlows_everyAnswerAgreesWithTheGrid() {
    SplittableRandom random = new SplittableRandom(2026);
    int nearMinus100 = 0;
    int above1000 = 0;
    int outOfRange = 0;
    int noRoot = 0;
    for (int c = 0; c < 300; c++) {
      boolean pair = c % 2 == 1;
      int n = pair ? 2 : 3 + random.nextInt(10);
      List<CashFlow> flows = new ArrayList<>();
      LocalDate day = LocalDate.of(2020, 1, 1);
      for (int i = 0; i < n; i++) {
        day = day.plusDays(pair ? 1 + random.nextInt(3650) : 1 + random.nextInt(3));
        double size = Math.exp(random.nextDouble(0, 60));
        flows.add(CashFlow.of(day, random.nextBoolean() ? size : -size));
      }
      XirrResult result = Xirr.DEFAULT.xirr(flows);
      if (result instanceof XirrResult.Rate rate) {
        nearMinus100 += rate.rate() < -0.999 ? 1 : 0;
        above1000 += rate.rate() > 10 ? 1 : 0;
        assertMatchesReference(flows, rate.continuousRate());
        assertOtherRootsMatchReference(flows, rate);
      } else {
        XirrResult.NoRate none = (XirrResult.NoRate) result;
        outOfRange += none.reason() == XirrResult.Reason.OUT_OF_RANGE ? 1 : 0;
        noRoot += none.reason() == XirrResult.Reason.NO_ROOT ? 1 : 0;
      }
      assertAgreesWithGrid("extreme case " + c + " " + flows, flows, result);
    }
    // The corpus reaches every hard region.
    assertThat(nearMinus100).isGreaterThan(20);
    assertThat(above1000).isGreaterThan(20);
    assertThat(outOfRange).isGreaterThan(10);
    assertThat(noRoot).isGreaterThan(10);
  }

  /**
   * Two roots in one cell of the solver's scan (its grid in |ln(1 + r)| has a ratio of 1.25): three
   * yearly flows whose net present value is a quadratic in {@code y = 1 / (1 + r)} with two
   * simple roots. The grid finds both; the solver once said NO_ROOT (it now splits a cell where
   * the net present value turns).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("twoRootsInOneScanCell")
  void xirr_twoRootsInOneScanCell_findsARate(String name, List<CashFlow> flows,
      double[] roots) {
    XirrResult result = Xirr.DEFAULT.xirr(flows);

    assertAgreesWithGrid(name, flows, result);
    assertThat(result).as(name).isInstanceOf(XirrResult.Rate.class);
    XirrResult.Rate rate = (XirrResult.Rate) result;
    List<Double> all = new ArrayList<>(rate.otherRoots());
    all.add(rate.rate());
    assertThat(all).as(name).hasSize(2);
    for (double root : roots) {
      assertThat(all).anySatisfy(r -> assertThat(r).isCloseTo(root, within(1e-8 * Math.abs(root))));
    }
  }

  static Stream<Arguments> twoRootsInOneScanCell() {
    // 2001-01-01 to 2002-01-01 to 2003-01-01: 365 days each, so y = 1 / (1 + r) exactly.
    // 30 - 11 y + y^2 = (y - 5)(y - 6): r = -4/5 and r = -5/6.
    List<CashFlow> nearMinus100 = List.of(Fixtures.flow("2001-01-01", 30),
        Fixtures.flow("2002-01-01", -11), Fixtures.flow("2003-01-01", 1));
    // -1 + 22 y - 120 y^2 = -(10 y - 1)(12 y - 1): r = 9 and r = 11.
    List<CashFlow> above1000 = List.of(Fixtures.flow("2001-01-01", -1),
        Fixtures.flow("2002-01-01", 22), Fixtures.flow("2003-01-01", -120));
    return Stream.of(
        Arguments.of("30,-11,1", nearMinus100, new double[] {-0.8, -5.0 / 6}),
        Arguments.of("-1,22,-120", above1000, new double[] {9.0, 11.0}));
  }

  /**
   * Roots placed on purpose, from far apart to a ratio of 1 + 1e-4 (two roots) or 1 + 1e-3 (three)
   * in {@code y = 1 / (1 + r)}: yearly flows whose net present value is {@code (y - y1)(y - y2)} or
   * {@code (y - y1)(y - y2)(y - y3)}, with every root a rate from -95% to +1,900%. The solver must
   * find every one, to 1e-8 relative, whatever cell of its scan they fall in. (40,000 cases of
   * another seed passed too; 400 are kept here.)
   */
  @Test
  void xirr_rootsPlacedCloseTogether_areAllFound() {
    SplittableRandom random = new SplittableRandom(2026);
    for (int c = 0; c < 400; c++) {
      boolean cubic = c % 2 == 1;
      double y1 = Math.exp(random.nextDouble(Math.log(0.05), Math.log(20)));
      // Closer roots are worse conditioned: a rounding of 1e-16 in a coefficient moves a root by
      // about 1e-16 over the product of its distances to the others, so the closest pairs are
      // 1e-4 apart for two roots and 1e-3 for three, where that stays below 1e-10.
      double closest = cubic ? 1e-3 : 1e-4;
      double y2 = y1 * (1 + Math.exp(random.nextDouble(Math.log(closest), Math.log(0.5))));
      double y3 = y2 * (1 + Math.exp(random.nextDouble(Math.log(closest), Math.log(0.5))));
      double[] coefficients = cubic
          ? new double[] {-y1 * y2 * y3, y1 * y2 + y1 * y3 + y2 * y3, -(y1 + y2 + y3), 1}
          : new double[] {y1 * y2, -(y1 + y2), 1};
      List<CashFlow> flows = new ArrayList<>();
      for (int k = 0; k < coefficients.length; k++) {
        // 2001 to 2004 has no 29 February: 365 days a year, so y = 1 / (1 + r) exactly.
        flows.add(CashFlow.of(LocalDate.of(2001 + k, 1, 1), coefficients[k]));
      }
      double[] expected = cubic ? new double[] {y1, y2, y3} : new double[] {y1, y2};
      XirrResult result = Xirr.DEFAULT.xirr(flows);
      String name = "case " + c + " " + flows;
      assertThat(result).as(name).isInstanceOf(XirrResult.Rate.class);
      XirrResult.Rate rate = (XirrResult.Rate) result;
      List<Double> all = new ArrayList<>(rate.otherRoots());
      all.add(rate.rate());
      assertThat(all).as(name).hasSize(expected.length);
      for (double y : expected) {
        double root = 1 / y - 1;
        assertThat(all).as(name).anySatisfy(r -> assertThat(r)
            .isCloseTo(root, within(1e-8 * Math.max(1, Math.abs(root)))));
      }
      assertThat(rate.uniqueness()).as(name).isEqualTo(XirrResult.Uniqueness.OTHERS_FOUND);
    }
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

  /**
   * Checks a result against {@link NpvGrid}, the sign of the net present value evaluated
   * independently on a fine grid over the solver's whole domain, {@code ln(1 + r)} from
   * {@link RateSolver#MIN_X} to {@link Xirr#MAX_CONTINUOUS_RATE}:
   * <ul>
   *   <li>a rate (and every other root listed) lies in a grid cell across which the sign changes,
   *       within 1e-8 of the root bisected in that cell;</li>
   *   <li>a rate said to be unique is the only sign change on the grid;</li>
   *   <li>{@code EMPTY}: no non-zero flow after merging; {@code NO_SIGN_CHANGE}: all merged flows
   *       have one sign;</li>
   *   <li>{@code NO_ROOT}: no sign change anywhere on the grid, and the sign at both ends of the
   *       domain is the sign at the limits (the earliest flow's as r grows without bound, the
   *       latest's towards -100%), so no root lies beyond either end;</li>
   *   <li>{@code OUT_OF_RANGE}: no sign change on the grid, and the sign at the top of the domain
   *       differs from the earliest flow's, so the root lies above it.</li>
   * </ul>
   */
  static void assertAgreesWithGrid(String name, List<CashFlow> flows, XirrResult result) {
    NpvGrid grid = NpvGrid.of(flows);
    if (result instanceof XirrResult.NoRate none) {
      switch (none.reason()) {
        case EMPTY -> assertThat(grid.size()).as(name + ": EMPTY but merged flows").isZero();
        case NO_SIGN_CHANGE -> assertThat(grid.size() <= 1
                || Arrays.stream(grid.flowSigns()).distinct().count() == 1)
            .as(name + ": NO_SIGN_CHANGE but the merged flows have both signs").isTrue();
        case NO_ROOT -> {
          assertThat(grid.signChanges()).as(name + ": NO_ROOT (%s), but the net present value"
              + " changes sign across these cells in ln(1 + r)", none.detail())
              .extracting(Arrays::toString).isEmpty();
          assertThat(grid.signAtMax()).as(name + ": NO_ROOT, sign at ln(1 + r) = MAX")
              .isEqualTo(grid.signAtPlusInfinity());
          assertThat(grid.signAtMin()).as(name + ": NO_ROOT, sign at ln(1 + r) = MIN_X")
              .isEqualTo(grid.signAtMinusInfinity());
        }
        case OUT_OF_RANGE -> {
          assertThat(grid.signChanges()).as(name + ": OUT_OF_RANGE, but the net present value"
              + " changes sign inside the domain across these cells")
              .extracting(Arrays::toString).isEmpty();
          assertThat(grid.signAtMax()).as(name + ": OUT_OF_RANGE, sign at ln(1 + r) = MAX")
              .isNotZero().isNotEqualTo(grid.signAtPlusInfinity());
        }
        default -> throw new AssertionError(name + ": unexpected " + none);
      }
      return;
    }
    XirrResult.Rate rate = (XirrResult.Rate) result;
    List<double[]> cells = grid.signChanges();
    assertMatchesGridRoot(name, grid, cells, rate.continuousRate());
    for (double other : rate.otherRoots()) {
      // As in assertOtherRootsMatchReference: within 1e-6 of -100% the double has lost ln(1 + r).
      if (other > -1.0 + 1e-6) {
        assertMatchesGridRoot(name + " other root " + other, grid, cells, Math.log1p(other));
      }
    }
    if (rate.uniqueness() == XirrResult.Uniqueness.UNIQUE) {
      assertThat(cells).as(name + ": said unique, sign changes on the grid")
          .extracting(Arrays::toString).hasSize(1);
    } else if (rate.uniqueness() == XirrResult.Uniqueness.OTHERS_FOUND) {
      assertThat(cells.size()).as(name + ": other roots found, sign changes on the grid")
          .isGreaterThanOrEqualTo(1 + (int) rate.otherRoots().stream()
              .filter(o -> o > -1.0 + 1e-6).count());
    }
  }

  /** The root x lies in a grid cell with a sign change, within 1e-8 of the root bisected there. */
  private static void assertMatchesGridRoot(String name, NpvGrid grid, List<double[]> cells,
      double x) {
    double[] cell = null;
    for (double[] c : cells) {
      double slack = 1e-9 * Math.max(1, Math.abs(x));
      if (x >= c[0] - slack && x <= c[1] + slack) {
        cell = c;
      }
    }
    assertThat(cell).as(name + ": no sign change on the grid around ln(1 + r) = " + x).isNotNull();
    double reference = grid.bisect(cell);
    double expected = Math.expm1(reference);
    assertThat(Math.expm1(x)).as(name + ": rate vs bisection in the grid cell")
        .isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
    assertThat(x).as(name + ": ln(1 + r) vs bisection in the grid cell")
        .isCloseTo(reference, within(1e-8 * Math.max(1, Math.abs(reference))));
  }
}
