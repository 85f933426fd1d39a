package in.lumpsum.calc.tax;

import static in.lumpsum.calc.tax.TaxFixtures.A;
import static in.lumpsum.calc.tax.TaxFixtures.B;
import static in.lumpsum.calc.tax.TaxFixtures.DEBT;
import static in.lumpsum.calc.tax.TaxFixtures.buy;
import static in.lumpsum.calc.tax.TaxFixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.Transaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapitalGainsStatementTest {

  private static final TaxInputs INPUTS = TaxInputs.of(Map.of(A, SchemeTaxProfile.EQUITY,
      B, SchemeTaxProfile.EQUITY, DEBT, SchemeTaxProfile.DEBT));

  private static CapitalGainsStatement statement(TaxOptions options, String fy, Transaction... txs) {
    return CapitalGainsStatement.of(List.of(txs), INPUTS, options, FinancialYear.parse(fy));
  }

  private static SectionTotal section(CapitalGainsStatement s, String label) {
    return s.sections().stream().filter(t -> t.rule().label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void shortTermLoss_setOffAgainstLongTermGain_thenExemption() {
    CapitalGainsStatement s = statement(TaxOptions.DEFAULT, "2025-26",
        buy("a1", A, "2023-01-10", "100000", "1000"),
        buy("b1", B, "2025-04-10", "50000", "500"),
        sell("a2", A, "2025-06-10", "250000", "1000"),
        sell("b2", B, "2025-08-10", "40000", "500"));
    SectionTotal ltcg = section(s, "112A @ 12.5%");
    SectionTotal stcg = section(s, "111A @ 20%");
    assertThat(stcg.losses()).isEqualTo(Money.parse("10000"));
    assertThat(ltcg.gains()).isEqualTo(Money.parse("150000"));
    assertThat(ltcg.setOff()).isEqualTo(Money.parse("10000"));
    assertThat(ltcg.exempt()).isEqualTo(Money.parse("125000"));
    assertThat(ltcg.taxable()).isEqualTo(Money.parse("15000"));
    assertThat(ltcg.tax()).contains(Money.parse("1875"));
    assertThat(s.cess()).isEqualTo(Money.parse("75"));
    assertThat(s.totalTax()).contains(Money.parse("1950"));
    assertThat(s.carryForwardShortTermLoss()).isEqualTo(Money.ZERO);
  }

  @Test
  void longTermLoss_notAgainstShortTermGain_carriedForward() {
    CapitalGainsStatement s = statement(TaxOptions.DEFAULT, "2025-26",
        buy("a1", A, "2023-01-10", "100000", "1000"),
        buy("b1", B, "2025-04-10", "50000", "500"),
        sell("a2", A, "2025-06-10", "80000", "1000"),
        sell("b2", B, "2025-08-10", "100000", "500"));
    assertThat(section(s, "111A @ 20%").taxable()).isEqualTo(Money.parse("50000"));
    assertThat(section(s, "111A @ 20%").tax()).contains(Money.parse("10000"));
    assertThat(s.carryForwardLongTermLoss()).isEqualTo(Money.parse("20000"));
  }

  @Test
  void broughtForwardLosses_shortAgainstEither_longAgainstLongOnly() {
    TaxOptions bf = TaxOptions.DEFAULT.withBroughtForward(Money.parse("30000"), Money.parse("70000"));
    CapitalGainsStatement s = statement(bf, "2025-26",
        buy("b1", B, "2025-04-10", "50000", "500"),
        sell("b2", B, "2025-08-10", "70000", "500"));
    assertThat(section(s, "111A @ 20%").setOff()).isEqualTo(Money.parse("20000"));
    assertThat(s.carryForwardShortTermLoss()).isEqualTo(Money.parse("10000"));
    assertThat(s.carryForwardLongTermLoss()).isEqualTo(Money.parse("70000"));
  }

  @Test
  void fy2024_25_exemptionOnceAcrossBothParts_orderIsAnOption() {
    Transaction[] txs = {
        buy("a1", A, "2020-01-10", "100000", "1000"),
        buy("b1", B, "2020-01-10", "100000", "1000"),
        sell("a2", A, "2024-07-22", "200000", "1000"),
        sell("b2", B, "2024-07-23", "200000", "1000")};
    CapitalGainsStatement higher = statement(TaxOptions.DEFAULT, "2024-25", txs);
    assertThat(section(higher, "112A @ 12.5%").exempt()).isEqualTo(Money.parse("100000"));
    assertThat(section(higher, "112A @ 10%").exempt()).isEqualTo(Money.parse("25000"));
    assertThat(higher.specialRateTax()).isEqualTo(Money.parse("7500"));
    CapitalGainsStatement earlier = statement(TaxOptions.DEFAULT.withExemptionOrder(ExemptionOrder.EARLIER_FIRST),
        "2024-25", txs);
    assertThat(section(earlier, "112A @ 10%").exempt()).isEqualTo(Money.parse("100000"));
    assertThat(earlier.specialRateTax()).isEqualTo(Money.parse("9375"));
  }

  @Test
  void slabRateGains_reportedAsSuch_taxedOnlyWithARate() {
    Transaction[] txs = {buy("d1", DEBT, "2023-05-01", "100000", "1000"), sell("d2", DEBT, "2025-05-01", "115000", "1000")};
    CapitalGainsStatement none = statement(TaxOptions.DEFAULT, "2025-26", txs);
    assertThat(none.slabRateGains()).isEqualTo(Money.parse("15000"));
    assertThat(none.slabRateTax()).isEmpty();
    assertThat(none.totalTax()).isEmpty();
    assertThat(section(none, "50AA @ slab").tax()).isEmpty();
    CapitalGainsStatement at30 = statement(TaxOptions.DEFAULT.withSlabRate(new BigDecimal("0.30")), "2025-26", txs);
    assertThat(at30.slabRateTax()).contains(Money.parse("4500"));
    assertThat(at30.totalTax()).contains(Money.parse("4680"));
  }

  @Test
  void surcharge_cappedAt15PercentOnSpecialRateGains() {
    CapitalGainsStatement s = statement(TaxOptions.DEFAULT.withSurcharge(new BigDecimal("0.25"))
            .withSlabRate(new BigDecimal("0.30")), "2025-26",
        buy("b1", B, "2025-04-10", "50000", "500"),
        sell("b2", B, "2025-08-10", "150000", "500"),
        buy("d1", DEBT, "2023-05-01", "100000", "1000"),
        sell("d2", DEBT, "2025-05-01", "110000", "1000"));
    // 111A: 100000 × 20% = 20000, surcharge 15% = 3000; slab: 10000 × 30% = 3000, surcharge 25% = 750.
    assertThat(s.surcharge()).isEqualTo(Money.parse("3750"));
    assertThat(s.cess()).isEqualTo(Money.parse("1070"));
    assertThat(s.totalTax()).contains(Money.parse("27820"));
  }

  @Test
  void onlyTheYearsSales_earlierYearsGiveLots() {
    CapitalGainsStatement s = statement(TaxOptions.DEFAULT, "2025-26",
        buy("a1", A, "2023-01-10", "100000", "1000"),
        sell("a2", A, "2025-03-31", "60000", "500"),
        sell("a3", A, "2025-04-01", "60000", "500"));
    assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.transaction().value()).isEqualTo("a3"));
    assertThat(s.schedule112ALines()).hasSize(1);
  }
}
