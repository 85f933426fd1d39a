package in.lumpsum.calc.returns;

import static in.lumpsum.calc.returns.Fixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XirrTest {

  /** Microsoft Excel help, "XIRR function", example: the result is 0.373362535 (37.3%). */
  private static final List<CashFlow> EXCEL = List.of(
      flow("2008-01-01", -10_000), flow("2008-03-01", 2_750), flow("2008-10-30", 4_250),
      flow("2009-02-15", 3_250), flow("2009-04-01", 2_750));

  @Test
  void xirr_excelHelpExample_matchesPublishedRate() {
    XirrResult result = Xirr.DEFAULT.xirr(EXCEL);

    assertThat(result).isInstanceOf(XirrResult.Rate.class);
    XirrResult.Rate rate = (XirrResult.Rate) result;
    // Published to 9 decimals, to within Excel's own tolerance (0.000001%); Gnumeric 1.12.55 gives
    // 0.3733625335188315 (xirr-gnumeric.csv).
    assertThat(rate.rate()).isCloseTo(0.373362535, within(2e-9));
    assertThat(rate.rate()).isCloseTo(0.3733625335188315, within(1e-14));
    assertThat(rate.uniqueness()).isEqualTo(XirrResult.Uniqueness.UNIQUE);
    assertThat(rate.signChanges()).isEqualTo(1);
    assertThat(rate.otherRootsExist()).isFalse();
    assertThat(rate.continuousRate()).isCloseTo(Math.log1p(rate.rate()), within(1e-15));
  }

  @Test
  void xnpv_excelHelpExample_matchesPublishedValue() {
    // Microsoft Excel help, "XNPV function" and WorksheetFunction.Xnpv: at 9%, 2086.6476 (2086.65).
    assertThat(Xirr.xnpv(0.09, EXCEL)).isCloseTo(2086.6476, within(5e-5));
    // At its own XIRR the net present value vanishes.
    assertThat(Xirr.xnpv(Xirr.DEFAULT.xirr(EXCEL).rateOrThrow(), EXCEL)).isCloseTo(0, within(1e-9));
  }

  @Test
  void xirr_flowsInAnyOrder_giveTheSameRate() {
    List<CashFlow> shuffled = new ArrayList<>(EXCEL);
    Collections.reverse(shuffled);

    assertThat(Xirr.DEFAULT.xirr(shuffled).rateOrThrow())
        .isEqualTo(Xirr.DEFAULT.xirr(EXCEL).rateOrThrow());
    // docs.rs/xirr crate example, flows out of date order: 0.1635371584432641.
    List<CashFlow> rust = List.of(flow("2015-06-11", -1000), flow("2015-07-21", -9000),
        flow("2018-06-10", 20000), flow("2015-10-17", -3000));
    assertThat(Xirr.DEFAULT.xirr(rust).rateOrThrow()).isCloseTo(0.1635371584432641, within(1e-15));
  }

  @Test
  void xirr_openOfficeHelpExample_isAbout12point4Percent() {
    // OpenOffice.org help for XIRR, republished by calcapp.net: "Returns roughly 12.4%".
    List<CashFlow> flows = List.of(flow("2008-02-05", -2750), flow("2008-07-05", 1000),
        flow("2009-01-05", 2000));
    assertThat(Xirr.DEFAULT.xirr(flows).rateOrThrow()).isCloseTo(0.124, within(0.0005));
  }

  @Test
  void irr_excelHelpExamples_matchPublishedRates() {
    // Microsoft Excel help, "IRR function": 8.7% after five years, -2.1% after four, and -44.4%
    // after two (there with a guess of -10%, which this solver does not need).
    double[] business = {-70_000, 12_000, 15_000, 18_000, 21_000, 26_000};
    assertThat(Xirr.DEFAULT.irr(business).rateOrThrow()).isCloseTo(0.087, within(0.0005));
    assertThat(Xirr.DEFAULT.irr(java.util.Arrays.copyOf(business, 5)).rateOrThrow())
        .isCloseTo(-0.021, within(0.0005));
    assertThat(Xirr.DEFAULT.irr(java.util.Arrays.copyOf(business, 3)).rateOrThrow())
        .isCloseTo(-0.444, within(0.0005));
    // Gnumeric 1.12.55: IRR = 0.08663094803653161.
    assertThat(Xirr.DEFAULT.irr(business).rateOrThrow())
        .isCloseTo(0.08663094803653161, within(1e-14));
  }

  @Test
  void mirr_excelHelpExamples_matchPublishedRates() {
    // Microsoft Excel help, "MIRR function": 13% after five years, -5% after three, 13% with a 14%
    // reinvestment rate (shown to whole percents); Gnumeric 1.12.55 gives 0.12609413036590515,
    // -0.04804465524998082 and 0.13475911082831485.
    double[] values = {-120_000, 39_000, 30_000, 21_000, 37_000, 46_000};
    assertThat(Xirr.mirr(values, 0.10, 0.12)).isCloseTo(0.12609413036590515, within(1e-14));
    assertThat(Xirr.mirr(java.util.Arrays.copyOf(values, 4), 0.10, 0.12))
        .isCloseTo(-0.04804465524998082, within(1e-14));
    assertThat(Xirr.mirr(values, 0.10, 0.14)).isCloseTo(0.13475911082831485, within(1e-14));
    assertThat(Math.round(Xirr.mirr(values, 0.10, 0.12) * 100)).isEqualTo(13);
  }

  @Test
  void mirr_withoutBothSigns_throws() {
    assertThatThrownBy(() -> Xirr.mirr(new double[] {100, 200}, 0.1, 0.1))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("values:");
    assertThatThrownBy(() -> Xirr.mirr(new double[] {-100}, 0.1, 0.1))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void npv_publishedExamples_firstValueDiscountedOnePeriod() {
    // Adobe FormCalc reference, NPV: NPV(0.10, 500, 1500, 4000, 10000) = 11529.60863329007 and
    // NPV(0.065, 5000) = 4694.83568075117 (Excel's convention: the first value one period away).
    assertThat(Xirr.npv(0.10, 500, 1500, 4000, 10000)).isCloseTo(11529.60863329007, within(1e-9));
    assertThat(Xirr.npv(0.065, 5000)).isCloseTo(4694.83568075117, within(1e-9));
    assertThat(Xirr.npv(0.1)).isZero();
  }

  @Test
  void xnpv_rateAtOrBelowMinus100_throws() {
    assertThatThrownBy(() -> Xirr.xnpv(-1.0, EXCEL)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("rate:");
    assertThat(Xirr.xnpv(0.1, List.of())).isZero();
  }

  @Test
  void xirr_sameDayOppositeFlows_areMergedBeforeSolving() {
    // A purchase reversed the same day must not leave two terms with equal discount factors.
    List<CashFlow> withReversal = List.of(flow("2021-01-01", -5000), flow("2021-01-01", 5000),
        flow("2021-01-01", -1000), flow("2021-06-01", -1000), flow("2022-01-01", 2300));
    List<CashFlow> net = List.of(flow("2021-01-01", -1000), flow("2021-06-01", -1000),
        flow("2022-01-01", 2300));

    assertThat(Xirr.DEFAULT.xirr(withReversal).rateOrThrow())
        .isEqualTo(Xirr.DEFAULT.xirr(net).rateOrThrow());
  }

  @Test
  void xirr_nothingToSolve_givesTypedReasons() {
    assertThat(reason(List.of())).isEqualTo(XirrResult.Reason.EMPTY);
    assertThat(reason(List.of(flow("2021-01-01", -5000), flow("2021-01-01", 5000))))
        .isEqualTo(XirrResult.Reason.EMPTY);
    assertThat(reason(List.of(flow("2021-01-01", -5000), flow("2021-02-01", -5000))))
        .isEqualTo(XirrResult.Reason.NO_SIGN_CHANGE);
    // Opposite flows on one date only: no time for money to grow.
    assertThat(reason(List.of(flow("2021-01-01", -5000), flow("2021-01-01", 6000))))
        .isEqualTo(XirrResult.Reason.NO_SIGN_CHANGE);
    // Tenfold in a day: a root exists, but r = 10^365 - 1 overflows a double.
    assertThat(reason(List.of(flow("2021-01-01", -100), flow("2021-01-02", 1000))))
        .isEqualTo(XirrResult.Reason.OUT_OF_RANGE);
  }

  @Test
  void xirr_noRoot_isProvenByRunningTotals() {
    // RayDeCampo/java-xirr issue 20: -, -, +, -, -, -; two sign changes, but the running totals
    // never change sign either way, so the net present value has no zero.
    XirrResult result = Xirr.DEFAULT.xirr(Fixtures.cases().get("decampo-20"));

    assertThat(result).isInstanceOf(XirrResult.NoRate.class);
    XirrResult.NoRate none = (XirrResult.NoRate) result;
    assertThat(none.reason()).isEqualTo(XirrResult.Reason.NO_ROOT);
    assertThat(none.detail()).contains("proven");
    assertThat(none.iterations()).isZero();
    assertThat(none.toOptional()).isEmpty();
  }

  @Test
  void xirr_twoRoots_returnsTheOneNearestTheGuess_andListsTheOther() {
    // -100, +230, -132 a year apart: 100 u^2 - 230 u + 132 = 0 for u = 1 + r, so r = 10% or 20%.
    List<CashFlow> flows = List.of(flow("2020-01-01", -100), flow("2020-12-31", 230),
        flow("2021-12-31", -132));

    XirrResult.Rate nearTen = (XirrResult.Rate) Xirr.DEFAULT.xirr(flows);
    XirrResult.Rate nearTwenty =
        (XirrResult.Rate) Xirr.builder().guess(0.25).build().xirr(flows);

    assertThat(nearTen.rate()).isCloseTo(0.10, within(1e-12));
    assertThat(nearTen.uniqueness()).isEqualTo(XirrResult.Uniqueness.OTHERS_FOUND);
    assertThat(nearTen.otherRoots()).hasSize(1);
    assertThat(nearTen.otherRoots().get(0)).isCloseTo(0.20, within(1e-12));
    assertThat(nearTen.signChanges()).isEqualTo(2);
    assertThat(nearTwenty.rate()).isCloseTo(0.20, within(1e-12));
    assertThat(nearTwenty.otherRoots().get(0)).isCloseTo(0.10, within(1e-12));
  }

  @Test
  void xirr_guessAtTheStationaryPoint_stillConverges() {
    // Between the roots 10% and 20% the derivative vanishes at u = 1.15: Newton from there
    // divides by zero. The bracket does not care.
    List<CashFlow> flows = List.of(flow("2020-01-01", -100), flow("2020-12-31", 230),
        flow("2021-12-31", -132));
    XirrResult result = Xirr.builder().guess(0.15).build().xirr(flows);

    assertThat(result.rateOrThrow()).isCloseTo(0.20, within(1e-12));
  }

  @Test
  void xirr_iterationLimitTooLow_givesNoConvergence_withLastEstimate() {
    XirrResult result = Xirr.builder().maxIterations(1).build().xirr(EXCEL);

    assertThat(result).isInstanceOf(XirrResult.NoRate.class);
    XirrResult.NoRate none = (XirrResult.NoRate) result;
    assertThat(none.reason()).isEqualTo(XirrResult.Reason.NO_CONVERGENCE);
    assertThat(none.iterations()).isEqualTo(1);
    assertThat(none.lastEstimate()).isBetween(0.2, 0.5);
  }

  @Test
  void rateOrThrow_noRate_throwsNoSolutionException_withTheEvidence() {
    XirrResult result = Xirr.builder().maxIterations(1).build().xirr(EXCEL);

    assertThatThrownBy(result::rateOrThrow).isInstanceOfSatisfying(NoSolutionException.class,
        e -> {
          assertThat(e.reason()).isEqualTo(XirrResult.Reason.NO_CONVERGENCE);
          assertThat(e.iterations()).isEqualTo(1);
          assertThat(e.lastEstimate()).isBetween(0.2, 0.5);
          assertThat(e).hasMessageContaining("NO_CONVERGENCE");
        });
    assertThatThrownBy(() -> Xirr.DEFAULT.xirr(List.of()).rateOrThrow())
        .isInstanceOf(NoSolutionException.class).hasMessageContaining("EMPTY");
  }

  @Test
  void builder_rejectsSettingsOutOfRange() {
    assertThatThrownBy(() -> Xirr.builder().tolerance(0)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("tolerance:");
    assertThatThrownBy(() -> Xirr.builder().maxIterations(0))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Xirr.builder().guess(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("guess:");
    Xirr custom = Xirr.builder().tolerance(1e-12).maxIterations(50).guess(0.2).build();
    assertThat(custom.tolerance()).isEqualTo(1e-12);
    assertThat(custom.maxIterations()).isEqualTo(50);
    assertThat(custom.guess()).isEqualTo(0.2);
    assertThat(Xirr.DEFAULT.guess()).isEqualTo(0.1);
  }

  @Test
  void cashFlow_signsAndValidation() {
    LocalDate day = LocalDate.of(2024, 4, 1);
    assertThat(CashFlow.paid(day, Money.parse("5000")).amount()).isEqualTo(-5000.0);
    assertThat(CashFlow.received(day, Money.parse("5100.25")).amount()).isEqualTo(5100.25);
    assertThat(CashFlow.of(day, new java.math.BigDecimal("-1234.56")).amount()).isEqualTo(-1234.56);
    assertThatThrownBy(() -> CashFlow.of(day, Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("amount:");
    assertThatThrownBy(() -> CashFlow.paid(day, Money.parse("-1")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CashFlow.of(null, 1.0)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void xirr_unsortedInput_matchesSorted_denseAndSparse() {
    // Dense dates (bucketed) and a sparse range (sorted) take different merge paths.
    List<CashFlow> dense = Fixtures.investor(5_000, 0.11, 7);
    List<CashFlow> sparse = new ArrayList<>(Fixtures.investor(50, 0.09, 8));
    sparse.add(flow("1900-01-01", -1.0));
    sparse.add(flow("2100-01-01", 1.0));
    for (List<CashFlow> sorted : List.of(dense, sparse)) {
      List<CashFlow> shuffled = new ArrayList<>(sorted);
      Collections.shuffle(shuffled, new Random(3));
      assertThat(Xirr.DEFAULT.xirr(shuffled).rateOrThrow())
          .isCloseTo(Xirr.DEFAULT.xirr(sorted).rateOrThrow(), within(1e-12));
    }
    assertThat(Xirr.DEFAULT.xirr(dense).rateOrThrow()).isCloseTo(0.11, within(1e-10));
  }

  @Test
  void irr_periodicValues_withZeros_andNoSignChange() {
    // Zeros are periods without a flow: -100 now, nothing for a period, 121 after two periods.
    assertThat(Xirr.DEFAULT.irr(-100, 0, 121).rateOrThrow()).isCloseTo(0.10, within(1e-14));
    assertThat(Xirr.DEFAULT.irr(-100, -50).toOptional()).isEmpty();
    assertThatThrownBy(() -> Xirr.DEFAULT.irr(-100, Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidValueException.class);
  }

  private static XirrResult.Reason reason(List<CashFlow> flows) {
    XirrResult result = Xirr.DEFAULT.xirr(flows);
    assertThat(result).isInstanceOf(XirrResult.NoRate.class);
    return ((XirrResult.NoRate) result).reason();
  }

  @Test
  void irr_aLowIterationLimit_boundsEachRoot_notTheSearchForCloseRoots() {
    // Four periodic values with three sign changes: the scan looks inside cells for roots closer
    // than its grid. That search has its own budget, so a limit of 10 iterations a root still
    // finds the rate the default finds.
    XirrResult.Rate full = (XirrResult.Rate) Xirr.DEFAULT.irr(-100, 500, -600, 250);
    for (int limit : new int[] {10, 20}) {
      XirrResult low = Xirr.builder().maxIterations(limit).build().irr(-100, 500, -600, 250);
      assertThat(low).as("maxIterations " + limit).isInstanceOf(XirrResult.Rate.class);
      assertThat(((XirrResult.Rate) low).rate()).isCloseTo(full.rate(), within(1e-9));
    }
  }

  @Test
  void irr_aRootOnAScanGridPoint_isCountedOnce_andTheCellBeforeItIsSearched() {
    // -1 + b y - c y^2 in y = 1 / (1 + r): roots y = (b ± sqrt(b^2 - 4c)) / 2c. In the first case a
    // root falls on a point of the solver's scan grid (ln(1 + r) = 0.018367...): it was listed
    // twice. In the second the root at ln(1 + r) = 0.522 is on a grid point and the other, at
    // 0.432, in the cell before it: it was missed.
    double[][] cases = {{3.1872263284471045, 2.208890106126441},
        {3.225437889725029, 2.5955746070194343}};
    for (double[] bc : cases) {
      double b = bc[0];
      double c = bc[1];
      double d = Math.sqrt(b * b - 4 * c);
      double r1 = 2 * c / (b + d) - 1;
      double r2 = 2 * c / (b - d) - 1;
      XirrResult result = Xirr.DEFAULT.irr(-1, b, -c);
      assertThat(result).isInstanceOf(XirrResult.Rate.class);
      XirrResult.Rate rate = (XirrResult.Rate) result;
      List<Double> all = new ArrayList<>(rate.otherRoots());
      all.add(rate.rate());
      assertThat(all).as("b = " + b).hasSize(2);
      assertThat(all).anySatisfy(r -> assertThat(r).isCloseTo(r1, within(1e-9)));
      assertThat(all).anySatisfy(r -> assertThat(r).isCloseTo(r2, within(1e-9)));
    }
  }

  @Test
  void irr_aDoubleRoot_whereTheValueOnlyTouchesZero_isFoundOnce() {
    // -1 + 2u y - u^2 y^2 = -(1 - u y)^2 in y = 1 / (1 + r): the value touches zero at r = u - 1
    // and is negative everywhere else, so its computed minimum is rounding noise of either sign.
    for (double u : new double[] {0.2, 0.5, 0.9, 1.05, 1.1, 1.2, 1.7, 2.5, 4.0, 20.0}) {
      XirrResult result = Xirr.DEFAULT.irr(-1, 2 * u, -u * u);
      assertThat(result).as("u = " + u).isInstanceOf(XirrResult.Rate.class);
      XirrResult.Rate rate = (XirrResult.Rate) result;
      // A double root is ill-conditioned: rounding of 1e-16 moves it by about 1e-8.
      assertThat(rate.rate()).as("u = " + u).isCloseTo(u - 1, within(1e-6 * u));
      assertThat(rate.otherRoots()).as("u = " + u).isEmpty();
      assertThat(rate.uniqueness()).isEqualTo(XirrResult.Uniqueness.OTHERS_POSSIBLE);
    }
  }

  @Test
  void xirr_aNearMissByAFractionOfAPaisa_hasNoRate() {
    // -a + b y - c y^2 with b^2 - 4ac = -3 (in paise squared): negative at every rate, its maximum
    // about 2e-13 of the flows below zero. Not a double root.
    for (double[] abc : new double[][] {{10_003.57, 19_354.95, 9_362.01},
        {10_001.59, 18_247.25, 8_322.73}}) {
      XirrResult result = Xirr.DEFAULT.xirr(List.of(flow("2021-01-01", -abc[0]),
          flow("2022-01-01", abc[1]), flow("2023-01-01", -abc[2])));
      assertThat(result).as(java.util.Arrays.toString(abc)).isInstanceOf(XirrResult.NoRate.class);
      assertThat(((XirrResult.NoRate) result).reason()).isEqualTo(XirrResult.Reason.NO_ROOT);
    }
  }

  @Test
  void xirr_ofArrays_namesTheBadArgument() {
    long[] days = {LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2025, 1, 1).toEpochDay()};
    assertThatThrownBy(() -> Xirr.DEFAULT.xirr(days, new double[] {-100}))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("amounts");
    assertThatThrownBy(() -> Xirr.DEFAULT.xirr(days, new double[] {-100, Double.NaN}))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("amounts[1]");
    assertThat(Xirr.DEFAULT.xirr(new long[0], new double[0]))
        .isInstanceOf(XirrResult.NoRate.class);
    // Excel's XIRR help example (EXCEL above), as arrays out of date order: 0.373362535.
    long[] excel = {date("2009-04-01"), date("2008-10-30"), date("2008-01-01"), date("2009-02-15"),
        date("2008-03-01")};
    double[] amounts = {2_750, 4_250, -10_000, 3_250, 2_750};
    assertThat(Xirr.DEFAULT.xirr(excel, amounts)).isEqualTo(Xirr.DEFAULT.xirr(EXCEL));
    assertThat(Xirr.DEFAULT.xirr(excel, amounts).rateOrThrow()).isCloseTo(0.373362535,
        within(2e-9));
  }

  private static long date(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }
}
