package in.lumpsum.calc.tax;

import static in.lumpsum.calc.tax.TaxFixtures.A;
import static in.lumpsum.calc.tax.TaxFixtures.DEBT;
import static in.lumpsum.calc.tax.TaxFixtures.FOLIO;
import static in.lumpsum.calc.tax.TaxFixtures.buy;
import static in.lumpsum.calc.tax.TaxFixtures.charge;
import static in.lumpsum.calc.tax.TaxFixtures.sell;
import static in.lumpsum.calc.tax.TaxFixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each rule through the engine and the statement, at and either side of its boundary dates (review of
 * issue 5). Sources are in {@code docs/TAX.md} and in each rule's {@code source()}.
 */
class TaxBoundariesTest {

  private static final SchemeCode GF1 = SchemeCode.of(100011);
  private static final SchemeCode GF2 = SchemeCode.of(100012);
  private static final SchemeCode GF3 = SchemeCode.of(100013);
  private static final SchemeCode GF4 = SchemeCode.of(100014);
  private static final TaxInputs INPUTS = TaxInputs.of(Map.of(A, SchemeTaxProfile.EQUITY,
      DEBT, SchemeTaxProfile.DEBT, GF1, SchemeTaxProfile.EQUITY, GF2, SchemeTaxProfile.EQUITY,
      GF3, SchemeTaxProfile.EQUITY, GF4, SchemeTaxProfile.EQUITY));

  private static GainLine only(Transaction... txs) {
    List<GainLine> lines = CapitalGainsEngine.DEFAULT.ledger(List.of(txs), INPUTS, LocalDate.of(2030, 3, 31))
        .lines();
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  private static CapitalGainsStatement statement(TaxOptions options, String fy, Transaction... txs) {
    return CapitalGainsStatement.of(List.of(txs), INPUTS, options, FinancialYear.parse(fy));
  }

  @Test
  void debtUnitsBoughtBefore2023_22Vs23July2024_36MonthsThen24() {
    // Bought 10 January 2022 (before s. 50AA), held about 30 months: short-term under the 36-month rule on
    // 22 July 2024, long-term under the 24-month rule on 23 July 2024 (Finance (No. 2) Act, 2024),
    // taxed at 12.5% without indexation.
    GainLine on22 = only(buy("p", DEBT, "2022-01-10", "100000", "1000"), sell("s", DEBT, "2024-07-22", "120000", "1000"));
    assertThat(on22.term()).isEqualTo(Term.SHORT);
    assertThat(on22.rule().atSlabRate()).isTrue();
    GainLine on23 = only(buy("p", DEBT, "2022-01-10", "100000", "1000"), sell("s", DEBT, "2024-07-23", "120000", "1000"));
    assertThat(on23.term()).isEqualTo(Term.LONG);
    assertThat(on23.rule().label()).isEqualTo("112 @ 12.5%");
    assertThat(on23.indexedCost()).isEmpty();
    assertThat(on23.gain()).isEqualTo(Money.parse("20000"));
  }

  @Test
  void debtUnits_36MonthsAcrossLeapDay_and24MonthsAtMonthEnd() {
    // 28 February 2021 + 36 months = 28 February 2024: a sale that day is short-term, on 29 February long.
    GainLine feb28 = only(buy("p", DEBT, "2021-02-28", "1000", "10"), sell("s", DEBT, "2024-02-28", "1100", "10"));
    assertThat(feb28.term()).isEqualTo(Term.SHORT);
    GainLine feb29 = only(buy("p", DEBT, "2021-02-28", "1000", "10"), sell("s", DEBT, "2024-02-29", "1100", "10"));
    assertThat(feb29.term()).isEqualTo(Term.LONG);
    assertThat(feb29.rule().label()).isEqualTo("112 @ 20%");
    assertThat(feb29.indexedCost()).contains(Money.parse("1156.15")); // 1000 × 348 / 301
    // 31 August 2022 + 24 months = 31 August 2024.
    assertThat(only(buy("p", DEBT, "2022-08-31", "1000", "10"), sell("s", DEBT, "2024-08-31", "1100", "10")).term())
        .isEqualTo(Term.SHORT);
    assertThat(only(buy("p", DEBT, "2022-08-31", "1000", "10"), sell("s", DEBT, "2024-09-01", "1100", "10")).term())
        .isEqualTo(Term.LONG);
  }

  @Test
  void section50AA_acquired31MarchVs1April2023() {
    GainLine march = only(buy("p", DEBT, "2023-03-31", "1000", "10"), sell("s", DEBT, "2025-04-01", "1100", "10"));
    assertThat(march.taxClass()).isEqualTo(TaxClass.OTHER);
    assertThat(march.term()).isEqualTo(Term.LONG);
    assertThat(march.rule().label()).isEqualTo("112 @ 12.5%");
    GainLine april = only(buy("p", DEBT, "2023-04-01", "1000", "10"), sell("s", DEBT, "2025-04-02", "1100", "10"));
    assertThat(april.taxClass()).isEqualTo(TaxClass.SPECIFIED_FUND);
    assertThat(april.rule().label()).isEqualTo("50AA @ slab");
  }

  @Test
  void grandfathering_31JanuaryVs1February2018_inEachCbdtCase() {
    // CBDT FAQ of 4 February 2018: cost 100; (FMV, sale) = (200, 250) → 50, (200, 150) → 0, (50, 150) → 50,
    // (200, 50) → −50 for units acquired on or before 31 January 2018; units acquired on 1 February 2018
    // keep their actual cost whatever the FMV.
    TaxInputs inputs = INPUTS.withFairMarketValues(FairMarketValues.of(Map.of(GF1, Nav.parse("200"),
        GF2, Nav.parse("200"), GF3, Nav.parse("50"), GF4, Nav.parse("200"))));
    SchemeCode[] schemes = {GF1, GF2, GF3, GF4};
    String[] sales = {"250", "150", "150", "50"};
    String[] grandfathered = {"50", "0", "50", "-50"};
    String[] notGrandfathered = {"150", "50", "50", "-50"};
    for (int i = 0; i < 4; i++) {
      for (String acquired : List.of("2018-01-31", "2018-02-01")) {
        List<GainLine> lines = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("p", schemes[i], acquired, "100", "1"),
            sell("s", schemes[i], "2019-04-01", sales[i], "1")), inputs, LocalDate.of(2020, 3, 31)).lines();
        GainLine l = lines.get(0);
        boolean before = acquired.equals("2018-01-31");
        assertThat(l.gain()).as("case %d acquired %s", i + 1, acquired)
            .isEqualTo(Money.parse(before ? grandfathered[i] : notGrandfathered[i]));
        assertThat(l.fairMarketValue().isPresent()).isEqualTo(before);
        assertThat(l.rule().label()).isEqualTo("112A @ 10%");
      }
    }
  }

  @Test
  void grandfatheringSection_55_2_ac_until31March2026_then90OfTheActOf2025() {
    assertThat(TaxRules.grandfatheringSection(LocalDate.of(2026, 3, 31))).isEqualTo("55(2)(ac)");
    assertThat(TaxRules.grandfatheringSection(LocalDate.of(2026, 4, 1))).isEqualTo("90 (ITA 2025)");
    // The rule itself does not change: still max(actual, min(FMV, sale)).
    assertThat(TaxRules.grandfathered(LocalDate.of(2018, 1, 31), LocalDate.of(2026, 4, 1), Term.LONG)).isTrue();
  }

  @Test
  void grandfathering_unitsBought31January2018_shortTermOn31January2019_notGrandfathered() {
    TaxInputs inputs = INPUTS.withFairMarketValues(FairMarketValues.of(Map.of(A, Nav.parse("200"))));
    List<GainLine> exactly12 = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("p", A, "2018-01-31", "100", "1"),
        sell("s", A, "2019-01-31", "250", "1")), inputs, LocalDate.of(2020, 3, 31)).lines();
    assertThat(exactly12.get(0).term()).isEqualTo(Term.SHORT);
    assertThat(exactly12.get(0).gain()).isEqualTo(Money.parse("150"));
    assertThat(exactly12.get(0).rule().label()).isEqualTo("111A @ 15%");
    List<GainLine> after = CapitalGainsEngine.DEFAULT.ledger(List.of(buy("p", A, "2018-01-31", "100", "1"),
        sell("s", A, "2019-02-01", "250", "1")), inputs, LocalDate.of(2020, 3, 31)).lines();
    assertThat(after.get(0).gain()).isEqualTo(Money.parse("50"));
  }

  @Test
  void transfersFebruaryToMarch2018_exemptUnder10_38_andTheirLossesNotSetOff() {
    CapitalGainsStatement s = statement(TaxOptions.DEFAULT, "2017-18",
        buy("p", A, "2016-01-04", "100000", "1000"),
        sell("s", A, "2018-03-31", "50000", "1000"));
    assertThat(s.lines().get(0).rule().label()).isEqualTo("10(38) @ 0%");
    assertThat(s.carryForwardLongTermLoss()).isEqualTo(Money.ZERO);
  }

  @Test
  void exemption112A_oneLakhIn2023_24() {
    CapitalGainsStatement s = statement(TaxOptions.DEFAULT, "2023-24",
        buy("p", A, "2022-01-10", "100000", "1000"),
        sell("s", A, "2024-03-28", "250000", "1000"));
    SectionTotal t = s.sections().get(0);
    assertThat(t.exempt()).isEqualTo(Money.ofRupees(100_000));
    assertThat(t.tax()).contains(Money.parse("5000"));
  }

  @Test
  void surcharge_onSection112Gains_cappedOnlyFrom2022_23() {
    // Finance Act, 2022 capped surcharge at 15% on long-term gains under s. 112 from assessment year
    // 2023-24; in 2021-22 the investor's full rate applies. CII 2017-18 272, 2021-22 317, 2022-23 331.
    TaxOptions at25 = TaxOptions.DEFAULT.withSurcharge(new BigDecimal("0.25"));
    CapitalGainsStatement y2021 = statement(at25, "2021-22",
        buy("p", DEBT, "2017-04-10", "272000", "1000"), sell("s", DEBT, "2021-06-10", "417000", "1000"));
    assertThat(y2021.specialRateTax()).isEqualTo(Money.parse("20000"));
    assertThat(y2021.surcharge()).isEqualTo(Money.parse("5000"));
    CapitalGainsStatement y2022 = statement(at25, "2022-23",
        buy("p", DEBT, "2017-04-10", "272000", "1000"), sell("s", DEBT, "2022-06-10", "431000", "1000"));
    assertThat(y2022.specialRateTax()).isEqualTo(Money.parse("20000"));
    assertThat(y2022.surcharge()).isEqualTo(Money.parse("3000"));
  }

  @Test
  void cess_3PercentUntil2017_18_4PercentFrom2018_19() {
    // Finance Act, 2018: health and education cess of 4% from assessment year 2019-20, replacing the 2%
    // education cess and 1% secondary and higher education cess.
    CapitalGainsStatement old = statement(TaxOptions.DEFAULT, "2017-18",
        buy("p", A, "2017-05-02", "100000", "1000"), sell("s", A, "2017-09-01", "200000", "1000"));
    assertThat(old.specialRateTax()).isEqualTo(Money.parse("15000"));
    assertThat(old.cess()).isEqualTo(Money.parse("450"));
    CapitalGainsStatement later = statement(TaxOptions.DEFAULT, "2018-19",
        buy("p", A, "2018-05-02", "100000", "1000"), sell("s", A, "2018-09-03", "200000", "1000"));
    assertThat(later.cess()).isEqualTo(Money.parse("600"));
  }

  @Test
  void fifo_acrossIdcwReinvestment_eachLotItsOwnTerm() {
    List<GainLine> lines = CapitalGainsEngine.DEFAULT.ledger(List.of(
        buy("p", A, "2023-01-10", "10000", "100"),
        tx("iv", A, TransactionType.IDCW_REINVESTMENT, "2023-06-10", "1100", "10"),
        sell("s", A, "2024-03-01", "13200", "110")), INPUTS, LocalDate.of(2024, 3, 31)).lines();
    assertThat(lines).extracting(GainLine::term).containsExactly(Term.LONG, Term.SHORT);
    assertThat(lines).extracting(GainLine::gain).containsExactly(Money.parse("2000"), Money.parse("100"));
  }

  @Test
  void fifo_perFolio_aSaleTakesOnlyItsFolioLots() {
    FolioKey other = FolioKey.of(Amc.of("Sample Mutual Fund"), "7654321/00");
    Transaction old = buy("p1", A, "2020-01-10", "1000", "100");
    Transaction otherFolio = Transaction.builder().id(TransactionId.of("p2")).schemeCode(A).folio(other)
        .type(TransactionType.PURCHASE).tradeDate(LocalDate.of(2024, 1, 10)).amount(Money.parse("3000"))
        .units(Units.parse("100")).build();
    Transaction sale = Transaction.builder().id(TransactionId.of("s")).schemeCode(A).folio(other)
        .type(TransactionType.REDEMPTION).tradeDate(LocalDate.of(2024, 6, 10)).amount(Money.parse("3500"))
        .units(Units.parse("100")).build();
    TaxLedger l = CapitalGainsEngine.DEFAULT.ledger(List.of(old, otherFolio, sale), INPUTS, LocalDate.of(2025, 3, 31));
    assertThat(l.lines()).singleElement().satisfies(line -> {
      assertThat(line.lotSource()).isEqualTo(TransactionId.of("p2"));
      assertThat(line.term()).isEqualTo(Term.SHORT);
      assertThat(line.gain()).isEqualTo(Money.parse("500"));
    });
    assertThat(l.lots(new HoldingRef(A, FOLIO))).singleElement();
  }

  @Test
  void stampDutyListedBeforeItsPurchase_stillInCost() {
    GainLine l = only(charge("sd", A, TransactionType.STAMP_DUTY, "2024-01-05", "0.05"),
        buy("p", A, "2024-01-05", "999.95", "10"), sell("s", A, "2024-03-05", "1200", "10"));
    assertThat(l.actualCost()).isEqualTo(Money.parse("1000.00"));
  }

  @Test
  void lossCarryForward_shortAndLongApart_longNeverAgainstShort() {
    CapitalGainsStatement s = statement(TaxOptions.DEFAULT, "2025-26",
        buy("e1", A, "2025-04-02", "100000", "1000"),
        sell("e2", A, "2025-06-02", "70000", "1000"),
        buy("d1", DEBT, "2022-04-04", "100000", "1000"),
        sell("d2", DEBT, "2025-06-02", "80000", "1000"),
        buy("d3", DEBT, "2025-04-02", "10000", "100"),
        sell("d4", DEBT, "2025-09-02", "15000", "100"));
    // Short-term: 30000 loss (111A) against 5000 slab gain → 25000 carried; long-term 20000 loss (112)
    // has no long-term gain to meet and may not meet the short-term gain → 20000 carried.
    assertThat(s.carryForwardShortTermLoss()).isEqualTo(Money.parse("25000"));
    assertThat(s.carryForwardLongTermLoss()).isEqualTo(Money.parse("20000"));
    assertThat(s.totalTax()).contains(Money.ZERO);
    assertThat(s.slabRateGains()).isEqualTo(Money.ZERO);
  }

  @Test
  void setOffOrder_shortTermLossMeetsShortTermGainsFirst_asDocumented() {
    // The order is the taxpayer's (ss. 70, 74); lumpsum's, as TAX.md states: short-term gains first, even
    // when a long-term gain is taxed higher than the slab rate.
    CapitalGainsStatement s = statement(TaxOptions.DEFAULT.withSlabRate(new BigDecimal("0.05")), "2025-26",
        buy("e1", GF1, "2025-04-02", "100000", "1000"),
        sell("e2", GF1, "2025-06-02", "90000", "1000"),
        buy("d1", DEBT, "2025-04-02", "100000", "1000"),
        sell("d2", DEBT, "2025-09-02", "110000", "1000"),
        buy("a1", A, "2023-01-10", "100000", "1000"),
        sell("a2", A, "2025-09-02", "300000", "1000"));
    SectionTotal slab = s.sections().stream().filter(t -> t.rule().label().equals("50AA @ slab")).findFirst()
        .orElseThrow();
    assertThat(slab.setOff()).isEqualTo(Money.parse("10000"));
    assertThat(slab.taxable()).isEqualTo(Money.ZERO);
  }
}
