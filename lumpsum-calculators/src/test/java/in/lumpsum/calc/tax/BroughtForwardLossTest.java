package in.lumpsum.calc.tax;

import static in.lumpsum.calc.tax.TaxFixtures.A;
import static in.lumpsum.calc.tax.TaxFixtures.buy;
import static in.lumpsum.calc.tax.TaxFixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.portfolio.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Losses carried forward by the year they arose, for eight years (s. 74(1)). */
class BroughtForwardLossTest {

  private static final TaxInputs INPUTS = TaxInputs.of(Map.of(A, SchemeTaxProfile.EQUITY));
  private static final FinancialYear FY = FinancialYear.parse("2025-26");

  private static BroughtForwardLoss loss(String year, Term term, long rupees) {
    return new BroughtForwardLoss(FinancialYear.parse(year), term, Money.ofRupees(rupees));
  }

  /** An equity short-term gain of 5,000 (111A) in 2025-26. */
  private static List<Transaction> shortGain() {
    return List.of(buy("p", A, "2025-04-10", "10000", "100"), sell("s", A, "2025-06-10", "15000", "100"));
  }

  @Test
  void eightYears_aLossOf2017_18_isLiveIn2025_26_andGoneIn2026_27() {
    BroughtForwardLoss l = loss("2017-18", Term.SHORT, 1);
    assertThat(l.lastYear()).isEqualTo(FinancialYear.parse("2025-26"));
    assertThat(l.liveIn(FinancialYear.parse("2017-18"))).isFalse();
    assertThat(l.liveIn(FinancialYear.parse("2018-19"))).isTrue();
    assertThat(l.liveIn(FinancialYear.parse("2025-26"))).isTrue();
    assertThat(l.liveIn(FinancialYear.parse("2026-27"))).isFalse();
  }

  @Test
  void expiredLeftOut_lastYearLapses_restCarriedByYear() {
    TaxOptions options = TaxOptions.DEFAULT.withBroughtForwardLosses(List.of(
        loss("2020-21", Term.LONG, 30_000), loss("2016-17", Term.SHORT, 10_000), loss("2017-18", Term.SHORT, 20_000)));
    CapitalGainsStatement st = CapitalGainsStatement.of(shortGain(), INPUTS, options, FY);
    // 2016-17's eight years ended with 2024-25: not set off. 2017-18's last year is 2025-26: it meets the
    // 5,000 gain and its other 15,000 lapses. 2020-21's long-term loss has no long-term gain to meet.
    assertThat(st.sections()).filteredOn(t -> t.gains().signum() > 0).singleElement()
        .satisfies(t -> assertThat(t.setOff()).isEqualTo(Money.ofRupees(5_000)));
    assertThat(st.totalTax()).contains(Money.ZERO);
    assertThat(st.lapsedLosses()).isEqualTo(Money.ofRupees(15_000));
    assertThat(st.carryForward()).containsExactly(loss("2020-21", Term.LONG, 30_000));
    assertThat(st.carryForwardShortTermLoss()).isEqualTo(Money.ZERO);
    assertThat(st.carryForwardLongTermLoss()).isEqualTo(Money.ofRupees(30_000));
    assertThat(st.notes()).extracting(TaxNote::text)
        .anyMatch(t -> t.contains("2016-17") && t.contains("left out") && t.contains("2024-25"))
        .anyMatch(t -> t.contains("2017-18") && t.contains("15000.00") && t.contains("lapses"));
  }

  @Test
  void oldestFirst_thenThisYearsLossCarriedWithItsYear() {
    TaxOptions options = TaxOptions.DEFAULT.withBroughtForwardLosses(List.of(
        loss("2019-20", Term.SHORT, 4_000), loss("2018-19", Term.SHORT, 4_000)));
    CapitalGainsStatement st = CapitalGainsStatement.of(shortGain(), INPUTS, options, FY);
    assertThat(st.carryForward()).containsExactly(loss("2019-20", Term.SHORT, 3_000));
    assertThat(st.carryForwardShortTermLoss()).isEqualTo(Money.ofRupees(3_000));

    // A year with a short-term loss of its own carries it under its own year, after older ones.
    List<Transaction> lossYear = List.of(buy("p", A, "2025-04-10", "10000", "100"),
        sell("s", A, "2025-06-10", "8000", "100"));
    CapitalGainsStatement withLoss = CapitalGainsStatement.of(lossYear, INPUTS, options, FY);
    assertThat(withLoss.carryForward()).containsExactly(loss("2018-19", Term.SHORT, 4_000),
        loss("2019-20", Term.SHORT, 4_000), loss("2025-26", Term.SHORT, 2_000));
    assertThat(withLoss.carryForwardShortTermLoss()).isEqualTo(Money.ofRupees(10_000));
  }

  @Test
  void aLossOfTheSameOrALaterYear_isRefused() {
    TaxOptions options = TaxOptions.DEFAULT.withBroughtForwardLosses(List.of(loss("2025-26", Term.SHORT, 1)));
    assertThatThrownBy(() -> CapitalGainsStatement.of(shortGain(), INPUTS, options, FY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-26");
    assertThatThrownBy(() -> loss("2020-21", Term.SHORT, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void harvest_countsALossInItsLastYear() {
    // 2017-18's 20,000 is still live in 2025-26: a harvest may book that much above the exemption.
    TaxOptions options = TaxOptions.DEFAULT.withBroughtForwardLosses(List.of(loss("2017-18", Term.SHORT, 20_000),
        loss("2016-17", Term.SHORT, 50_000)));
    List<Transaction> txs = List.of(buy("a", A, "2022-01-10", "100000", "1000"));
    HarvestPlan plan = TaxHarvest.plan(txs, INPUTS, options, LocalDate.of(2025, 11, 3), Map.of(A, Nav.parse("400")),
        Map.of(), Map.of());
    assertThat(plan.lossesLeft()).isEqualTo(Money.ofRupees(20_000));
    assertThat(plan.room()).isEqualTo(Money.ofRupees(145_000));
  }
}
