package in.lumpsum.calc.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.calc.charges.ExitLoadTier;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.Holding;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotAvailabilityTest {

  private static final SchemeCode CODE = SchemeCode.of(119551);
  private static final FolioKey FOLIO = FolioKey.of(Amc.of("Sample Mutual Fund"), "91011121/31");

  private static Transaction tx(String id, TransactionType type, String date, String amount, String units) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(CODE).folio(FOLIO).type(type)
        .tradeDate(LocalDate.parse(date)).amount(Money.parse(amount)).units(Units.parse(units)).build();
  }

  private static Holding elssSips() {
    List<Transaction> txs = List.of(
        tx("s1", TransactionType.SIP_PURCHASE, "2023-01-10", "5000", "100"),
        tx("s2", TransactionType.SIP_PURCHASE, "2023-02-10", "5000", "90"),
        tx("s3", TransactionType.SIP_PURCHASE, "2023-03-10", "5000", "80"));
    return FifoAccounting.DEFAULT.account(txs, LocalDate.of(2026, 12, 31)).get(0).holding();
  }

  @Test
  void lockedUnits_perInstalment_freedOnThirdAnniversary() {
    Holding h = elssSips();
    assertThat(LotAvailability.lockedUnits(h, LotAvailability.ELSS_LOCK_IN, LocalDate.of(2026, 1, 9)))
        .isEqualTo(Units.parse("270"));
    assertThat(LotAvailability.lockedUnits(h, LotAvailability.ELSS_LOCK_IN, LocalDate.of(2026, 1, 10)))
        .isEqualTo(Units.parse("170"));
    assertThat(LotAvailability.lockedUnits(h, LotAvailability.ELSS_LOCK_IN, LocalDate.of(2026, 3, 10)))
        .isEqualTo(Units.ZERO);
  }

  @Test
  void freeOfExitLoad_perLot_byScheduleInForceAtAllotment() {
    Holding h = elssSips();
    ExitLoadSchedule oneYear = ExitLoadSchedule.of(ExitLoadTier.months(12, new BigDecimal("0.01")));
    ExitLoadSchedule later = new ExitLoadSchedule(LocalDate.of(2023, 2, 1),
        List.of(ExitLoadTier.days(30, new BigDecimal("0.005"))));
    // s1 under the one-year load is free from 11 Jan 2024; s2 (10 Feb) under the later 30-day load from 13 Mar.
    assertThat(LotAvailability.freeOfExitLoad(h, List.of(oneYear, later), LocalDate.of(2023, 3, 13)))
        .isEqualTo(Units.parse("90"));
    assertThat(LotAvailability.freeOfExitLoad(h, List.of(oneYear, later), LocalDate.of(2024, 1, 11)))
        .isEqualTo(Units.parse("270"));
    assertThat(LotAvailability.freeOfExitLoad(h, List.of(), LocalDate.of(2023, 3, 10)))
        .isEqualTo(Units.parse("270"));
  }

  @Test
  void averageCost_costOverUnits() {
    HoldingAccount a = FifoAccounting.DEFAULT.account(List.of(
        tx("p1", TransactionType.PURCHASE, "2024-01-05", "10000", "100"),
        tx("p2", TransactionType.PURCHASE, "2024-02-05", "5000", "40")), LocalDate.of(2024, 12, 31)).get(0);
    assertThat(a.averageCost()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("107.1429"));
    HoldingAccount closed = FifoAccounting.DEFAULT.account(List.of(
        tx("p1", TransactionType.PURCHASE, "2024-01-05", "10000", "100"),
        tx("r1", TransactionType.REDEMPTION, "2024-02-05", "11000", "100")), LocalDate.of(2024, 12, 31)).get(0);
    assertThat(closed.averageCost()).isEmpty();
  }

  @Test
  void account_duplicateRegistrarId_countsOnce() {
    Transaction p = tx("CAMS-881", TransactionType.PURCHASE, "2024-01-05", "10000", "100");
    Transaction r = tx("CAMS-900", TransactionType.REDEMPTION, "2024-03-05", "5500", "50");
    HoldingAccount a = FifoAccounting.DEFAULT.account(List.of(p, r, p, r), LocalDate.of(2024, 12, 31)).get(0);
    assertThat(a.holding().units()).isEqualTo(Units.parse("50"));
    assertThat(a.invested()).isEqualTo(Money.parse("10000"));
    assertThat(a.proceeds()).isEqualTo(Money.parse("5500"));
    assertThat(CashFlows.of(List.of(p, p), LocalDate.of(2024, 12, 31), Money.ZERO)).hasSize(1);
  }

  @Test
  void account_duplicateReversal_cancelsOnce() {
    Transaction p = tx("p1", TransactionType.SIP_PURCHASE, "2024-01-05", "5000", "50");
    Transaction p2 = tx("p2", TransactionType.SIP_PURCHASE, "2024-02-05", "5000", "49");
    Transaction rev = Transaction.builder().id(TransactionId.of("x2")).schemeCode(CODE).folio(FOLIO)
        .type(TransactionType.REVERSAL).tradeDate(LocalDate.of(2024, 2, 9)).amount(Money.ZERO)
        .reverses(TransactionId.of("p2")).build();
    HoldingAccount a = FifoAccounting.DEFAULT.account(List.of(p, p2, rev, rev, p2), LocalDate.of(2024, 12, 31))
        .get(0);
    assertThat(a.holding().units()).isEqualTo(Units.parse("50"));
    assertThat(a.invested()).isEqualTo(Money.parse("5000"));
  }

  @Test
  void account_sameIdDifferentTransactions_rejected() {
    Transaction a = tx("t1", TransactionType.PURCHASE, "2024-01-05", "10000", "100");
    Transaction b = tx("t1", TransactionType.PURCHASE, "2024-01-05", "10000", "99");
    assertThatThrownBy(() -> FifoAccounting.DEFAULT.account(List.of(a, b), LocalDate.of(2024, 12, 31)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("id: names two different");
  }

  @Test
  void lockedUnits_holdingWithoutLots_rejected() {
    Holding h = Holding.builder().scheme(CODE).folio(FOLIO).units(Units.parse("1")).cost(Money.ZERO).build();
    assertThatThrownBy(() -> LotAvailability.lockedUnits(h, LotAvailability.ELSS_LOCK_IN, LocalDate.now()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no lots");
  }
}
