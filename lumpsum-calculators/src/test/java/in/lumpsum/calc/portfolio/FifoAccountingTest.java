package in.lumpsum.calc.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.Lot;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.funds.nav.NavService;
import in.lumpsum.funds.nav.NavUnavailableException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FifoAccountingTest {

  private static final SchemeCode CODE = SchemeCode.of(119551);
  private static final FolioKey FOLIO = FolioKey.of(Amc.of("Sample Mutual Fund"), "91011121/31");

  private static Transaction tx(String id, TransactionType type, String date, String amount,
      String units) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(CODE).folio(FOLIO).type(type)
        .tradeDate(LocalDate.parse(date)).amount(Money.parse(amount)).units(Units.parse(units)).build();
  }

  private static Transaction reversal(String id, String date, String reverses) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(CODE).folio(FOLIO)
        .type(TransactionType.REVERSAL).tradeDate(LocalDate.parse(date)).amount(Money.ZERO)
        .reverses(TransactionId.of(reverses)).build();
  }

  @Test
  void account_partialRedemption_consumesOldestLotFirst() {
    List<Transaction> txs = List.of(
        tx("t2", TransactionType.SIP_PURCHASE, "2024-02-05", "6000", "50"),
        tx("t1", TransactionType.PURCHASE, "2024-01-05", "10000", "100"),
        tx("t3", TransactionType.REDEMPTION, "2024-06-10", "15600", "120"));
    HoldingAccount a = FifoAccounting.DEFAULT.account(txs, LocalDate.of(2024, 12, 31)).get(0);
    // 100 units at 100 from t1 and 20 of t2's 50 at 120 each: cost 10000 + 2400.
    assertThat(a.realisedGain()).isEqualTo(Money.parse("3200"));
    assertThat(a.holding().units()).isEqualTo(Units.parse("30"));
    assertThat(a.holding().cost()).isEqualTo(Money.parse("3600"));
    assertThat(a.holding().lots()).extracting(Lot::acquiredOn).containsExactly(LocalDate.of(2024, 2, 5));
    assertThat(a.invested()).isEqualTo(Money.parse("16000"));
    assertThat(a.proceeds()).isEqualTo(Money.parse("15600"));
  }

  @Test
  void account_reversedSipInstalment_countsNeither() {
    List<Transaction> txs = List.of(
        tx("t1", TransactionType.SIP_PURCHASE, "2024-01-05", "5000", "50"),
        tx("t2", TransactionType.SIP_PURCHASE, "2024-02-05", "5000", "48.5"),
        reversal("r2", "2024-02-09", "t2"));
    HoldingAccount a = FifoAccounting.DEFAULT.account(txs, LocalDate.of(2024, 12, 31)).get(0);
    assertThat(a.holding().units()).isEqualTo(Units.parse("50"));
    assertThat(a.invested()).isEqualTo(Money.parse("5000"));
  }

  @Test
  void account_stampDuty_addsToCostOfThatDaysLot() {
    List<Transaction> txs = List.of(
        tx("t1", TransactionType.PURCHASE, "2024-01-05", "9999.50", "99.995"),
        Transaction.builder().id(TransactionId.of("d1")).schemeCode(CODE).folio(FOLIO)
            .type(TransactionType.STAMP_DUTY).tradeDate(LocalDate.of(2024, 1, 5))
            .amount(Money.parse("0.50")).build());
    HoldingAccount a = FifoAccounting.DEFAULT.account(txs, LocalDate.of(2024, 12, 31)).get(0);
    assertThat(a.holding().cost()).isEqualTo(Money.parse("10000"));
    assertThat(a.charges()).isEqualTo(Money.parse("0.50"));
  }

  @Test
  void account_redeemsMoreThanHeld_namesTransaction() {
    List<Transaction> txs = List.of(
        tx("t1", TransactionType.PURCHASE, "2024-01-05", "1000", "10"),
        tx("t2", TransactionType.REDEMPTION, "2024-03-05", "1200", "10.001"));
    assertThatThrownBy(() -> FifoAccounting.DEFAULT.account(txs, LocalDate.of(2024, 12, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("units: transaction t2 (REDEMPTION on 2024-03-05) takes out more units");
  }

  @Test
  void account_ignoresTransactionsAfterAsOf() {
    List<Transaction> txs = List.of(
        tx("t1", TransactionType.PURCHASE, "2024-01-05", "1000", "10"),
        tx("t2", TransactionType.PURCHASE, "2025-01-05", "1000", "8"));
    assertThat(FifoAccounting.DEFAULT.account(txs, LocalDate.of(2024, 12, 31)).get(0).holding().units())
        .isEqualTo(Units.parse("10"));
  }

  @Test
  void valuation_usesNavOnOrBefore_andFlagsMissingNav() {
    InMemoryNavStore navs = new InMemoryNavStore();
    navs.upsert(List.of(new NavRecord(CODE, LocalDate.of(2024, 12, 27), Nav.parse("123.4567"))));
    List<Transaction> txs = List.of(tx("t1", TransactionType.PURCHASE, "2024-01-05", "10000", "100"));
    // 31 Dec 2024 falls after the last NAV: valued at 27 Dec's.
    PortfolioValuation v = PortfolioValuation.of(txs, navs, LocalDate.of(2024, 12, 31));
    assertThat(v.value()).isEqualTo(Money.parse("12345.67"));
    assertThat(v.unrealisedGain()).isEqualTo(Money.parse("2345.67"));
    assertThat(v.holdings().get(0).unrealisedGainFraction()).hasValueSatisfying(
        f -> assertThat(f).isEqualByComparingTo("0.234567"));
    assertThat(v.missingNavs()).isZero();

    PortfolioValuation early = PortfolioValuation.of(txs, navs, LocalDate.of(2024, 6, 30));
    assertThat(early.missingNavs()).isEqualTo(1);
    assertThat(early.value()).isEqualTo(Money.ZERO);
  }

  @Test
  void valuation_throughTheNavService_findsANavTheStoreLacks_andWritesItThrough() {
    // The store holds nothing for the scheme; a source (as AMFI or mfapi would) has 27 Dec 2024.
    InMemoryNavStore store = new InMemoryNavStore();
    List<LocalDate> asked = new ArrayList<>();
    NavService service = NavService.builder().store(store).clock(Clock.fixed(
            Instant.parse("2025-01-02T12:00:00Z"), ZoneOffset.UTC))
        .source("amfi", (scheme, from, to) -> {
          asked.add(to);
          return NavSeries.of(List.of(new NavPoint(LocalDate.of(2024, 12, 27),
              new BigDecimal("123.4567"))));
        }).build();
    List<Transaction> txs = List.of(tx("t1", TransactionType.PURCHASE, "2024-01-05", "10000", "100"));
    PortfolioValuation v = PortfolioValuation.of(txs, service, LocalDate.of(2024, 12, 31));
    assertThat(v.missingNavs()).isZero();
    assertThat(v.value()).isEqualTo(Money.parse("12345.67"));
    assertThat(v.holdings().get(0).nav()).hasValueSatisfying(
        n -> assertThat(n.date()).isEqualTo(LocalDate.of(2024, 12, 27)));
    assertThat(asked).containsExactly(LocalDate.of(2024, 12, 31));
    // Written through: the store alone now values it the same.
    assertThat(PortfolioValuation.of(txs, store, LocalDate.of(2024, 12, 31)).value())
        .isEqualTo(Money.parse("12345.67"));
  }

  @Test
  void valuation_whenTheOnlySourceFails_throws_ratherThanValuingAtZero() {
    NavService service = NavService.builder().store(new InMemoryNavStore())
        .clock(Clock.fixed(Instant.parse("2025-01-02T12:00:00Z"), ZoneOffset.UTC))
        .source("amfi", (scheme, from, to) -> {
          throw new IllegalStateException("AMFI is down");
        }).build();
    List<Transaction> txs = List.of(tx("t1", TransactionType.PURCHASE, "2024-01-05", "10000", "100"));
    assertThatThrownBy(() -> PortfolioValuation.of(txs, service, LocalDate.of(2024, 12, 31)))
        .isInstanceOf(NavUnavailableException.class).hasMessageContaining("119551");
    // A host's own provider, as a lambda, values the same way.
    PortfolioValuation fixed = PortfolioValuation.of(txs, (schemes, date) -> Map.of(CODE,
        new NavRecord(CODE, date, Nav.parse("110"))), LocalDate.of(2024, 12, 31));
    assertThat(fixed.value()).isEqualTo(Money.parse("11000"));
  }
}
