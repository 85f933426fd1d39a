package in.lumpsum.calc.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.scheme.SebiCategory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaxRulesTest {

  private static final TaxRules RULES = TaxRules.DEFAULT;

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static String label(GainKind kind, String date) {
    return RULES.rate(kind, d(date)).label();
  }

  @Test
  void equityShortTerm_111A_atEachBoundary() {
    assertThat(label(GainKind.EQUITY_SHORT, "2008-03-31")).isEqualTo("111A @ 10%");
    assertThat(label(GainKind.EQUITY_SHORT, "2008-04-01")).isEqualTo("111A @ 15%");
    assertThat(label(GainKind.EQUITY_SHORT, "2024-07-22")).isEqualTo("111A @ 15%");
    assertThat(label(GainKind.EQUITY_SHORT, "2024-07-23")).isEqualTo("111A @ 20%");
    assertThat(label(GainKind.EQUITY_SHORT, "2026-03-31")).isEqualTo("111A @ 20%");
    assertThat(label(GainKind.EQUITY_SHORT, "2026-04-01")).isEqualTo("196 (ITA 2025) @ 20%");
    assertThatThrownBy(() -> RULES.rate(GainKind.EQUITY_SHORT, d("2004-09-30")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equityLongTerm_10_38_then_112A_then_198() {
    assertThat(label(GainKind.EQUITY_LONG, "2018-03-31")).isEqualTo("10(38) @ 0%");
    assertThat(label(GainKind.EQUITY_LONG, "2018-04-01")).isEqualTo("112A @ 10%");
    assertThat(label(GainKind.EQUITY_LONG, "2024-07-22")).isEqualTo("112A @ 10%");
    assertThat(label(GainKind.EQUITY_LONG, "2024-07-23")).isEqualTo("112A @ 12.5%");
    assertThat(label(GainKind.EQUITY_LONG, "2026-03-31")).isEqualTo("112A @ 12.5%");
    assertThat(label(GainKind.EQUITY_LONG, "2026-04-01")).isEqualTo("198 (ITA 2025) @ 12.5%");
  }

  @Test
  void otherLongTerm_112_indexedUntil22July2024() {
    TaxRule before = RULES.rate(GainKind.OTHER_LONG, d("2024-07-22"));
    TaxRule after = RULES.rate(GainKind.OTHER_LONG, d("2024-07-23"));
    assertThat(before.label()).isEqualTo("112 @ 20%");
    assertThat(before.indexed()).isTrue();
    assertThat(after.label()).isEqualTo("112 @ 12.5%");
    assertThat(after.indexed()).isFalse();
    assertThat(label(GainKind.OTHER_LONG, "2026-04-01")).isEqualTo("197 (ITA 2025) @ 12.5%");
  }

  @Test
  void slabRateKinds_reportedAsSlab_withSections() {
    assertThat(label(GainKind.SPECIFIED_FUND, "2026-03-31")).isEqualTo("50AA @ slab");
    assertThat(label(GainKind.SPECIFIED_FUND, "2026-04-01")).isEqualTo("76 (ITA 2025) @ slab");
    assertThat(RULES.rate(GainKind.OTHER_SHORT, d("2025-01-01")).atSlabRate()).isTrue();
    for (TaxRule r : RULES.rates()) {
      assertThat(r.source()).as("every rule names its source").isNotBlank();
    }
  }

  @Test
  void equityHoldingPeriod_calendarMonths_notDays() {
    HoldingPeriodRule r = RULES.holdingPeriod(TaxClass.EQUITY_ORIENTED, false, d("2024-01-16"));
    assertThat(r.term(d("2023-01-15"), d("2024-01-15"))).isEqualTo(Term.SHORT);
    assertThat(r.term(d("2023-01-15"), d("2024-01-16"))).isEqualTo(Term.LONG);
    // 1 March 2023 to 1 March 2024 is 366 days across 29 February, yet exactly 12 months: short-term.
    assertThat(r.term(d("2023-03-01"), d("2024-03-01"))).isEqualTo(Term.SHORT);
    assertThat(r.term(d("2023-03-01"), d("2024-03-02"))).isEqualTo(Term.LONG);
    // 29 February plus 12 months is 28 February.
    assertThat(r.term(d("2024-02-29"), d("2025-02-28"))).isEqualTo(Term.SHORT);
    assertThat(r.term(d("2024-02-29"), d("2025-03-01"))).isEqualTo(Term.LONG);
  }

  @Test
  void otherHoldingPeriod_36Then24Or12Listed() {
    assertThat(RULES.holdingPeriod(TaxClass.OTHER, false, d("2024-07-22")).months()).isEqualTo(36);
    assertThat(RULES.holdingPeriod(TaxClass.OTHER, true, d("2024-07-22")).months()).isEqualTo(36);
    assertThat(RULES.holdingPeriod(TaxClass.OTHER, false, d("2024-07-23")).months()).isEqualTo(24);
    assertThat(RULES.holdingPeriod(TaxClass.OTHER, true, d("2024-07-23")).months()).isEqualTo(12);
    assertThat(RULES.holdingPeriod(TaxClass.OTHER, false, d("2014-07-10")).months()).isEqualTo(12);
    assertThat(RULES.holdingPeriod(TaxClass.OTHER, false, d("2014-07-11")).months()).isEqualTo(36);
    assertThat(RULES.holdingPeriod(TaxClass.OTHER, false, d("2026-04-01")).source()).contains("2(101)");
    assertThat(RULES.holdingPeriod(TaxClass.SPECIFIED_FUND, false, d("2030-01-01"))
        .term(d("2023-04-01"), d("2030-01-01"))).isEqualTo(Term.SHORT);
  }

  @Test
  void specifiedFund_acquiredFromApril2023_definitionByTransferYear() {
    SchemeTaxProfile gold = SchemeTaxProfile.LOW_EQUITY_NON_DEBT;
    assertThat(gold.taxClass(d("2023-03-31"), d("2025-03-31"))).isEqualTo(TaxClass.OTHER);
    assertThat(gold.taxClass(d("2023-04-01"), d("2025-03-31"))).isEqualTo(TaxClass.SPECIFIED_FUND);
    assertThat(gold.taxClass(d("2023-04-01"), d("2025-04-01"))).isEqualTo(TaxClass.OTHER);
    SchemeTaxProfile debt = SchemeTaxProfile.DEBT;
    assertThat(debt.taxClass(d("2023-04-01"), d("2025-04-01"))).isEqualTo(TaxClass.SPECIFIED_FUND);
    assertThat(debt.taxClass(d("2023-03-31"), d("2025-04-01"))).isEqualTo(TaxClass.OTHER);
    assertThat(SchemeTaxProfile.EQUITY.taxClass(d("2023-04-01"), d("2025-04-01")))
        .isEqualTo(TaxClass.EQUITY_ORIENTED);
  }

  @Test
  void defaultProfile_fromSebiCategory() {
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.LARGE_CAP)).isEqualTo(SchemeTaxProfile.EQUITY);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.ELSS)).isEqualTo(SchemeTaxProfile.EQUITY);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.ARBITRAGE)).isEqualTo(SchemeTaxProfile.EQUITY);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.LIQUID)).isEqualTo(SchemeTaxProfile.DEBT);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.BALANCED_HYBRID)).isEqualTo(SchemeTaxProfile.HYBRID);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.GOLD_ETF).listed()).isTrue();
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.FOF_OVERSEAS))
        .isEqualTo(SchemeTaxProfile.LOW_EQUITY_NON_DEBT);
    for (SebiCategory c : SebiCategory.values()) {
      assertThat(SchemeTaxProfile.defaultFor(c)).isNotNull();
    }
  }

  @Test
  void defaultProfile_byName_tellsDebtAndForeignIndexFundsApart() {
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.INDEX_FUND, "Sample Nifty 50 Index Fund - Direct - Growth"))
        .isEqualTo(SchemeTaxProfile.EQUITY);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.INDEX_FUND,
        "Sample Crisil IBX 60:40 SDL+AAA PSU-Apr 2027 Index Fund-Direct Growth")).isEqualTo(SchemeTaxProfile.DEBT);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.INDEX_FUND, "Sample Nifty G-Sec Jun 2036 Index Fund"))
        .isEqualTo(SchemeTaxProfile.DEBT);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.INDEX_FUND, "Sample Nasdaq 100 Index Fund"))
        .isEqualTo(SchemeTaxProfile.LOW_EQUITY_NON_DEBT);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.FOF_DOMESTIC, "Sample Gold Savings Fund (FoF)"))
        .isEqualTo(SchemeTaxProfile.LOW_EQUITY_NON_DEBT);
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.OTHER_ETF, "Sample Nifty 1D Rate Liquid ETF").debtAbove65())
        .isTrue();
    // The name is not read where the category settles it.
    assertThat(SchemeTaxProfile.defaultFor(SebiCategory.LARGE_CAP, "Sample Bond Street Large Cap Fund"))
        .isEqualTo(SchemeTaxProfile.EQUITY);
  }

  @Test
  void exemption112A_byYear() {
    assertThat(RULES.exemption112A(FinancialYear.parse("2017-18"))).isEqualTo(Money.ZERO);
    assertThat(RULES.exemption112A(FinancialYear.parse("2018-19"))).isEqualTo(Money.ofRupees(100_000));
    assertThat(RULES.exemption112A(FinancialYear.parse("2023-24"))).isEqualTo(Money.ofRupees(100_000));
    assertThat(RULES.exemption112A(FinancialYear.parse("2024-25"))).isEqualTo(Money.ofRupees(125_000));
    assertThat(RULES.exemption112A(FinancialYear.parse("2026-27"))).isEqualTo(Money.ofRupees(125_000));
  }

  @Test
  void grandfathering_cbdtFaqScenarios() {
    // CBDT, "FAQs on taxation of long term capital gains on transfer of equity shares, units of an equity
    // oriented fund" (4 February 2018): cost 100, and (FMV on 31 Jan 2018, sale value) of
    // (200, 250) gives cost 200 and gain 50; (200, 150) cost 150, gain 0; (50, 150) cost 100, gain 50;
    // (200, 50) cost 100, loss 50.
    Money cost = Money.ofRupees(100);
    assertThat(TaxRules.grandfatheredCost(cost, Money.ofRupees(200), Money.ofRupees(250))).isEqualTo(Money.ofRupees(200));
    assertThat(TaxRules.grandfatheredCost(cost, Money.ofRupees(200), Money.ofRupees(150))).isEqualTo(Money.ofRupees(150));
    assertThat(TaxRules.grandfatheredCost(cost, Money.ofRupees(50), Money.ofRupees(150))).isEqualTo(Money.ofRupees(100));
    assertThat(TaxRules.grandfatheredCost(cost, Money.ofRupees(200), Money.ofRupees(50))).isEqualTo(Money.ofRupees(100));
  }

  @Test
  void grandfathering_appliesTo31January2018AndLongTermOnly() {
    assertThat(TaxRules.grandfathered(d("2018-01-31"), d("2018-04-01"), Term.LONG)).isTrue();
    assertThat(TaxRules.grandfathered(d("2018-02-01"), d("2019-04-01"), Term.LONG)).isFalse();
    assertThat(TaxRules.grandfathered(d("2017-01-31"), d("2018-03-31"), Term.LONG)).isFalse();
    assertThat(TaxRules.grandfathered(d("2018-01-31"), d("2018-04-01"), Term.SHORT)).isFalse();
  }

  @Test
  void costInflationIndex_indexesFromAcquisitionYear() {
    CostInflationIndex cii = CostInflationIndex.DEFAULT;
    assertThat(cii.of(FinancialYear.parse("2001-02"))).contains(100);
    assertThat(cii.of(new FinancialYear(1995))).contains(100);
    assertThat(cii.of(FinancialYear.parse("2023-24"))).contains(348);
    assertThat(cii.of(FinancialYear.parse("2025-26"))).contains(376);
    assertThat(cii.of(FinancialYear.parse("2026-27"))).isEmpty();
    // ₹1,00,000 in 2015-16 (254) indexed to 2023-24 (348).
    assertThat(cii.indexed(Money.ofRupees(100_000), d("2015-06-01"), d("2024-03-31")))
        .contains(Money.parse("137007.87"));
  }

  @Test
  void financialYear_parseAndBounds() {
    FinancialYear fy = FinancialYear.parse("2025-26");
    assertThat(fy.start()).isEqualTo(d("2025-04-01"));
    assertThat(fy.end()).isEqualTo(d("2026-03-31"));
    assertThat(FinancialYear.parse("FY 2025-2026")).isEqualTo(fy);
    assertThat(FinancialYear.of(d("2026-03-31"))).isEqualTo(fy);
    assertThat(FinancialYear.of(d("2026-04-01")).toString()).isEqualTo("2026-27");
    assertThat(FinancialYear.parse("1999-00").toString()).isEqualTo("1999-00");
    assertThatThrownBy(() -> FinancialYear.parse("2025-27")).hasMessageContaining("follow");
    assertThatThrownBy(() -> FinancialYear.parse("25-26")).hasMessageContaining("2025-26");
  }
}
