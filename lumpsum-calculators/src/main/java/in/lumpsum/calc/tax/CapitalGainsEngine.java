package in.lumpsum.calc.tax;

import in.lumpsum.calc.portfolio.FifoAccounting;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches redemptions to lots first in, first out, per scheme and folio, and computes each lot's
 * capital gain under the rules of its transfer date.
 *
 * <p>Section 45(2A) of the Income-tax Act, 1961 prescribes first-in, first-out for securities in a
 * depository, and registrars' capital-gains statements apply the same order to units in statement form.
 * What each transaction does:
 * <ul>
 *   <li>Purchases, SIP instalments, switches in and IDCW reinvestments open a lot at their amount and
 *       date; stamp duty of the same date and holding is added to that day's lots (it is part of the cost
 *       of acquisition). Bonus units open a lot costing nothing.</li>
 *   <li>Redemptions and switches out are transfers: they take the oldest lots first, and each lot's part
 *       becomes a {@link GainLine}. The redemption amount is the sale value (exit load is already out of
 *       it); STT is recorded, never deducted.</li>
 *   <li>A merger switch out and the merger switch in of the same date and folio are not a transfer
 *       (section 47(xviii), consolidation of schemes): the lots move to the surviving scheme with their
 *       cost (section 49(2AD)) and acquisition date (section 2(42A), Explanation 1), their units scaled
 *       to the units allotted. A merger switch in with no switch out that day opens a lot like a
 *       purchase, with a note.</li>
 *   <li>Units of a segregated portfolio take their part of the main units' cost and their acquisition
 *       dates when the host gives the {@link SegregationSplit}; without one they cost nothing and date
 *       from the segregation, with a note.</li>
 *   <li>Duplicates (same id, same transaction) count once; reversals cancel what they name.</li>
 *   <li>A sale dated before the rules in {@link TaxRules} begin (before October 2004 for equity units)
 *       takes its lots but yields no line, with a note.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; use {@link #DEFAULT}.
 *
 * @since 0.1.0
 */
public final class CapitalGainsEngine {

  /** The engine. */
  public static final CapitalGainsEngine DEFAULT = new CapitalGainsEngine();

  private CapitalGainsEngine() {}

  /**
   * Matches every sale up to a date to its lots.
   *
   * @param transactions the transactions of any holdings, in any order
   * @param inputs profiles, fair market values, segregations and rules
   * @param asOf the last trade date to take
   * @return the ledger
   * @throws InvalidValueException if a sale takes more units than held (field {@code units}), a scheme
   *     has no tax profile (field {@code profile}), or a reversal or duplicate is inconsistent
   */
  public TaxLedger ledger(Collection<? extends Transaction> transactions, TaxInputs inputs, LocalDate asOf) {
    Objects.requireNonNull(inputs, "inputs");
    List<Transaction> sorted = new ArrayList<>(FifoAccounting.effective(transactions, asOf));
    // Within a date: lots open first, then that day's stamp duty (so it finds its lots whatever order the
    // file lists them in), then sales, and merger switches in last, so the switch out they pair with is seen.
    sorted.sort(Comparator.comparing(Transaction::tradeDate).thenComparingInt(t -> rankWithinDay(t.type())));
    Book book = new Book(inputs);
    LocalDate day = null;
    for (Transaction t : sorted) {
      if (day != null && !day.equals(t.tradeDate())) {
        book.endOfDay(day);
      }
      day = t.tradeDate();
      book.apply(t);
    }
    if (day != null) {
      book.endOfDay(day);
    }
    Map<HoldingRef, List<TaxLot>> open = new LinkedHashMap<>();
    book.lots.forEach((ref, lots) -> {
      if (!lots.isEmpty()) {
        open.put(ref, List.copyOf(lots));
      }
    });
    return new TaxLedger(book.lines, open, book.stt, book.notes);
  }

  private static int rankWithinDay(TransactionType type) {
    return switch (type) {
      case PURCHASE, SIP_PURCHASE, SWITCH_IN, IDCW_REINVESTMENT, BONUS -> 0;
      case STAMP_DUTY -> 1;
      case MERGER_SWITCH_IN -> 3;
      default -> 2;
    };
  }

  /**
   * Computes the gain of selling part of a lot: classification, holding period, grandfathering,
   * indexation and the rule.
   *
   * @param lot the lot
   * @param units the units sold from it, at most the lot's
   * @param saleValue the full value of consideration of those units
   * @param saleDate the transfer date
   * @param transaction the id of the sale
   * @param inputs profiles, fair market values and rules
   * @param notes where to add a note when a value is missing
   * @return the line
   */
  static GainLine gain(TaxLot lot, Units units, Money saleValue, LocalDate saleDate, TransactionId transaction,
      TaxInputs inputs, List<TaxNote> notes) {
    TaxRules rules = inputs.rules();
    SchemeTaxProfile profile = inputs.profile(lot.holding().scheme());
    TaxClass taxClass = profile.taxClass(lot.acquiredOn(), saleDate);
    Term term = rules.holdingPeriod(taxClass, profile.listed(), saleDate).term(lot.acquiredOn(), saleDate);
    TaxRule rule = rules.rate(GainKind.of(taxClass, term), saleDate);
    BigDecimal share = units.value().divide(lot.units().value(), 12, RoundingMode.HALF_UP);
    Money actual = units.equals(lot.units()) ? lot.cost() : lot.cost().times(share);
    Money deductible = actual;
    Optional<Money> fmv = Optional.empty();
    if (taxClass == TaxClass.EQUITY_ORIENTED && TaxRules.grandfathered(lot.acquiredOn(), saleDate, term)) {
      Optional<Nav> perUnit = inputs.fairMarketValues().perUnit(lot.originScheme());
      if (perUnit.isPresent()) {
        Units origin = Units.of(lot.originUnits().value().multiply(share));
        fmv = Optional.of(origin.valueAt(perUnit.get()));
        deductible = TaxRules.grandfatheredCost(actual, fmv.get(), saleValue);
      } else {
        notes.add(new TaxNote(saleDate, "transaction " + transaction + ": units of " + lot.originScheme()
            + " acquired on " + lot.acquiredOn() + " are grandfathered but their value on 31 January 2018 is"
            + " not known; actual cost used", false));
      }
    }
    Optional<Money> indexed = Optional.empty();
    if (rule.indexed()) {
      indexed = rules.cii().indexed(actual, lot.acquiredOn(), saleDate);
      if (indexed.isPresent()) {
        deductible = indexed.get();
      } else {
        notes.add(new TaxNote(saleDate, "transaction " + transaction + ": no cost inflation index for the years of "
            + lot.acquiredOn() + " or " + saleDate + "; cost not indexed", false));
      }
    }
    return new GainLine(lot.holding(), transaction, lot.source(), saleDate, lot.acquiredOn(), units, saleValue,
        actual, fmv, indexed, deductible, taxClass, term, rule, saleValue.minus(deductible));
  }

  /** Takes units from the front of a queue of lots, splitting the last one's cost by units. */
  static List<TaxLot> take(Deque<TaxLot> lots, Units wanted) {
    List<TaxLot> taken = new ArrayList<>();
    Units remaining = wanted;
    while (remaining.signum() > 0 && !lots.isEmpty()) {
      TaxLot lot = lots.pollFirst();
      if (lot.units().compareTo(remaining) <= 0) {
        taken.add(lot);
        remaining = remaining.minus(lot.units());
      } else {
        BigDecimal share = remaining.value().divide(lot.units().value(), 12, RoundingMode.HALF_UP);
        Money cost = lot.cost().times(share);
        Units origin = Units.of(lot.originUnits().value().multiply(share));
        taken.add(new TaxLot(lot.holding(), lot.acquiredOn(), remaining, cost, lot.source(),
            lot.originScheme(), origin));
        lots.addFirst(new TaxLot(lot.holding(), lot.acquiredOn(), lot.units().minus(remaining),
            lot.cost().minus(cost), lot.source(), lot.originScheme(), lot.originUnits().minus(origin)));
        remaining = Units.ZERO;
      }
    }
    if (remaining.signum() > 0) {
      lots.addAll(taken);
      return List.of();
    }
    return taken;
  }

  /** The running state of all holdings. */
  private static final class Book {
    private final TaxInputs inputs;
    private final Map<HoldingRef, Deque<TaxLot>> lots = new LinkedHashMap<>();
    private final Map<FolioKey, Deque<List<TaxLot>>> mergedOut = new HashMap<>();
    private final List<GainLine> lines = new ArrayList<>();
    private final Map<FinancialYear, Money> stt = new LinkedHashMap<>();
    private final List<TaxNote> notes = new ArrayList<>();

    Book(TaxInputs inputs) {
      this.inputs = inputs;
    }

    Deque<TaxLot> lotsOf(HoldingRef ref) {
      return lots.computeIfAbsent(ref, r -> new ArrayDeque<>());
    }

    void apply(Transaction t) {
      switch (t.type()) {
        case PURCHASE, SIP_PURCHASE, SWITCH_IN, IDCW_REINVESTMENT -> open(t, t.amount(), t.tradeDate());
        case BONUS -> open(t, Money.ZERO, t.tradeDate());
        case SEGREGATION -> segregate(t);
        case REDEMPTION, SWITCH_OUT -> sell(t);
        case MERGER_SWITCH_OUT -> mergedOut.computeIfAbsent(t.folio(), f -> new ArrayDeque<>())
            .addLast(takeAll(t));
        case MERGER_SWITCH_IN -> mergeIn(t);
        case STAMP_DUTY -> addDuty(t);
        case STT -> stt.merge(FinancialYear.of(t.tradeDate()), t.amount(), Money::plus);
        case IDCW_PAYOUT, TDS -> { }
        case REVERSAL -> throw new IllegalStateException("reversals are removed before matching");
      }
    }

    void endOfDay(LocalDate day) {
      mergedOut.forEach((folio, pending) -> {
        for (List<TaxLot> orphan : pending) {
          if (!orphan.isEmpty()) {
            notes.add(new TaxNote(day, "merger switch out of " + orphan.get(0).holding().scheme()
                + " has no merger switch in that day in the same folio; its units are dropped", true));
          }
        }
      });
      mergedOut.clear();
    }

    private void open(Transaction t, Money cost, LocalDate acquired) {
      if (t.units().signum() > 0) {
        lotsOf(t.holding()).addLast(new TaxLot(t.holding(), acquired, t.units(), cost, t.id(), t.schemeCode(),
            t.units()));
      }
    }

    private List<TaxLot> takeAll(Transaction t) {
      List<TaxLot> taken = take(lotsOf(t.holding()), t.units());
      if (taken.isEmpty() && t.units().signum() > 0) {
        throw new InvalidValueException("units", t.units(), "transaction " + t.id() + " (" + t.type() + " on "
            + t.tradeDate() + ") takes out more units than holding " + t.holding() + " has");
      }
      return taken;
    }

    private void sell(Transaction t) {
      List<TaxLot> taken = takeAll(t);
      Money left = t.amount();
      for (int i = 0; i < taken.size(); i++) {
        TaxLot lot = taken.get(i);
        Money value = i == taken.size() - 1 ? left
            : t.amount().times(lot.units().value().divide(t.units().value(), 12, RoundingMode.HALF_UP));
        left = left.minus(value);
        try {
          lines.add(gain(lot, lot.units(), value, t.tradeDate(), t.id(), inputs, notes));
        } catch (IllegalArgumentException beforeRules) {
          // A sale older than the rules lumpsum holds still takes its lots, so later years stay right.
          notes.add(new TaxNote(t.tradeDate(), "transaction " + t.id() + " predates the rules held ("
              + beforeRules.getMessage() + "); its lots are taken but no gain is computed", false));
          break;
        }
      }
    }

    private void mergeIn(Transaction t) {
      Deque<List<TaxLot>> pending = mergedOut.get(t.folio());
      List<TaxLot> from = pending == null ? null : pending.pollFirst();
      if (from == null || from.isEmpty()) {
        notes.add(new TaxNote(t.tradeDate(), "merger switch in " + t.id()
            + " has no merger switch out that day in the same folio; taken as a purchase at its amount", true));
        open(t, t.amount(), t.tradeDate());
        return;
      }
      carry(from, t, t.units());
    }

    /** Moves lots into the holding of {@code t}, scaling their units to {@code units} in total. */
    private void carry(List<TaxLot> from, Transaction t, Units units) {
      BigDecimal total = BigDecimal.ZERO;
      for (TaxLot lot : from) {
        total = total.add(lot.units().value());
      }
      Units left = units;
      Deque<TaxLot> target = lotsOf(t.holding());
      List<TaxLot> carried = new ArrayList<>();
      for (int i = 0; i < from.size(); i++) {
        TaxLot lot = from.get(i);
        Units u = i == from.size() - 1 ? left
            : Units.of(units.value().multiply(lot.units().value()).divide(total, 12, RoundingMode.HALF_UP));
        left = left.minus(u);
        if (u.signum() > 0) {
          carried.add(new TaxLot(t.holding(), lot.acquiredOn(), u, lot.cost(), lot.source(), lot.originScheme(),
              lot.originUnits()));
        }
      }
      // Carried lots keep their old dates: put them in date order among any lots already held.
      List<TaxLot> all = new ArrayList<>(target);
      all.addAll(carried);
      all.sort(Comparator.comparing(TaxLot::acquiredOn));
      target.clear();
      target.addAll(all);
    }

    private void segregate(Transaction t) {
      SegregationSplit split = inputs.segregations().get(t.schemeCode());
      HoldingRef main = split == null ? null : new HoldingRef(split.mainScheme(), t.folio());
      Deque<TaxLot> mainLots = main == null ? null : lots.get(main);
      if (mainLots == null || mainLots.isEmpty() || t.units().signum() == 0) {
        notes.add(new TaxNote(t.tradeDate(), "segregated units " + t.id() + ": "
            + (split == null ? "no cost split given" : "no units of the main scheme held")
            + "; they cost nothing and date from the segregation", true));
        open(t, Money.ZERO, t.tradeDate());
        return;
      }
      List<TaxLot> segregated = new ArrayList<>();
      List<TaxLot> kept = new ArrayList<>();
      for (TaxLot lot : mainLots) {
        Money moved = lot.cost().times(split.segregatedShare());
        kept.add(new TaxLot(lot.holding(), lot.acquiredOn(), lot.units(), lot.cost().minus(moved), lot.source(),
            lot.originScheme(), lot.originUnits()));
        segregated.add(new TaxLot(lot.holding(), lot.acquiredOn(), lot.units(), moved, lot.source(),
            lot.originScheme(), lot.originUnits()));
      }
      mainLots.clear();
      mainLots.addAll(kept);
      carry(segregated, t, t.units());
    }

    private void addDuty(Transaction duty) {
      Deque<TaxLot> held = lotsOf(duty.holding());
      BigDecimal total = BigDecimal.ZERO;
      TaxLot last = null;
      for (TaxLot lot : held) {
        if (lot.acquiredOn().equals(duty.tradeDate())) {
          total = total.add(lot.units().value());
          last = lot;
        }
      }
      if (last == null) {
        notes.add(new TaxNote(duty.tradeDate(), "stamp duty " + duty.id() + " of " + duty.amount() + " on "
            + duty.tradeDate() + " has no units of " + duty.holding() + " bought that day; left out of cost", true));
        return;
      }
      Money left = duty.amount();
      List<TaxLot> rebuilt = new ArrayList<>(held.size());
      for (TaxLot lot : held) {
        if (!lot.acquiredOn().equals(duty.tradeDate())) {
          rebuilt.add(lot);
          continue;
        }
        Money share = lot == last ? left
            : duty.amount().times(lot.units().value().divide(total, 12, RoundingMode.HALF_UP));
        left = left.minus(share);
        rebuilt.add(new TaxLot(lot.holding(), lot.acquiredOn(), lot.units(), lot.cost().plus(share),
            lot.source(), lot.originScheme(), lot.originUnits()));
      }
      held.clear();
      held.addAll(rebuilt);
    }
  }
}
