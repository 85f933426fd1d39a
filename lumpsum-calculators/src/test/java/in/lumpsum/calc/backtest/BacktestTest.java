package in.lumpsum.calc.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.ExitLoadTier;
import in.lumpsum.calc.charges.SecuritiesTransactionTax;
import in.lumpsum.calc.returns.XirrResult;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BacktestTest {

  private static final SchemeCode FUND = SchemeCode.of(100001);
  private static final SchemeCode LIQUID = SchemeCode.of(100002);

  /** Weekday NAVs from a start, growing by a daily factor, rounded to 4 decimals. */
  private static NavSeries weekdays(LocalDate from, LocalDate to, double start, double daily) {
    NavSeries.Builder b = NavSeries.builder();
    double nav = start;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        b.add(d, BigDecimal.valueOf(nav).setScale(4, RoundingMode.HALF_UP));
      }
      nav *= daily;
    }
    return b.build();
  }

  private static List<Transaction> ofType(BacktestResult r, TransactionType type) {
    return r.transactions().stream().filter(t -> t.type() == type).toList();
  }

  /** A series from "yyyy-mm-dd=value" pairs. */
  private static NavSeries series(String... points) {
    NavSeries.Builder b = NavSeries.builder();
    for (String p : points) {
      String[] kv = p.split("=");
      b.add(LocalDate.parse(kv[0]), new BigDecimal(kv[1]));
    }
    return b.build();
  }

  @Test
  void sip_allotsOnTheNextNav_roundsUnits_andChargesStampDutyFromJuly2020() {
    NavSeries navs = weekdays(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31), 20.0, 1.0003);
    // The 4th: 2020-01-04 is a Saturday, so January's instalment is allotted on Monday the 6th.
    BacktestResult r = Backtest.DEFAULT.sip(BacktestFund.of(FUND, navs, true),
        Money.ofRupees(10_000), LocalDate.of(2020, 1, 4), LocalDate.of(2020, 12, 31));
    List<Transaction> sips = ofType(r, TransactionType.SIP_PURCHASE);
    assertThat(sips).hasSize(12);
    assertThat(sips.get(0).tradeDate()).isEqualTo(LocalDate.of(2020, 1, 6));
    for (Transaction t : sips) {
      Nav nav = t.nav().orElseThrow();
      assertThat(t.units()).isEqualTo(Units.allotted(t.amount(), nav));
      assertThat(t.units().value().scale()).isEqualTo(3);
      assertThat(navs.exact(t.tradeDate())).isPresent();
    }
    // Stamp duty: none before 1 July 2020; from then 10,000 × 0.00005 / 1.00005 = ₹0.50 a month.
    List<Transaction> duty = ofType(r, TransactionType.STAMP_DUTY);
    assertThat(duty).hasSize(6).allSatisfy(
        t -> assertThat(t.tradeDate()).isAfterOrEqualTo(LocalDate.of(2020, 7, 1)));
    assertThat(duty.get(0).amount()).isEqualTo(Money.of(new BigDecimal("0.50")));
    assertThat(sips.get(6).amount()).isEqualTo(Money.of(new BigDecimal("9999.50")));
    assertThat(sips.get(5).amount()).isEqualTo(Money.ofRupees(10_000));
    assertThat(r.stampDuty()).isEqualTo(Money.ofRupees(3));
    assertThat(r.paidIn()).isEqualTo(Money.ofRupees(120_000));
    // The last holding point is the final value at the end date.
    HoldingPoint last = r.holdings().get(r.holdings().size() - 1);
    assertThat(last.date()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(last.value()).isEqualTo(r.finalValue());
    assertThat(last.units().value()).isEqualTo(sips.stream().map(t -> t.units().value())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    // Rising NAVs, about 0.03% a trading day: a positive XIRR near (1.0003^(365)) − 1 ≈ 11.6%.
    assertThat(r.xirr().rateOrThrow()).isBetween(0.08, 0.15);
    assertThat(r.gain().signum()).isPositive();
  }

  @Test
  void sip_flatNav_noCharges_xirrIsAboutZero_andTheBenchmarkOnTheSameSeriesAgrees() {
    NavSeries navs = weekdays(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 31), 10.0, 1.0);
    BacktestResult r = Backtest.DEFAULT.sip(BacktestFund.of(FUND, navs, true),
        Money.ofRupees(1_000), LocalDate.of(2015, 1, 10), LocalDate.of(2017, 12, 31),
        Optional.of(navs));
    assertThat(r.xirr().rateOrThrow()).isCloseTo(0.0, within(1e-4));
    BenchmarkResult b = r.benchmark().orElseThrow();
    assertThat(b.finalValue().toDouble()).isCloseTo(36_000, within(0.01));
    assertThat(b.xirr().rateOrThrow()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void sip_benchmarkHoldings_byHand() {
    // A flat fund (NAV 10, no charges before July 2020) and an index without a value on
    // 1 February 2019, so February's cash buys at the next value (4 Feb, 125) but the holding of
    // 1 February is valued, as the fund's, at the value on or before (31 Jan, 110).
    NavSeries fund = series("2019-01-01=10", "2019-02-01=10", "2019-03-01=10", "2019-03-29=10");
    NavSeries index = series("2019-01-01=100", "2019-01-31=110", "2019-02-04=125",
        "2019-03-01=80", "2019-03-29=90");
    BacktestResult r = Backtest.DEFAULT.sip(BacktestFund.of(FUND, fund, false),
        Money.ofRupees(1_000), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31),
        Optional.of(index));
    BenchmarkResult b = r.benchmark().orElseThrow();
    // Units: 1000/100 = 10; + 1000/125 = 8 → 18; + 1000/80 = 12.5 → 30.5.
    // Values: 10 × 100 = 1,000; 18 × 110 = 1,980; 30.5 × 80 = 2,440; at the end (31 Mar, valued
    // at 29 Mar) 30.5 × 90 = 2,745.
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::date)
        .containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1),
            LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31))
        .isEqualTo(r.holdings().stream().map(HoldingPoint::date).toList());
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::units)
        .containsExactly(10.0, 18.0, 30.5, 30.5);
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::level)
        .containsExactly(100.0, 110.0, 80.0, 90.0);
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::value)
        .containsExactly(Money.ofRupees(1_000), Money.ofRupees(1_980), Money.ofRupees(2_440),
            Money.ofRupees(2_745));
    assertThat(b.finalValue()).isEqualTo(Money.ofRupees(2_745));
    // The flows are on the index's dates: February's on the 4th.
    assertThat(b.flows()).extracting(f -> f.date()).containsExactly(LocalDate.of(2019, 1, 1),
        LocalDate.of(2019, 2, 4), LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
  }

  @Test
  void swp_benchmarkHoldings_byHand_aSaleLargerThanTheIndexHoldingSellsItAll() {
    // ₹1,000 into a flat fund (NAV 10: 100 units), ₹600 (60 units) out on 1 February and the
    // 40 units left (₹400) on 1 March. A debt fund without exit load: no STT, no load.
    NavSeries fund = series("2019-01-01=10", "2019-02-01=10", "2019-03-01=10", "2019-03-29=10");
    NavSeries index = series("2019-01-01=100", "2019-01-31=110", "2019-02-04=125",
        "2019-03-01=70", "2019-03-29=90");
    BacktestResult r = Backtest.DEFAULT.swp(BacktestFund.of(FUND, fund, false),
        Money.ofRupees(1_000), Money.ofRupees(600), LocalDate.of(2019, 1, 1),
        LocalDate.of(2019, 3, 31), Optional.of(index));
    BenchmarkResult b = r.benchmark().orElseThrow();
    // Index: 1000/100 = 10 units; 1 Feb sells 600/125 = 4.8 at 4 Feb → 5.2, valued at 31 Jan's
    // 110: 572; 1 Mar wants 400 but 5.2 × 70 = 364 is all there is: sells all → 0, worth 0.
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::date)
        .isEqualTo(r.holdings().stream().map(HoldingPoint::date).toList());
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::units)
        .containsExactly(10.0, 5.2, 0.0, 0.0);
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::value)
        .containsExactly(Money.ofRupees(1_000), Money.ofRupees(572), Money.ZERO, Money.ZERO);
    assertThat(b.finalValue()).isEqualTo(Money.ZERO);
    assertThat(b.flows()).hasSize(3);
    assertThat(b.flows().get(2).amount()).isCloseTo(364, within(1e-9));
  }

  @Test
  void stp_benchmarkHoldings_onePointADate_forBothSchemes() {
    NavSeries liquid = weekdays(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 8, 31), 1000, 1.0);
    NavSeries equity = weekdays(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 8, 31), 40, 1.0004);
    BacktestResult r = Backtest.DEFAULT.stp(BacktestFund.of(LIQUID, liquid, false),
        BacktestFund.of(FUND, equity, true), Money.ofRupees(300_000), Money.ofRupees(50_000),
        LocalDate.of(2021, 1, 4), LocalDate.of(2021, 7, 31), Optional.of(equity));
    BenchmarkResult b = r.benchmark().orElseThrow();
    // Both schemes share every date, so the fund's holdings come in pairs (source, target).
    assertThat(r.holdings()).hasSize(2 * b.holdings().size());
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::date)
        .isEqualTo(r.holdings().stream().map(HoldingPoint::date).distinct().toList());
    // On each switch date the switch out, its STT, the switch in and its stamp duty net to zero:
    // only the lump sum (₹3,00,000, stamp duty included) is in the index, bought on 4 January.
    double units = 300_000 / equity.navAsDouble(equity.indexOf(LocalDate.of(2021, 1, 4)));
    assertThat(b.holdings()).allSatisfy(h -> assertThat(h.units()).isEqualTo(units));
    assertThat(b.holdings().get(b.holdings().size() - 1).value()).isEqualTo(b.finalValue());
  }

  @Test
  void swp_chargesExitLoadWithinAYear_andSttOnEquity() {
    NavSeries navs = weekdays(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 6, 30), 50.0, 1.0002);
    ExitLoadSchedule onePercentForAYear = ExitLoadSchedule.of(
        ExitLoadTier.days(365, new BigDecimal("0.01")));
    BacktestFund fund = BacktestFund.of(FUND, navs, true).withExitLoad(onePercentForAYear);
    BacktestResult r = Backtest.DEFAULT.swp(fund, Money.ofRupees(500_000), Money.ofRupees(20_000),
        LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), Optional.empty());
    List<Transaction> out = ofType(r, TransactionType.REDEMPTION);
    assertThat(out).hasSize(23);
    LocalDate bought = ofType(r, TransactionType.PURCHASE).get(0).tradeDate();
    for (Transaction t : out) {
      Money gross = t.units().valueAt(t.nav().orElseThrow());
      // ExitLoadTier: within the tier up to and including allotment + 365 days.
      Money expectedLoad = t.tradeDate().isAfter(bought.plusDays(365))
          ? Money.ZERO : gross.times(new BigDecimal("0.01"));
      assertThat(gross.minus(t.amount())).isEqualTo(expectedLoad);
    }
    assertThat(r.exitLoad().signum()).isPositive();
    // STT 0.001% on each equity redemption (SecuritiesTransactionTax.DEFAULT), on the amount
    // after exit load, the line before it.
    List<Transaction> stt = ofType(r, TransactionType.STT);
    assertThat(stt).hasSize(23);
    for (int k = 0; k < stt.size(); k++) {
      assertThat(stt.get(k).amount())
          .isEqualTo(out.get(k).amount().times(SecuritiesTransactionTax.RATE_2013));
    }
    assertThat(r.stt().signum()).isPositive();
    // A debt fund bears no STT.
    BacktestResult debt = Backtest.DEFAULT.swp(BacktestFund.of(FUND, navs, false),
        Money.ofRupees(500_000), Money.ofRupees(20_000), LocalDate.of(2018, 1, 1),
        LocalDate.of(2019, 12, 31), Optional.empty());
    assertThat(debt.stt()).isEqualTo(Money.ZERO);
    assertThat(debt.exitLoad()).isEqualTo(Money.ZERO);
  }

  @Test
  void swp_sttIsOnTheValueAfterExitLoad_byHand() {
    // Regression: STT was taken on units × NAV, before the exit load. Finance (No. 2) Act, 2004,
    // s. 99: the value of a sale of units to the mutual fund is the price at which it repurchases
    // them, the NAV less the exit load.
    NavSeries navs = series("2019-01-01=100", "2019-02-01=100", "2019-02-28=100");
    BacktestFund fund = BacktestFund.of(FUND, navs, true)
        .withExitLoad(ExitLoadSchedule.of(ExitLoadTier.days(365, new BigDecimal("0.01"))));
    BacktestResult r = Backtest.DEFAULT.swp(fund, Money.ofRupees(1_000_000),
        Money.ofRupees(200_000), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 28),
        Optional.empty());
    // 10,000 units at 100; on 1 Feb 2,000 units: 2,000 × 100 = 2,00,000, exit load 1% = 2,000.00,
    // repurchase value 1,98,000.00; STT 0.001% × 1,98,000 = 1.98 (not 2.00 on 2,00,000); the
    // investor receives 1,98,000.00 − 1.98 = 1,97,998.02.
    assertThat(ofType(r, TransactionType.REDEMPTION)).singleElement()
        .satisfies(t -> assertThat(t.amount()).isEqualTo(Money.parse("198000.00")));
    assertThat(ofType(r, TransactionType.STT)).singleElement()
        .satisfies(t -> assertThat(t.amount()).isEqualTo(Money.parse("1.98")));
    assertThat(r.exitLoad()).isEqualTo(Money.parse("2000.00"));
    assertThat(r.stt()).isEqualTo(Money.parse("1.98"));
    assertThat(r.paidOut()).isEqualTo(Money.parse("197998.02"));
    // 8,000 units left at 100.
    assertThat(r.finalValue()).isEqualTo(Money.ofRupees(800_000));
  }

  @Test
  void swp_largerThanTheCorpus_redeemsWhatIsLeft_andStops() {
    NavSeries navs = weekdays(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 6, 30), 10.0, 1.0);
    BacktestResult r = Backtest.DEFAULT.swp(BacktestFund.of(FUND, navs, false),
        Money.ofRupees(100_000), Money.ofRupees(30_000), LocalDate.of(2018, 1, 1),
        LocalDate.of(2019, 6, 1), Optional.empty());
    assertThat(ofType(r, TransactionType.REDEMPTION)).hasSize(4);
    assertThat(r.finalValue()).isEqualTo(Money.ZERO);
    assertThat(r.paidOut()).isEqualTo(Money.ofRupees(100_000));
    assertThat(r.xirr()).isInstanceOf(XirrResult.Rate.class);
    assertThat(r.xirr().rateOrThrow()).isCloseTo(0.0, within(1e-6));
  }

  @Test
  void stp_movesTheMoney_andSwitchFlowsBalance() {
    NavSeries liquid = weekdays(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30), 1000, 1.0002);
    NavSeries equity = weekdays(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30), 40, 1.0004);
    BacktestResult r = Backtest.DEFAULT.stp(BacktestFund.of(LIQUID, liquid, false),
        BacktestFund.of(FUND, equity, true), Money.ofRupees(600_000), Money.ofRupees(50_000),
        LocalDate.of(2021, 1, 4), LocalDate.of(2022, 3, 31), Optional.of(equity));
    List<Transaction> outs = ofType(r, TransactionType.SWITCH_OUT);
    List<Transaction> ins = ofType(r, TransactionType.SWITCH_IN);
    // The source earns while it waits: twelve full transfers and a thirteenth of what is left.
    assertThat(outs).hasSize(13);
    assertThat(ins).hasSize(13);
    assertThat(outs.get(12).amount()).isLessThan(Money.ofRupees(50_000));
    HoldingPoint lastSource = r.holdings().stream().filter(h -> h.scheme().equals(LIQUID))
        .reduce((a, b) -> b).orElseThrow();
    assertThat(lastSource.units()).isEqualTo(Units.ZERO);
    // What left the source arrived in the target, less the stamp duty on the way in.
    Money out = outs.stream().map(Transaction::amount).reduce(Money.ZERO, Money::plus);
    Money in = ins.stream().map(Transaction::amount).reduce(Money.ZERO, Money::plus);
    assertThat(out.minus(in)).isEqualTo(r.stampDuty().minus(
        ofType(r, TransactionType.STAMP_DUTY).get(0).amount()));
    assertThat(r.paidIn()).isEqualTo(Money.ofRupees(600_000));
    assertThat(r.paidOut()).isEqualTo(Money.ZERO);
    assertThat(r.holdings()).extracting(HoldingPoint::scheme).contains(FUND, LIQUID);
    assertThat(r.xirr().rateOrThrow()).isPositive();
    assertThat(r.benchmark().orElseThrow().xirr().rateOrThrow()).isPositive();
  }

  @Test
  void stp_targetWithoutNavsToTheEnd_stopsBeforeSwitchingOut() {
    // Regression: a switch out whose switch in found no target NAV by the end left the money in
    // neither scheme (and a target without any NAV by the end failed the run).
    NavSeries liquid = weekdays(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30), 1000, 1.0);
    NavSeries endsInJune = weekdays(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30), 40, 1.0);
    BacktestResult r = Backtest.DEFAULT.stp(BacktestFund.of(LIQUID, liquid, false),
        BacktestFund.of(FUND, endsInJune, true), Money.ofRupees(600_000), Money.ofRupees(50_000),
        LocalDate.of(2021, 1, 4), LocalDate.of(2022, 3, 31), Optional.empty());
    assertThat(ofType(r, TransactionType.SWITCH_OUT)).hasSize(5);
    assertThat(ofType(r, TransactionType.SWITCH_IN)).hasSize(5);
    // Flat NAVs: all the money is still there, less the stamp duty and STT on the way.
    assertThat(r.finalValue().plus(r.stampDuty()).plus(r.stt()).toDouble())
        .isCloseTo(600_000, within(1.0));

    NavSeries launchedLater = weekdays(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30), 40, 1.0);
    BacktestResult none = Backtest.DEFAULT.stp(BacktestFund.of(LIQUID, liquid, false),
        BacktestFund.of(FUND, launchedLater, true), Money.ofRupees(600_000),
        Money.ofRupees(50_000), LocalDate.of(2021, 1, 4), LocalDate.of(2022, 3, 31),
        Optional.empty());
    assertThat(ofType(none, TransactionType.SWITCH_OUT)).isEmpty();
    assertThat(none.finalValue().plus(none.stampDuty()).toDouble())
        .isCloseTo(600_000, within(0.01));
  }

  @Test
  void sip_benchmarkEndingEarly_isRefused_notGivenLessMoney() {
    // Regression: instalments after the index's last value were left out of the benchmark, which
    // then compared the fund with less money than was invested.
    NavSeries navs = weekdays(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 31), 10.0, 1.0);
    NavSeries shortIndex = weekdays(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 6, 30), 10.0, 1.0);
    assertThatThrownBy(() -> Backtest.DEFAULT.sip(BacktestFund.of(FUND, navs, true),
        Money.ofRupees(1_000), LocalDate.of(2015, 1, 10), LocalDate.of(2017, 12, 31),
        Optional.of(shortIndex)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("benchmark").hasMessageContaining("2016-07-11");
  }

  @Test
  void startBeforeTheHistory_isRefused_notPiledOntoTheFirstNav() {
    // Regression: every instalment scheduled before the first NAV was allotted on that one date
    // (a "SIP" from 2014 on a history from 2015 bought twelve instalments on 1 January 2015), and
    // a benchmark starting later took the early money on its first day.
    NavSeries navs = weekdays(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 31), 10.0, 1.0);
    BacktestFund fund = BacktestFund.of(FUND, navs, true);
    assertThatThrownBy(() -> Backtest.DEFAULT.sip(fund, Money.ofRupees(1_000),
        LocalDate.of(2014, 1, 10), LocalDate.of(2017, 12, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("start").hasMessageContaining("2015-01-01");
    assertThatThrownBy(() -> Backtest.DEFAULT.swp(fund, Money.ofRupees(100_000),
        Money.ofRupees(1_000), LocalDate.of(2014, 1, 10), LocalDate.of(2017, 12, 31),
        Optional.empty())).isInstanceOf(InvalidValueException.class).hasMessageContaining("start");
    // A weekend start just before the history is fine.
    assertThat(Backtest.DEFAULT.sip(fund, Money.ofRupees(1_000), LocalDate.of(2014, 12, 27),
        LocalDate.of(2015, 6, 30)).transactions()).hasSize(7);
    NavSeries laterIndex = weekdays(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 31), 10.0, 1.0);
    assertThatThrownBy(() -> Backtest.DEFAULT.sip(fund, Money.ofRupees(1_000),
        LocalDate.of(2015, 1, 10), LocalDate.of(2017, 12, 31), Optional.of(laterIndex)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("benchmark");
  }

  @Test
  void badInputs_nameTheField() {
    NavSeries navs = weekdays(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30), 10.0, 1.0);
    BacktestFund fund = BacktestFund.of(FUND, navs, false);
    assertThatThrownBy(() -> Backtest.DEFAULT.sip(fund, Money.ZERO, LocalDate.of(2018, 1, 1),
        LocalDate.of(2018, 6, 1))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("monthly");
    assertThatThrownBy(() -> Backtest.DEFAULT.sip(fund, Money.ofRupees(1),
        LocalDate.of(2018, 6, 1), LocalDate.of(2018, 1, 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("end");
    assertThatThrownBy(() -> Backtest.DEFAULT.sip(fund, Money.ofRupees(1),
        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no NAV");
  }

  @Test
  void entryPoints_null_nameTheArgument() {
    assertThatThrownBy(() -> Backtest.of(null, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("stampDuty");
    assertThatThrownBy(() -> Backtest.DEFAULT.sip(null, Money.ofRupees(5_000),
        LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)))
        .isInstanceOf(NullPointerException.class).hasMessage("fund");
    // The parameter's name, not the record component's ("exitLoad") the copy would otherwise report.
    assertThatThrownBy(() -> BacktestFund.of(SchemeCode.of(100033), NavSeries.empty(), true)
        .withExitLoad(null)).isInstanceOf(NullPointerException.class).hasMessage("schedule");
  }
}
