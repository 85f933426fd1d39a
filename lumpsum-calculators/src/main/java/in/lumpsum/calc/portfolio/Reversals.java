package in.lumpsum.calc.portfolio;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transactions that count by a date: duplicates dropped, reversals and what they reverse removed,
 * in date order.
 *
 * <p>A statement imported twice, or two statements that overlap, list the same transaction twice under
 * the same registrar id: it counts once. The same id on two different transactions is an error, not a
 * duplicate, since one of them would be lost.
 */
final class Reversals {

  private Reversals() {}

  /**
   * Returns the transactions traded by {@code asOf}, each once, less reversals and the transactions
   * they cancel, sorted by trade date (stably: the given order within a date).
   *
   * @throws InvalidValueException if a reversal names a transaction not among them (field
   *     {@code reverses}), or one id names two different transactions (field {@code id})
   */
  static List<Transaction> effective(Collection<? extends Transaction> transactions, LocalDate asOf) {
    List<Transaction> kept = new ArrayList<>();
    Map<TransactionId, Transaction> ids = new HashMap<>();
    for (Transaction t : transactions) {
      Transaction seen = ids.putIfAbsent(t.id(), t);
      if (seen != null) {
        if (!seen.equals(t)) {
          throw new InvalidValueException("id", t.id(),
              "names two different transactions; a duplicate must repeat the same transaction");
        }
        continue;
      }
      if (!t.tradeDate().isAfter(asOf)) {
        kept.add(t);
      }
    }
    Set<TransactionId> cancelled = new HashSet<>();
    for (Transaction t : kept) {
      if (t.type() == TransactionType.REVERSAL) {
        TransactionId target = t.reverses().orElseThrow();
        if (!ids.containsKey(target) || ids.get(target).tradeDate().isAfter(asOf)) {
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
