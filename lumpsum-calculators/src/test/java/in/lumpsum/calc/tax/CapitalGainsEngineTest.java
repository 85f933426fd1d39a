package in.lumpsum.calc.tax;

import static in.lumpsum.calc.tax.TaxFixtures.A;
import static in.lumpsum.calc.tax.TaxFixtures.B;
import static in.lumpsum.calc.tax.TaxFixtures.DEBT;
import static in.lumpsum.calc.tax.TaxFixtures.SEG;
import static in.lumpsum.calc.tax.TaxFixtures.buy;
import static in.lumpsum.calc.tax.TaxFixtures.charge;
import static in.lumpsum.calc.tax.TaxFixtures.sell;
import static in.lumpsum.calc.tax.TaxFixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapitalGainsEngineTest {

  private static final TaxInputs EQUITY = TaxInputs.of(Map.of(A, SchemeTaxProfile.EQUITY,
      B, SchemeTaxProfile.EQUITY, DEBT, SchemeTaxProfile.DEBT, SEG, SchemeTaxProfile.DEBT));
  private static final LocalDate END = LocalDate.of(2027, 3, 31);

  private static TaxLedger ledger(TaxInputs inputs, Transaction... txs) {
    return CapitalGainsEngine.DEFAULT.ledger(List.of(txs), inputs, END);
  }

  @Test
  void fifo_partialRedemptionsAndSwitch_splitLotsAndClassifyEach() {
    TaxLedger l = ledger(EQUITY,
        buy("p1", A, "2022-01-10", "10000", "100"),
        buy("p2", A, "2022-06-10", "6000", "50"),
        sell("r1", A, "2023-03-01", "15600", "120"),
        tx("so", A, TransactionType.SWITCH_OUT, "2024-08-01", "4500", "30"),
        tx("si", B, TransactionType.SWITCH_IN, "2024-08-01", "4500", "45"));
    assertThat(l.lines()).hasSize(3);
    GainLine first = l.lines().get(0);
    assertThat(first.lotSource()).isEqualTo(TransactionId.of("p1"));
    assertThat(first.saleValue()).isEqualTo(Money.parse("13000"));
    assertThat(first.gain()).isEqualTo(Money.parse("3000"));
    assertThat(first.rule().label()).isEqualTo("112A @ 10%");
    GainLine second = l.lines().get(1);
    assertThat(second.units()).isEqualTo(Units.parse("20"));
    assertThat(second.saleValue()).isEqualTo(Money.parse("2600"));
    assertThat(second.actualCost()).isEqualTo(Money.parse("2400"));
    assertThat(second.rule().label()).isEqualTo("111A @ 15%");
    GainLine sw = l.lines().get(2);
    assertThat(sw.transaction()).isEqualTo(TransactionId.of("so"));
    assertThat(sw.gain()).isEqualTo(Money.parse("900"));
    assertThat(sw.rule().label()).isEqualTo("112A @ 12.5%");
    // The switch in is a purchase in B, dated the switch.
    assertThat(l.lots(new HoldingRef(B, TaxFixtures.FOLIO))).singleElement()
        .satisfies(lot -> assertThat(lot.acquiredOn()).isEqualTo(LocalDate.of(2024, 8, 1)));
    assertThat(l.lots(new HoldingRef(A, TaxFixtures.FOLIO))).isEmpty();
  }

  @Test
  void merger_carriesCostAndDate_noGain() {
    TaxLedger l = ledger(EQUITY,
        buy("p1", A, "2019-05-01", "10000", "1000"),
        tx("mi", B, TransactionType.MERGER_SWITCH_IN, "2023-06-01", "0", "800"),
        tx("mo", A, TransactionType.MERGER_SWITCH_OUT, "2023-06-01", "0", "1000"),
        sell("r1", B, "2024-01-10", "7000", "400"));
    assertThat(l.lines()).singleElement().satisfies(line -> {
      assertThat(line.acquiredOn()).isEqualTo(LocalDate.of(2019, 5, 1));
      assertThat(line.actualCost()).isEqualTo(Money.parse("5000"));
      assertThat(line.gain()).isEqualTo(Money.parse("2000"));
      assertThat(line.term()).isEqualTo(Term.LONG);
    });
    assertThat(l.lots(new HoldingRef(B, TaxFixtures.FOLIO))).singleElement()
        .satisfies(lot -> assertThat(lot.cost()).isEqualTo(Money.parse("5000")));
    assertThat(l.notes()).isEmpty();
  }

  @Test
  void merger_unpaired_notedNotSilent() {
    TaxLedger l = ledger(EQUITY,
        buy("p1", A, "2019-05-01", "10000", "1000"),
        tx("mo", A, TransactionType.MERGER_SWITCH_OUT, "2023-06-01", "0", "1000"),
        tx("mi", B, TransactionType.MERGER_SWITCH_IN, "2023-06-02", "9000", "800"));
    assertThat(l.notes()).hasSize(2);
    assertThat(l.notes().get(0).text()).contains("no merger switch in");
    assertThat(l.lots(new HoldingRef(B, TaxFixtures.FOLIO)).get(0).acquiredOn()).isEqualTo(LocalDate.of(2023, 6, 2));
  }

  @Test
  void segregation_splitsCostAndKeepsDate() {
    TaxInputs inputs = EQUITY.withSegregation(SEG, new SegregationSplit(DEBT, new BigDecimal("0.1")));
    TaxLedger l = ledger(inputs,
        buy("p1", DEBT, "2019-01-01", "10000", "1000"),
        tx("sg", SEG, TransactionType.SEGREGATION, "2020-01-01", "0", "1000"),
        sell("r1", SEG, "2023-06-01", "300", "1000"));
    assertThat(l.lots(new HoldingRef(DEBT, TaxFixtures.FOLIO))).singleElement()
        .satisfies(lot -> assertThat(lot.cost()).isEqualTo(Money.parse("9000")));
    GainLine line = l.lines().get(0);
    assertThat(line.acquiredOn()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(line.actualCost()).isEqualTo(Money.parse("1000"));
    // Bought before April 2023 and held over 36 months: long-term under 112, indexed (2018-19: 280,
    // 2023-24: 348): 1000 × 348 / 280 = 1242.86.
    assertThat(line.taxClass()).isEqualTo(TaxClass.OTHER);
    assertThat(line.term()).isEqualTo(Term.LONG);
    assertThat(line.indexedCost()).contains(Money.parse("1242.86"));
    assertThat(line.gain()).isEqualTo(Money.parse("-942.86"));
  }

  @Test
  void segregation_withoutSplit_costsNothing_withNote() {
    TaxLedger l = ledger(EQUITY,
        buy("p1", DEBT, "2019-01-01", "10000", "1000"),
        tx("sg", SEG, TransactionType.SEGREGATION, "2020-01-01", "0", "1000"));
    assertThat(l.lots(new HoldingRef(SEG, TaxFixtures.FOLIO)).get(0).cost()).isEqualTo(Money.ZERO);
    assertThat(l.notes()).singleElement().satisfies(n -> assertThat(n.text()).contains("no cost split"));
  }

  @Test
  void stampDutyInCost_sttNotDeducted() {
    TaxLedger l = ledger(EQUITY,
        buy("p1", A, "2024-01-05", "9999.50", "99.995"),
        charge("d1", A, TransactionType.STAMP_DUTY, "2024-01-05", "0.50"),
        sell("r1", A, "2024-03-05", "11000", "99.995"),
        charge("s1", A, TransactionType.STT, "2024-03-05", "0.11"));
    assertThat(l.lines().get(0).actualCost()).isEqualTo(Money.parse("10000"));
    assertThat(l.lines().get(0).gain()).isEqualTo(Money.parse("1000"));
    assertThat(l.sttPaid()).containsEntry(FinancialYear.parse("2023-24"), Money.parse("0.11"));
  }

  @Test
  void idcwReinvestmentAndBonus_openLots() {
    TaxLedger l = ledger(EQUITY,
        buy("p1", A, "2024-01-05", "1000", "10"),
        tx("iv", A, TransactionType.IDCW_REINVESTMENT, "2024-02-05", "50", "0.5"),
        tx("bn", A, TransactionType.BONUS, "2024-03-05", "0", "10"),
        sell("r1", A, "2024-04-05", "2100", "20.5"));
    assertThat(l.lines()).extracting(GainLine::actualCost)
        .containsExactly(Money.parse("1000"), Money.parse("50"), Money.ZERO);
  }

  @Test
  void grandfathering_throughEngine_cbdtScenarioOne() {
    // CBDT FAQ (4 February 2018), scenario 1: bought 1 January 2017 at 100, FMV on 31 January 2018 200,
    // sold on 1 April 2018 at 250: long-term gain 50.
    TaxInputs inputs = EQUITY.withFairMarketValues(FairMarketValues.of(Map.of(A, Nav.parse("200"))));
    TaxLedger l = ledger(inputs, buy("p1", A, "2017-01-01", "100", "1"), sell("r1", A, "2018-04-01", "250", "1"));
    GainLine line = l.lines().get(0);
    assertThat(line.fairMarketValue()).contains(Money.parse("200"));
    assertThat(line.deductibleCost()).isEqualTo(Money.parse("200"));
    assertThat(line.gain()).isEqualTo(Money.parse("50"));
    assertThat(line.rule().label()).isEqualTo("112A @ 10%");
  }

  @Test
  void grandfathering_carriedAcrossMerger_usesOriginSchemeFmv() {
    TaxInputs inputs = EQUITY.withFairMarketValues(FairMarketValues.of(Map.of(A, Nav.parse("15"))));
    TaxLedger l = ledger(inputs,
        buy("p1", A, "2017-06-01", "10000", "1000"),
        tx("mo", A, TransactionType.MERGER_SWITCH_OUT, "2020-06-01", "0", "1000"),
        tx("mi", B, TransactionType.MERGER_SWITCH_IN, "2020-06-01", "0", "500"),
        sell("r1", B, "2025-05-02", "20000", "500"));
    GainLine line = l.lines().get(0);
    assertThat(line.fairMarketValue()).contains(Money.parse("15000"));
    assertThat(line.gain()).isEqualTo(Money.parse("5000"));
    assertThat(line.rule().label()).isEqualTo("112A @ 12.5%");
  }

  @Test
  void fairMarketValues_fromNavStore_nav31January2018OrLatestBefore() {
    InMemoryNavStore navs = new InMemoryNavStore();
    navs.upsert(List.of(new NavRecord(A, LocalDate.of(2018, 1, 31), Nav.parse("150")),
        new NavRecord(A, LocalDate.of(2018, 2, 1), Nav.parse("140")),
        new NavRecord(B, LocalDate.of(2018, 1, 30), Nav.parse("20"))));
    FairMarketValues fmv = FairMarketValues.of(navs);
    assertThat(fmv.perUnit(A)).contains(Nav.parse("150"));
    assertThat(fmv.perUnit(B)).contains(Nav.parse("20"));
    assertThat(fmv.perUnit(DEBT)).isEmpty();
    assertThat(FairMarketValues.NONE.orElse(fmv).perUnit(A)).contains(Nav.parse("150"));
  }

  @Test
  void grandfathering_withoutFmv_actualCostAndNote() {
    TaxLedger l = ledger(EQUITY, buy("p1", A, "2017-06-01", "10000", "100"), sell("r1", A, "2025-05-02", "20000", "100"));
    assertThat(l.lines().get(0).gain()).isEqualTo(Money.parse("10000"));
    assertThat(l.notes()).singleElement().satisfies(n -> assertThat(n.text()).contains("31 January 2018 is"));
  }

  @Test
  void specifiedFund_alwaysShortTerm() {
    TaxLedger l = ledger(EQUITY, buy("p1", DEBT, "2023-04-01", "10000", "1000"),
        sell("r1", DEBT, "2026-06-01", "12000", "1000"));
    GainLine line = l.lines().get(0);
    assertThat(line.taxClass()).isEqualTo(TaxClass.SPECIFIED_FUND);
    assertThat(line.term()).isEqualTo(Term.SHORT);
    assertThat(line.rule().label()).isEqualTo("76 (ITA 2025) @ slab");
  }

  @Test
  void duplicatesAndReversals_neverDoubleCount() {
    Transaction p = buy("p1", A, "2024-01-05", "1000", "10");
    Transaction r = sell("r1", A, "2024-03-05", "1200", "10");
    Transaction p2 = buy("p2", A, "2024-02-05", "1000", "10");
    Transaction rev = Transaction.builder().id(TransactionId.of("x")).schemeCode(A).folio(TaxFixtures.FOLIO)
        .type(TransactionType.REVERSAL).tradeDate(LocalDate.of(2024, 2, 6)).amount(Money.ZERO)
        .reverses(TransactionId.of("p2")).build();
    TaxLedger l = ledger(EQUITY, p, p2, rev, r, p, r);
    assertThat(l.lines()).singleElement().satisfies(line -> assertThat(line.gain()).isEqualTo(Money.parse("200")));
  }

  @Test
  void saleBeforeTheRules_takesLotsWithNote_laterYearsStillRight() {
    TaxLedger l = ledger(EQUITY, buy("p1", A, "2003-01-10", "1000", "100"), sell("r1", A, "2004-06-01", "600", "50"),
        sell("r2", A, "2025-06-02", "5000", "50"));
    assertThat(l.lines()).singleElement().satisfies(line -> {
      assertThat(line.transaction()).isEqualTo(TransactionId.of("r2"));
      assertThat(line.actualCost()).isEqualTo(Money.parse("500"));
    });
    assertThat(l.notes().get(0).text()).contains("r1").contains("predates");
    assertThat(l.notes().get(1).text()).contains("r2").contains("31 January 2018");
    assertThat(l.notesFor(FinancialYear.parse("2025-26"))).hasSize(1);
  }

  @Test
  void oversell_namesTransaction() {
    assertThatThrownBy(() -> ledger(EQUITY, buy("p1", A, "2024-01-05", "1000", "10"),
        sell("r1", A, "2024-03-05", "1200", "11")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("r1");
  }

  @Test
  void missingProfile_namesScheme() {
    assertThatThrownBy(() -> ledger(TaxInputs.of(Map.of()), buy("p1", A, "2024-01-05", "1000", "10"),
        sell("r1", A, "2024-03-05", "1200", "10")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("profile");
  }
}
