package in.lumpsum.calc.portfolio;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.Holding;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.Lot;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Derives holdings and their open lots from transactions, first in, first out.
 *
 * <p>Units leave a holding in the order they were acquired. Section 45(2A) of the Income-tax Act,
 * 1961 prescribes first-in, first-out for securities held in a depository, and the registrars' capital
 * gains statements (CAMS, KFintech) apply the same order to units held in statement form. The rules
 * applied:
 * <ul>
 *   <li>Transactions are taken in trade-date order; on one date, in the order given.</li>
 *   <li>A {@link TransactionType#REVERSAL} cancels the transaction it names: neither counts. A reversal
 *       naming a transaction not in the input is an error.</li>
 *   <li>Purchases, SIP instalments, switches in, merger switches in and IDCW reinvestments open a lot
 *       costing their amount; bonus and segregation units open a lot costing nothing.</li>
 *   <li>Stamp duty is added to the cost of the lots its holding opened on the same date (the duty is
 *       part of the cost of acquisition); without such a lot it is only counted as a charge.</li>
 *   <li>Redemptions, switches out and merger switches out consume the oldest lots first; the cost of a
 *       partly consumed lot is split in proportion to units, rounded to paise.</li>
 * </ul>
 *
 * <p>A transaction listed twice under the same id counts once. Carrying the original cost and date
 * across a merger, splitting cost between a scheme and its segregated portfolio and grandfathering are
 * the tax engine's ({@code in.lumpsum.calc.tax.CapitalGainsEngine}); here a merger switch in opens a lot
 * at its own date and amount.
 *
 * <p>Stateless and thread-safe; use {@link #DEFAULT}.
 *
 * @since 0.1.0
 */
public final class FifoAccounting {

  /** The calculator. */
  public static final FifoAccounting DEFAULT = new FifoAccounting();

  private FifoAccounting() {}

  /**
   * Accounts for every holding the transactions touch, up to and including a date.
   *
   * @param transactions the transactions, of any holdings, in any order
   * @param asOf the last trade date to count; later transactions are ignored
   * @return one account per holding, in the order holdings first appear by date
   * @throws InvalidValueException if a transaction takes out more units than its holding has at that
   *     point (field {@code units}, naming the transaction), or a reversal names a transaction that is
   *     not there (field {@code reverses})
   */
  public List<HoldingAccount> account(Collection<? extends Transaction> transactions, LocalDate asOf) {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(asOf, "asOf");
    List<Transaction> sorted = Reversals.effective(transactions, asOf);

    Map<HoldingRef, Book> books = new LinkedHashMap<>();
    for (Transaction t : sorted) {
      books.computeIfAbsent(t.holding(), Book::new).apply(t);
    }
    List<HoldingAccount> accounts = new ArrayList<>(books.size());
    for (Book book : books.values()) {
      accounts.add(book.toAccount());
    }
    return accounts;
  }

  /**
   * Returns the transactions that count by a date, in the order accounting takes them: each
   * transaction once (a duplicate registrar id repeating the same transaction is dropped), reversals
   * and the transactions they cancel removed, sorted by trade date and, within a date, in the order
   * given.
   *
   * @param transactions the transactions, in any order
   * @param asOf the last trade date to count
   * @return the effective transactions
   * @throws InvalidValueException if a reversal names a transaction that is not there (field
   *     {@code reverses}) or one id names two different transactions (field {@code id})
   */
  public static List<Transaction> effective(Collection<? extends Transaction> transactions, LocalDate asOf) {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(asOf, "asOf");
    return Reversals.effective(transactions, asOf);
  }

  /** The running state of one holding. */
  private static final class Book {
    private final HoldingRef ref;
    private final Deque<Lot> lots = new ArrayDeque<>();
    private Money invested = Money.ZERO;
    private Money proceeds = Money.ZERO;
    private Money realised = Money.ZERO;
    private Money idcw = Money.ZERO;
    private Money charges = Money.ZERO;

    Book(HoldingRef ref) {
      this.ref = ref;
    }

    void apply(Transaction t) {
      TransactionType type = t.type();
      switch (type) {
        case PURCHASE, SIP_PURCHASE, SWITCH_IN, MERGER_SWITCH_IN, IDCW_REINVESTMENT -> {
          open(t, t.amount());
          invested = invested.plus(t.amount());
        }
        case BONUS, SEGREGATION -> open(t, Money.ZERO);
        case REDEMPTION, SWITCH_OUT, MERGER_SWITCH_OUT -> {
          Money cost = consume(t);
          proceeds = proceeds.plus(t.amount());
          realised = realised.plus(t.amount().minus(cost));
        }
        case IDCW_PAYOUT -> idcw = idcw.plus(t.amount());
        case STAMP_DUTY -> {
          charges = charges.plus(t.amount());
          invested = invested.plus(t.amount());
          addToSameDayLots(t);
        }
        case STT, TDS -> charges = charges.plus(t.amount());
        case REVERSAL -> throw new IllegalStateException("reversals are removed before accounting");
      }
    }

    private void open(Transaction t, Money cost) {
      if (t.units().signum() > 0) {
        lots.addLast(new Lot(t.schemeCode(), t.folio(), t.tradeDate(), t.units(), cost, t.id()));
      }
    }

    private Money consume(Transaction t) {
      Units remaining = t.units();
      Money cost = Money.ZERO;
      while (remaining.signum() > 0) {
        Lot lot = lots.pollFirst();
        if (lot == null) {
          throw new InvalidValueException("units", t.units(), "transaction " + t.id() + " (" + t.type()
              + " on " + t.tradeDate() + ") takes out more units than holding " + ref + " has");
        }
        if (lot.units().compareTo(remaining) <= 0) {
          cost = cost.plus(lot.cost());
          remaining = remaining.minus(lot.units());
        } else {
          Units left = lot.units().minus(remaining);
          Money leftCost = lot.cost().times(left.value().divide(lot.units().value(), 12,
              RoundingMode.HALF_UP));
          cost = cost.plus(lot.cost().minus(leftCost));
          lots.addFirst(new Lot(lot.scheme(), lot.folio(), lot.acquiredOn(), left, leftCost,
              lot.source()));
          remaining = Units.ZERO;
        }
      }
      return cost;
    }

    private void addToSameDayLots(Transaction duty) {
      List<Lot> sameDay = new ArrayList<>();
      for (Lot lot : lots) {
        if (lot.acquiredOn().equals(duty.tradeDate())) {
          sameDay.add(lot);
        }
      }
      if (sameDay.isEmpty()) {
        return;
      }
      // Spread the duty over the day's lots in proportion to units; the last takes the rounding.
      BigDecimal totalUnits = BigDecimal.ZERO;
      for (Lot lot : sameDay) {
        totalUnits = totalUnits.add(lot.units().value());
      }
      Money left = duty.amount();
      List<Lot> rebuilt = new ArrayList<>(lots.size());
      Lot last = sameDay.get(sameDay.size() - 1);
      for (Lot lot : lots) {
        if (!sameDay.contains(lot)) {
          rebuilt.add(lot);
          continue;
        }
        Money share = lot == last ? left
            : duty.amount().times(lot.units().value().divide(totalUnits, 12, RoundingMode.HALF_UP));
        left = left.minus(share);
        rebuilt.add(new Lot(lot.scheme(), lot.folio(), lot.acquiredOn(), lot.units(),
            lot.cost().plus(share), lot.source()));
      }
      lots.clear();
      lots.addAll(rebuilt);
    }

    HoldingAccount toAccount() {
      Units units = Units.ZERO;
      Money cost = Money.ZERO;
      for (Lot lot : lots) {
        units = units.plus(lot.units());
        cost = cost.plus(lot.cost());
      }
      Holding holding = Holding.builder().scheme(ref.scheme()).folio(ref.folio()).units(units)
          .cost(cost).lots(lots).build();
      return new HoldingAccount(holding, invested, proceeds, realised, idcw, charges);
    }
  }
}
