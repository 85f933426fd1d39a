package in.lumpsum.calc.tax;

import static in.lumpsum.calc.tax.TaxFixtures.A;
import static in.lumpsum.calc.tax.TaxFixtures.B;
import static in.lumpsum.calc.tax.TaxFixtures.FOLIO;
import static in.lumpsum.calc.tax.TaxFixtures.buy;
import static in.lumpsum.calc.tax.TaxFixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.ExitLoadTier;
import in.lumpsum.calc.portfolio.LotAvailability;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.scheme.Isin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputsTest {

  private static final TaxInputs INPUTS = TaxInputs.of(Map.of(A, SchemeTaxProfile.EQUITY, B, SchemeTaxProfile.EQUITY))
      .withFairMarketValues(FairMarketValues.of(Map.of(A, Nav.parse("150"))));
  private static final HoldingRef HA = new HoldingRef(A, FOLIO);
  private static final List<ExitLoadSchedule> ONE_YEAR =
      List.of(ExitLoadSchedule.of(ExitLoadTier.months(12, new BigDecimal("0.01"))));

  @Test
  void schedule112A_grandfatheredAndLaterRows() {
    List<Transaction> txs = List.of(
        buy("p1", A, "2017-06-01", "10000", "100"),
        buy("p2", A, "2019-06-01", "20000", "100"),
        sell("r1", A, "2025-05-02", "40000", "200"));
    CapitalGainsStatement s = CapitalGainsStatement.of(txs, INPUTS, TaxOptions.DEFAULT, FinancialYear.parse("2025-26"));
    Isin isin = Isin.parse("INF109K01Z48");
    List<Schedule112A> rows = Schedule112A.rows(s, Map.of(A, isin), Map.of(A, "Sample Fund, Growth"));
    assertThat(rows).hasSize(2);
    Schedule112A be = rows.get(0);
    assertThat(be.acquired()).isEqualTo("BE");
    assertThat(be.salePrice()).isEqualByComparingTo("200");
    assertThat(be.fairMarketValue()).contains(Money.parse("15000"));
    assertThat(be.grandfatheredValue()).contains(Money.parse("15000"));
    assertThat(be.costWithoutIndexation()).isEqualTo(Money.parse("15000"));
    assertThat(be.balance()).isEqualTo(Money.parse("5000"));
    Schedule112A ae = rows.get(1);
    assertThat(ae.acquired()).isEqualTo("AE");
    assertThat(ae.grandfatheredValue()).isEmpty();
    assertThat(ae.balance()).isEqualTo(Money.parse("0"));
    String csv = Schedule112A.toCsv(rows);
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Share/Unit acquired(1a),ISIN Code(2),");
    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("BE," + isin + ",\"Sample Fund, Growth\",100.000,200.0000,20000.00,15000.00,10000.00,15000.00,"
            + "150.0000,15000.00,0.00,15000.00,5000.00");
    assertThat(csv.lines().count()).isEqualTo(3);
    assertThat(rows).allSatisfy(r -> assertThat(r.transferred()).isEmpty());
    assertThat(Schedule112A.toCsv(FinancialYear.parse("2025-26"), rows)).isEqualTo(csv);
  }

  @Test
  void schedule112A_2024_25_column1b_marksTransfersAround23July2024() {
    List<Transaction> txs = List.of(
        buy("p1", A, "2017-06-01", "10000", "100"),
        buy("p2", A, "2019-06-01", "20000", "100"),
        sell("r1", A, "2024-07-22", "20000", "100"),
        sell("r2", A, "2024-07-23", "20000", "100"));
    FinancialYear fy = FinancialYear.parse("2024-25");
    CapitalGainsStatement s = CapitalGainsStatement.of(txs, INPUTS, TaxOptions.DEFAULT, fy);
    List<Schedule112A> rows = Schedule112A.rows(s, Map.of(), Map.of(A, "Sample Fund"));
    assertThat(rows).extracting(Schedule112A::acquired).containsExactly("BE", "AE");
    assertThat(rows).extracting(r -> r.transferred().orElseThrow()).containsExactly("BE", "AE");
    String csv = Schedule112A.toCsv(fy, rows);
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("Share/Unit acquired(1a),Share/Unit transferred (Before / on or after 23rd July 2024)(1b),"
            + "ISIN Code(2),");
    assertThat(csv.lines().skip(1).toList()).containsExactly(
        "BE,BE,,Sample Fund,100.000,200.0000,20000.00,15000.00,10000.00,15000.00,150.0000,15000.00,0.00,"
            + "15000.00,5000.00",
        "AE,AE,,Sample Fund,100.000,200.0000,20000.00,20000.00,20000.00,,,,0.00,20000.00,0.00");
    assertThat(Schedule112A.toCsv(rows)).isEqualTo(csv);
    // The year's template has the column even with nothing to report; other years never do.
    assertThat(Schedule112A.toCsv(fy, List.of()).lines().findFirst().orElseThrow()).contains("(1b)");
    assertThat(Schedule112A.headings(FinancialYear.parse("2023-24"))).isEqualTo(Schedule112A.HEADINGS);
    assertThat(Schedule112A.headings(FinancialYear.parse("2025-26"))).doesNotContain(Schedule112A.TRANSFERRED_HEADING);
  }

  @Test
  void harvest_elss_neverProposesLockedLots() {
    List<Transaction> txs = List.of(
        buy("e1", A, "2022-10-10", "100000", "1000"),
        buy("e2", A, "2023-01-10", "100000", "1000"));
    HarvestPlan plan = TaxHarvest.plan(txs, INPUTS, LocalDate.of(2025, 11, 3), Map.of(A, Nav.parse("150")),
        Map.of(), Map.of(A, LotAvailability.ELSS_LOCK_IN));
    // e1 is free from 10 October 2025 and gains 50,000; e2 stays locked until 10 January 2026.
    assertThat(plan.gains()).singleElement().satisfies(h -> {
      assertThat(h.units()).isEqualTo(Units.parse("1000"));
      assertThat(h.longTermGain()).isEqualTo(Money.parse("50000"));
    });
    HarvestPlan before = TaxHarvest.plan(txs, INPUTS, LocalDate.of(2025, 10, 9), Map.of(A, Nav.parse("150")),
        Map.of(), Map.of(A, LotAvailability.ELSS_LOCK_IN));
    assertThat(before.gains()).isEmpty();
    assertThat(before.unused()).isEqualTo(Money.ofRupees(125_000));
  }

  @Test
  void harvest_countsTheYearsShortTermLossesBeforeTheExemption() {
    // A: long-term gain of 1,00,000 booked in May; B: short-term loss of 50,000 booked in June.
    List<Transaction> txs = List.of(
        buy("a1", A, "2022-01-10", "200000", "2000"),
        sell("a2", A, "2025-05-02", "200000", "1000"),
        buy("b1", B, "2025-04-10", "100000", "1000"),
        sell("b2", B, "2025-06-10", "50000", "1000"));
    LocalDate day = LocalDate.of(2025, 11, 3);
    HarvestPlan plan = TaxHarvest.plan(txs, INPUTS, day, Map.of(A, Nav.parse("200")), Map.of(), Map.of());
    // The loss is set off first (s. 70(2)): 50,000 of the 1,25,000 exemption is used, 75,000 is left,
    // so 750 units gaining 100 each, not the 250 that ignoring the loss would give.
    assertThat(plan.used()).isEqualTo(Money.ofRupees(50_000));
    assertThat(plan.unused()).isEqualTo(Money.ofRupees(75_000));
    assertThat(plan.lossesLeft()).isEqualTo(Money.ZERO);
    assertThat(plan.gains()).singleElement().satisfies(h -> {
      assertThat(h.units()).isEqualTo(Units.parse("750"));
      assertThat(h.longTermGain()).isEqualTo(Money.ofRupees(75_000));
    });
    // The statement agrees: with the harvest booked, the year's 112A gain is exactly the exemption.
    List<Transaction> after = new java.util.ArrayList<>(txs);
    after.add(sell("a3", A, "2025-11-03", "150000", "750"));
    CapitalGainsStatement st = CapitalGainsStatement.of(after, INPUTS, TaxOptions.DEFAULT, FinancialYear.parse("2025-26"));
    assertThat(st.totalTax()).contains(Money.ZERO);

    // A loss no gain has absorbed yet adds to the room: it would meet the harvested gain first.
    List<Transaction> lossOnly = List.of(
        buy("a1", A, "2022-01-10", "200000", "2000"),
        buy("b1", B, "2025-04-10", "100000", "1000"),
        sell("b2", B, "2025-06-10", "50000", "1000"));
    HarvestPlan more = TaxHarvest.plan(lossOnly, INPUTS, day, Map.of(A, Nav.parse("200")), Map.of(), Map.of());
    assertThat(more.used()).isEqualTo(Money.ZERO);
    assertThat(more.lossesLeft()).isEqualTo(Money.ofRupees(50_000));
    assertThat(more.room()).isEqualTo(Money.ofRupees(175_000));
    assertThat(more.gains()).singleElement().satisfies(h -> assertThat(h.units()).isEqualTo(Units.parse("1750")));
    // Losses brought forward count the same way.
    HarvestPlan bf = TaxHarvest.plan(txs, INPUTS, TaxOptions.DEFAULT.withBroughtForward(Money.ofRupees(10_000),
        Money.ZERO), day, Map.of(A, Nav.parse("200")), Map.of(), Map.of());
    assertThat(bf.used()).isEqualTo(Money.ofRupees(40_000));
    assertThat(bf.gains()).singleElement().satisfies(h -> assertThat(h.units()).isEqualTo(Units.parse("850")));
  }

  @Test
  void whatIf_units_lotByLot_withExitLoadAndStt() {
    TaxLedger ledger = CapitalGainsEngine.DEFAULT.ledger(List.of(
        buy("p1", A, "2024-01-10", "10000", "100"),
        buy("p2", A, "2025-03-10", "12000", "100")), INPUTS, LocalDate.of(2025, 6, 1));
    List<RedemptionLot> lots = WhatIf.redeemUnits(ledger, INPUTS, TaxOptions.DEFAULT, HA, Units.parse("150"),
        LocalDate.of(2025, 6, 1), Nav.parse("130"), ONE_YEAR);
    assertThat(lots).hasSize(2);
    RedemptionLot old = lots.get(0);
    assertThat(old.exitLoad()).isEqualTo(Money.ZERO);
    assertThat(old.line().term()).isEqualTo(Term.LONG);
    assertThat(old.line().gain()).isEqualTo(Money.parse("3000"));
    assertThat(old.tax()).contains(Money.parse("375"));
    assertThat(old.stt()).isEqualTo(Money.parse("0.13"));
    RedemptionLot young = lots.get(1);
    assertThat(young.value()).isEqualTo(Money.parse("6500"));
    assertThat(young.exitLoad()).isEqualTo(Money.parse("65"));
    assertThat(young.line().saleValue()).isEqualTo(Money.parse("6435"));
    assertThat(young.line().gain()).isEqualTo(Money.parse("435"));
    assertThat(young.line().rule().label()).isEqualTo("111A @ 20%");
    assertThat(young.tax()).contains(Money.parse("87"));
  }

  @Test
  void whatIf_lockIn_refusesLockedUnits() {
    TaxLedger ledger = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("e1", A, "2022-10-10", "1000", "10"),
        buy("e2", A, "2023-01-10", "1000", "10")), INPUTS, LocalDate.of(2025, 11, 3));
    assertThat(WhatIf.redeemUnits(ledger, INPUTS, TaxOptions.DEFAULT, HA, Units.parse("10"), LocalDate.of(2025, 11, 3),
        Nav.parse("150"), List.of(), LotAvailability.ELSS_LOCK_IN)).hasSize(1);
    assertThatThrownBy(() -> WhatIf.redeemUnits(ledger, INPUTS, TaxOptions.DEFAULT, HA, Units.parse("10.001"),
        LocalDate.of(2025, 11, 3), Nav.parse("150"), List.of(), LotAvailability.ELSS_LOCK_IN))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("locked in until 2026-01-10");
  }

  @Test
  void whatIf_amount_roundsUnitsUp_andRefusesMoreThanHeld() {
    TaxLedger ledger = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("p1", A, "2024-01-10", "10000", "100")), INPUTS,
        LocalDate.of(2025, 6, 1));
    List<RedemptionLot> lots = WhatIf.redeemAmount(ledger, INPUTS, TaxOptions.DEFAULT, HA, Money.parse("1000"),
        LocalDate.of(2025, 6, 1), Nav.parse("3"), List.of());
    assertThat(lots.get(0).line().units()).isEqualTo(Units.parse("100"));
    List<RedemptionLot> some = WhatIf.redeemAmount(ledger, INPUTS, TaxOptions.DEFAULT, HA, Money.parse("100"),
        LocalDate.of(2025, 6, 1), Nav.parse("30"), List.of());
    assertThat(some.get(0).line().units()).isEqualTo(Units.parse("3.334"));
    assertThatThrownBy(() -> WhatIf.redeemUnits(ledger, INPUTS, TaxOptions.DEFAULT, HA, Units.parse("101"),
        LocalDate.of(2025, 6, 1), Nav.parse("3"), List.of())).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void harvest_bookGainsUpToUnusedExemption_oldestLotsFirst() {
    List<Transaction> txs = List.of(
        buy("p1", A, "2022-01-10", "100000", "1000"),
        buy("p2", A, "2022-02-10", "100000", "1000"),
        buy("p3", A, "2025-05-10", "100000", "500"),
        buy("b1", B, "2025-01-10", "50000", "500"),
        sell("r0", A, "2025-04-15", "0.01", "0.001"));
    HarvestPlan plan = TaxHarvest.plan(txs, INPUTS, LocalDate.of(2025, 11, 3),
        Map.of(A, Nav.parse("200"), B, Nav.parse("80")), Map.of(A, ONE_YEAR), Map.of());
    assertThat(plan.exemption()).isEqualTo(Money.ofRupees(125_000));
    // Each old lot gains ₹100 a unit: p1's 1000 units (less the 0.001 redeemed) book ~₹1 lakh, then 250
    // units of p2 the rest (250.001: the tiny loss of r0 left the whole exemption).
    HarvestPlan.Harvest a = plan.gains().get(0);
    assertThat(a.longTermGain().amount()).isBetween(new BigDecimal("124999"), new BigDecimal("125000"));
    assertThat(a.units()).isEqualTo(Units.parse("1250.000"));
    assertThat(a.exitLoad()).isEqualTo(Money.ZERO);
    assertThat(a.stampDuty().signum()).isPositive();
    // B bought at 100 is worth 80; A's youngest lot, bought at 200, would lose its 1% exit load.
    assertThat(plan.losses()).hasSize(2);
    assertThat(plan.losses().get(0).shortTermGain()).isEqualTo(Money.parse("-1000"));
    assertThat(plan.losses().get(1).holding().scheme()).isEqualTo(B);
    assertThat(plan.losses().get(1).shortTermGain()).isEqualTo(Money.parse("-10000"));
  }
}
