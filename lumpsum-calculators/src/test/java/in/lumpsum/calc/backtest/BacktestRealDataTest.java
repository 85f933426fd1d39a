package in.lumpsum.calc.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.RealNavs;
import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.ExitLoadTier;
import in.lumpsum.calc.charges.SecuritiesTransactionTax;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Back-tests on real NAV histories (utkarshohm/mf-nav-data, NAVs rounded to 2 decimals, to 2016;
 * see {@code ../shared/data/SOURCES.md}), read in place.
 */
class BacktestRealDataTest {

  private static final String DIR = "nav-history-2016-utkarshohm/";

  private static NavSeries scheme(String name) {
    return RealNavs.scheme(DIR + "selected-schemes/" + name + ".csv");
  }

  @Test
  void sip_utiNiftyFund_tracksTheNifty50() {
    NavSeries fund = scheme("UTINiftyFundGrowth");
    NavSeries nifty = RealNavs.index(RealNavs.NIFTY_50);
    BacktestResult r = Backtest.DEFAULT.sip(
        BacktestFund.of(SchemeCode.of(100822), fund, true), Money.ofRupees(5_000),
        LocalDate.of(2006, 1, 1), LocalDate.of(2015, 12, 31), Optional.of(nifty));
    List<Transaction> sips = r.transactions().stream()
        .filter(t -> t.type() == TransactionType.SIP_PURCHASE).toList();
    assertThat(sips).hasSize(120);
    for (int k = 0; k < sips.size(); k++) {
      Transaction t = sips.get(k);
      LocalDate scheduled = LocalDate.of(2006, 1, 1).plusMonths(k);
      // Allotted at the first NAV on or after the scheduled date: none in between.
      assertThat(t.tradeDate()).isAfterOrEqualTo(scheduled);
      assertThat(fund.indexOnOrAfter(scheduled)).isEqualTo(fund.indexOf(t.tradeDate()));
      assertThat(t.units()).isEqualTo(Units.allotted(t.amount(), t.nav().orElseThrow()));
    }
    // 1 January 2006 was a Sunday: allotted on Monday the 2nd.
    assertThat(sips.get(0).tradeDate()).isEqualTo(LocalDate.of(2006, 1, 2));
    assertThat(r.stampDuty()).isEqualTo(Money.ZERO); // all before July 2020
    assertThat(r.paidIn()).isEqualTo(Money.ofRupees(600_000));
    double fundXirr = r.xirr().rateOrThrow();
    double indexXirr = r.benchmark().orElseThrow().xirr().rateOrThrow();
    // An index fund of the NIFTY 50 against the price index: the dividends the fund keeps (about
    // 1.3% a year) less its expenses and tracking error. Measured: 9.19% against 9.11%.
    assertThat(fundXirr).isBetween(0.05, 0.15);
    assertThat(fundXirr).isCloseTo(indexXirr, within(0.01));
    assertThat(r.holdings()).hasSize(121);
    // The index holding on the fund's dates: units only grow in a SIP, each point is worth its
    // units at the index's value on or before its date, and the last is the final value.
    BenchmarkResult b = r.benchmark().orElseThrow();
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::date)
        .isEqualTo(r.holdings().stream().map(HoldingPoint::date).toList());
    for (int k = 1; k < b.holdings().size(); k++) {
      assertThat(b.holdings().get(k).units())
          .isGreaterThanOrEqualTo(b.holdings().get(k - 1).units());
    }
    for (BenchmarkHoldingPoint h : b.holdings()) {
      assertThat(h.level()).isEqualTo(nifty.navOnOrBeforeAsDouble(h.date()));
      assertThat(h.value().toDouble()).isCloseTo(h.units() * h.level(), within(0.005));
    }
    assertThat(b.holdings().get(b.holdings().size() - 1).value()).isEqualTo(b.finalValue());
    // The first instalment: ₹5,000 at the NIFTY 50 of 2 January 2006.
    assertThat(b.holdings().get(0).units())
        .isEqualTo(5_000 / nifty.navAsDouble(nifty.indexOnOrAfter(LocalDate.of(2006, 1, 1))));
  }

  @Test
  void swp_hdfcEquityFund_withOnePercentLoadForAYear() {
    NavSeries navs = scheme("HDFCEquityFundGrowth");
    BacktestFund fund = BacktestFund.of(SchemeCode.of(101762), navs, true)
        .withExitLoad(ExitLoadSchedule.of(ExitLoadTier.days(365, new BigDecimal("0.01"))));
    BacktestResult r = Backtest.DEFAULT.swp(fund, Money.ofRupees(1_000_000),
        Money.ofRupees(10_000), LocalDate.of(2008, 1, 15), LocalDate.of(2015, 12, 31),
        Optional.of(RealNavs.index(RealNavs.NIFTY_50)));
    List<Transaction> out = r.transactions().stream()
        .filter(t -> t.type() == TransactionType.REDEMPTION).toList();
    assertThat(out).hasSize(95);
    // Eleven withdrawals fall within the year of the purchase (February to December 2008).
    long loaded = out.stream()
        .filter(t -> t.units().valueAt(t.nav().orElseThrow()).compareTo(t.amount()) > 0).count();
    assertThat(loaded).isEqualTo(11);
    assertThat(r.stt().signum()).isPositive();
    // Each redemption is the units nearest ₹10,000 at 3 decimals, so within half a thousandth of
    // a unit's NAV of it; the investor receives that less load and STT.
    Money gross = Money.ZERO;
    for (Transaction t : out) {
      Money value = t.units().valueAt(t.nav().orElseThrow());
      assertThat(value.toDouble()).isCloseTo(10_000,
          within(t.nav().orElseThrow().toDouble() * 0.0005 + 0.01));
      gross = gross.plus(value);
    }
    assertThat(r.paidOut()).isEqualTo(gross.minus(r.exitLoad()).minus(r.stt()));
    // STT (from June 2013) on each redemption's amount after exit load, not on units × NAV.
    List<Transaction> stt = r.transactions().stream()
        .filter(t -> t.type() == TransactionType.STT).toList();
    List<Transaction> taxed = out.stream()
        .filter(t -> !t.tradeDate().isBefore(SecuritiesTransactionTax.EFFECTIVE_FROM)).toList();
    assertThat(stt).hasSameSizeAs(taxed).isNotEmpty();
    for (int k = 0; k < stt.size(); k++) {
      assertThat(stt.get(k).tradeDate()).isEqualTo(taxed.get(k).tradeDate());
      assertThat(stt.get(k).amount())
          .isEqualTo(taxed.get(k).amount().times(SecuritiesTransactionTax.RATE_2013));
    }
    assertThat(r.xirr().rateOrThrow()).isBetween(-0.2, 0.4);
    // The index holding only shrinks after the purchase, and ends at the final value.
    BenchmarkResult b = r.benchmark().orElseThrow();
    assertThat(b.holdings()).hasSameSizeAs(r.holdings());
    for (int k = 1; k < b.holdings().size(); k++) {
      assertThat(b.holdings().get(k).units()).isLessThanOrEqualTo(b.holdings().get(k - 1).units());
    }
    assertThat(b.holdings().get(b.holdings().size() - 1).value()).isEqualTo(b.finalValue());
  }

  @Test
  void stp_hdfcLiquidIntoHdfcEquity() {
    BacktestResult r = Backtest.DEFAULT.stp(
        BacktestFund.of(SchemeCode.of(101764), scheme("HDFCLiquidFundGrowth"), false),
        BacktestFund.of(SchemeCode.of(101762), scheme("HDFCEquityFundGrowth"), true),
        Money.ofRupees(1_200_000), Money.ofRupees(100_000), LocalDate.of(2010, 4, 1),
        LocalDate.of(2011, 3, 31), Optional.of(RealNavs.index(RealNavs.NIFTY_50)));
    assertThat(r.transactions().stream().filter(t -> t.type() == TransactionType.SWITCH_IN))
        .hasSize(11);
    assertThat(r.finalValue().toDouble()).isBetween(1_000_000.0, 1_500_000.0);
    assertThat(r.xirr().rateOrThrow()).isBetween(-0.3, 0.5);
    // One index point for each date the two schemes' holdings are reported, the last the final
    // value.
    BenchmarkResult b = r.benchmark().orElseThrow();
    assertThat(b.holdings()).extracting(BenchmarkHoldingPoint::date)
        .isEqualTo(r.holdings().stream().map(HoldingPoint::date).distinct().toList());
    assertThat(b.holdings().get(b.holdings().size() - 1).value()).isEqualTo(b.finalValue());
    assertThat(b.finalValue().toDouble()).isBetween(1_000_000.0, 1_500_000.0);
  }
}
