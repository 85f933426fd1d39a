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
