package in.lumpsum.calc.portfolio;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The transactions that count by a date: reversals and what they reverse removed, in date order. */
final class Reversals {

  private Reversals() {}

  /**
   * Returns the transactions traded by {@code asOf}, less reversals and the transactions they cancel,
   * sorted by trade date (stably: the given order within a date).
   *
   * @throws InvalidValueException if a reversal names a transaction not among them
   */
  static List<Transaction> effective(Collection<? extends Transaction> transactions, LocalDate asOf) {
    List<Transaction> kept = new ArrayList<>();
    Set<TransactionId> ids = new HashSet<>();
    for (Transaction t : transactions) {
      if (!t.tradeDate().isAfter(asOf)) {
        kept.add(t);
        ids.add(t.id());
      }
    }
    Set<TransactionId> cancelled = new HashSet<>();
    for (Transaction t : kept) {
      if (t.type() == TransactionType.REVERSAL) {
        TransactionId target = t.reverses().orElseThrow();
        if (!ids.contains(target)) {
          throw new InvalidValueException("reverses", target,
              "reversal " + t.id() + " names a transaction that is not in the portfolio by " + asOf);
        }
        cancelled.add(target);
        cancelled.add(t.id());
      }
    }
    kept.removeIf(t -> cancelled.contains(t.id()));
    kept.sort(Comparator.comparing(Transaction::tradeDate));
    return kept;
  }
}
