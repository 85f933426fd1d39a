package in.lumpsum.calc.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashFlowsTest {

  private static final FolioKey FOLIO = FolioKey.of(Amc.of("Sample Mutual Fund"), "91011121/31");

  private static Transaction tx(String id, int code, TransactionType type, String date, String amount,
      String units) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(SchemeCode.of(code)).folio(FOLIO)
        .type(type).tradeDate(LocalDate.parse(date)).amount(Money.parse(amount))
        .units(Units.parse(units)).build();
  }

  @Test
  void xirr_oneYearTenPercent_onActual365() {
    List<Transaction> txs = List.of(tx("t1", 1, TransactionType.PURCHASE, "2025-01-01", "10000", "100"));
    double rate = CashFlows.xirr(txs, LocalDate.of(2026, 1, 1), Money.parse("11000")).rateOrThrow();
    assertThat(rate).isCloseTo(0.10, within(1e-9));
  }

  @Test
  void of_switchCancelsAcrossThePortfolio_butCountsAtEachHolding() {
    List<Transaction> txs = List.of(
        tx("t1", 1, TransactionType.PURCHASE, "2025-01-01", "10000", "100"),
        tx("t2", 1, TransactionType.SWITCH_OUT, "2025-06-02", "10500", "100"),
        tx("t3", 2, TransactionType.SWITCH_IN, "2025-06-02", "10500", "50"));
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    List<CashFlow> portfolio = CashFlows.of(txs, asOf, Money.parse("11000"));
    double net = portfolio.stream().mapToDouble(CashFlow::amount).sum();
    assertThat(net).isCloseTo(1000, within(1e-9));
    List<CashFlow> first = CashFlows.of(txs.subList(0, 2), asOf, Money.ZERO);
    assertThat(first).extracting(CashFlow::amount).containsExactly(-10000.0, 10500.0);
  }

  @Test
  void of_reversedInstalment_isNoFlow() {
    List<Transaction> txs = List.of(
        tx("t1", 1, TransactionType.SIP_PURCHASE, "2025-01-05", "5000", "50"),
        Transaction.builder().id(TransactionId.of("r1")).schemeCode(SchemeCode.of(1)).folio(FOLIO)
            .type(TransactionType.REVERSAL).tradeDate(LocalDate.of(2025, 1, 9)).amount(Money.ZERO)
            .reverses(TransactionId.of("t1")).build());
    assertThat(CashFlows.of(txs, LocalDate.of(2025, 12, 31), Money.ZERO)).isEmpty();
  }
}
