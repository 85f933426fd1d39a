package in.lumpsum.calc.backtest;

import in.lumpsum.calc.charges.SecuritiesTransactionTax;
import in.lumpsum.calc.charges.StampDuty;
import in.lumpsum.calc.portfolio.CashFlows;
import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.calc.returns.Xirr;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs SIP, SWP and STP plans on actual NAV history, as a registrar would process them.
 *
 * <p>Each plan is scheduled on the start date's day of the month ({@code start.plusMonths(k)},
 * which falls back to the month's last day when the month is shorter). An instalment is allotted
 * at the NAV on or after its scheduled date; one whose NAV would come after {@code end} is not
 * made. A back-test starts within the scheme's NAV history: a first NAV a month or more after
 * {@code start} is refused rather than given every instalment scheduled before it. Purchases
 * pay stamp duty ({@link StampDuty}); redemptions and switches out pay the exit
 * load of the FIFO lots they consume ({@link BacktestFund#exitLoad()}) and, for equity-oriented
 * funds, STT on the value after that load ({@link SecuritiesTransactionTax}). The result lists
 * the transactions (core {@link Transaction}s, in a synthetic folio {@value #FOLIO_NUMBER} of fund
 * house {@value #AMC}), the holding over time, XIRR, and optionally the same money in a benchmark
 * index (its flows, its holding on the same dates, its final value and XIRR).
 *
 * <p>Stateless and thread-safe; {@link #DEFAULT} uses the charges in force.
 *
 * @since 0.1.0
 */
public final class Backtest {

  /** The fund house name of the synthetic folio the transactions carry. */
  public static final String AMC = "lumpsum backtest";

  /** The folio number of the synthetic folio the transactions carry. */
  public static final String FOLIO_NUMBER = "BACKTEST1";

  /** The back-tester with {@link StampDuty#DEFAULT} and {@link SecuritiesTransactionTax#DEFAULT}. */
  public static final Backtest DEFAULT =
      new Backtest(StampDuty.DEFAULT, SecuritiesTransactionTax.DEFAULT);

  private static final FolioKey FOLIO = FolioKey.of(Amc.of(AMC), FOLIO_NUMBER);

  private final StampDuty stampDuty;
  private final SecuritiesTransactionTax stt;

  private Backtest(StampDuty stampDuty, SecuritiesTransactionTax stt) {
    this.stampDuty = Objects.requireNonNull(stampDuty, "stampDuty");
    this.stt = Objects.requireNonNull(stt, "stt");
  }

  /**
   * Returns a back-tester with other charges (for example a schedule without stamp duty, to
   * compare).
   *
   * @param stampDuty the stamp duty on purchases
   * @param stt the STT on redemptions of equity-oriented funds
   * @return the back-tester
   * @throws NullPointerException if an argument is null
   */
  public static Backtest of(StampDuty stampDuty, SecuritiesTransactionTax stt) {
    return new Backtest(stampDuty, stt);
  }

  /**
   * Back-tests a monthly SIP.
   *
   * @param fund the scheme
   * @param monthly the instalment, above zero
   * @param start the first instalment's date
   * @param end the valuation date, after {@code start}
   * @return the result, without a benchmark
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the amount or dates are invalid, or the fund has no NAV from
   *     {@code start} to {@code end} or none until a month after {@code start}
   */
  public BacktestResult sip(BacktestFund fund, Money monthly, LocalDate start, LocalDate end) {
    return sip(fund, monthly, start, end, Optional.empty());
  }

  /**
   * Back-tests a monthly SIP, with the same money in a benchmark index.
   *
   * @param fund the scheme
   * @param monthly the instalment, above zero
   * @param start the first instalment's date
   * @param end the valuation date, after {@code start}
   * @param benchmark the benchmark index's values, if any
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the amount or dates are invalid, or the fund has no NAV from
   *     {@code start} to {@code end} or none until a month after {@code start}; or (field
   *     {@code benchmark}) the index has no value within a month on or after a cash flow's date,
   *     by {@code end}
   */
  public BacktestResult sip(BacktestFund fund, Money monthly, LocalDate start, LocalDate end,
      Optional<NavSeries> benchmark) {
    Run run = new Run(start, end, benchmark);
    positive("monthly", monthly);
    Position p = run.position(fund);
    for (int k = 0; ; k++) {
      LocalDate date = start.plusMonths(k);
      if (date.isAfter(end)) {
        break;
      }
      Optional<LocalDate> traded = run.buy(p, TransactionType.SIP_PURCHASE, date, monthly,
          "SIP instalment " + (k + 1));
      if (traded.isEmpty()) {
        break;
      }
      if (k == 0) {
        run.checkStart(fund, traded.get());
      }
      run.mark(traded.get());
    }
    return run.finish();
  }

  /**
   * Back-tests a systematic withdrawal plan: the corpus bought on {@code start}, then the same
   * amount redeemed every month from a month later, until {@code end} or until no units are left
   * (the last withdrawal then redeems what remains).
   *
   * @param fund the scheme
   * @param corpus the amount invested on {@code start}, above zero
   * @param monthlyWithdrawal the value of units redeemed each month, above zero
   * @param start the purchase date
   * @param end the valuation date, after {@code start}
   * @param benchmark the benchmark index's values, if any
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if an amount or the dates are invalid, or the fund has no NAV
   *     from {@code start} to {@code end} or none until a month after {@code start}; or (field
   *     {@code benchmark}) the index has no value within a month on or after a cash flow's date,
   *     by {@code end}
   */
  public BacktestResult swp(BacktestFund fund, Money corpus, Money monthlyWithdrawal,
      LocalDate start, LocalDate end, Optional<NavSeries> benchmark) {
    Run run = new Run(start, end, benchmark);
    positive("corpus", corpus);
    positive("monthlyWithdrawal", monthlyWithdrawal);
    Position p = run.position(fund);
    LocalDate bought = run.buy(p, TransactionType.PURCHASE, start, corpus, "SWP corpus")
        .orElseThrow(() -> noNav(fund, start, end));
    run.checkStart(fund, bought);
    run.mark(bought);
    for (int k = 1; p.units.signum() > 0; k++) {
      LocalDate date = start.plusMonths(k);
      if (date.isAfter(end)) {
        break;
      }
      Optional<Sale> sale = run.sell(p, TransactionType.REDEMPTION, date, monthlyWithdrawal,
          "SWP withdrawal " + k);
      if (sale.isEmpty()) {
        break;
      }
      run.mark(sale.get().date());
    }
    return run.finish();
  }

  /**
   * Back-tests a systematic transfer plan: the lump sum bought in the source scheme on
   * {@code start}, then the same value switched into the target scheme every month from a month
   * later, until {@code end} or until the source is empty. Each switch in is allotted at the
   * target's NAV on or after the switch out; when the target has no NAV from then to {@code end}
   * (its history ends, or it was launched later), the plan stops and nothing more is switched out.
   *
   * @param source the scheme the money waits in (typically liquid or debt)
   * @param target the scheme it moves to (typically equity)
   * @param lumpsum the amount invested in the source on {@code start}, above zero
   * @param monthlyTransfer the value of source units switched each month, above zero
   * @param start the purchase date
   * @param end the valuation date, after {@code start}
   * @param benchmark the benchmark index's values, if any
   * @return the result, with the holdings of both schemes
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if an amount or the dates are invalid, or the source has no NAV
   *     from {@code start} to {@code end} or none until a month after {@code start}; or (field
   *     {@code benchmark}) the index has no value within a month on or after a cash flow's date,
   *     by {@code end}
   */
  public BacktestResult stp(BacktestFund source, BacktestFund target, Money lumpsum,
      Money monthlyTransfer, LocalDate start, LocalDate end, Optional<NavSeries> benchmark) {
    Run run = new Run(start, end, benchmark);
    positive("lumpsum", lumpsum);
    positive("monthlyTransfer", monthlyTransfer);
    Position from = run.position(source);
    Position to = run.position(target);
    LocalDate bought = run.buy(from, TransactionType.PURCHASE, start, lumpsum, "STP lump sum")
        .orElseThrow(() -> noNav(source, start, end));
    run.checkStart(source, bought);
    run.mark(bought);
    for (int k = 1; from.units.signum() > 0; k++) {
      LocalDate date = start.plusMonths(k);
      if (date.isAfter(end)) {
        break;
      }
      // A switch needs a target NAV on or after the switch out, by the end: without one, switching
      // out would leave the money in neither scheme.
      Optional<LocalDate> out = run.tradeDate(from, date);
      if (out.isEmpty() || run.tradeDate(to, out.get()).isEmpty()) {
        break;
      }
      Optional<Sale> sale = run.sell(from, TransactionType.SWITCH_OUT, date, monthlyTransfer,
          "STP transfer " + k + " out");
      if (sale.isEmpty()) {
        break;
      }
      Optional<LocalDate> in = run.buy(to, TransactionType.SWITCH_IN, sale.get().date(),
          sale.get().net(), "STP transfer " + k + " in");
      run.mark(in.orElse(sale.get().date()));
      if (in.isEmpty()) {
        break;
      }
    }
    return run.finish();
  }

  private static InvalidValueException noNav(BacktestFund fund, LocalDate start, LocalDate end) {
    return new InvalidValueException("start", start,
        "scheme " + fund.scheme() + " has no NAV from " + start + " to " + end);
  }

  private static void positive(String field, Money amount) {
    Objects.requireNonNull(amount, field);
    if (amount.signum() <= 0) {
      throw new InvalidValueException(field, amount, "must be above zero");
    }
  }

  /** One scheme's units and FIFO lots during a run. */
  private static final class Position {
    final BacktestFund fund;
    final Deque<Lot> lots = new ArrayDeque<>();
    BigDecimal units = BigDecimal.ZERO;

    Position(BacktestFund fund) {
      this.fund = fund;
    }
  }

  /** Units allotted on one date, not yet redeemed. */
  private static final class Lot {
    final LocalDate date;
    BigDecimal units;

    Lot(LocalDate date, BigDecimal units) {
      this.date = date;
      this.units = units;
    }
  }

  /** What a redemption or switch out paid, after exit load and STT. */
  private record Sale(LocalDate date, Money net) {
  }

  /** The state of one back-test. */
  private final class Run {
    final LocalDate start;
    final LocalDate end;
    final Optional<NavSeries> benchmark;
    final List<Position> positions = new ArrayList<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<HoldingPoint> holdings = new ArrayList<>();
    final List<LocalDate> marked = new ArrayList<>();
    Money paidIn = Money.ZERO;
    Money paidOut = Money.ZERO;
    Money duty = Money.ZERO;
    Money load = Money.ZERO;
    Money tax = Money.ZERO;
    int next = 1;

    Run(LocalDate start, LocalDate end, Optional<NavSeries> benchmark) {
      this.start = Objects.requireNonNull(start, "start");
      this.end = Objects.requireNonNull(end, "end");
      this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
      if (!end.isAfter(start)) {
        throw new InvalidValueException("end", end, "must be after start " + start);
      }
    }

    Position position(BacktestFund fund) {
      Position p = new Position(Objects.requireNonNull(fund, "fund"));
      positions.add(p);
      return p;
    }

    /**
     * Refuses a first trade a month or more after {@code start}: every instalment scheduled before
     * the scheme's first NAV would be allotted on that one date, which no SIP, SWP or STP does.
     */
    void checkStart(BacktestFund fund, LocalDate traded) {
      if (!traded.isBefore(start.plusMonths(1))) {
        throw new InvalidValueException("start", start, "scheme " + fund.scheme()
            + " has no NAV until " + traded + ", a month or more later: start within its history");
      }
    }

    /** The date of the NAV on or after a date at which a position trades; empty if none by end. */
    Optional<LocalDate> tradeDate(Position p, LocalDate date) {
      NavSeries navs = p.fund.navs();
      int i = navs.indexOnOrAfter(date);
      return i < 0 || navs.dateAt(i).isAfter(end) ? Optional.empty() : Optional.of(navs.dateAt(i));
    }

    /** Buys for a gross amount at the NAV on or after a date; empty if none by the end. */
    Optional<LocalDate> buy(Position p, TransactionType type, LocalDate date, Money gross,
        String description) {
      NavSeries navs = p.fund.navs();
      int i = navs.indexOnOrAfter(date);
      if (i < 0 || navs.dateAt(i).isAfter(end)) {
        return Optional.empty();
      }
      LocalDate traded = navs.dateAt(i);
      Nav nav = Nav.of(navs.navAt(i));
      // Stamp duty comes out of the money before allotment (Indian Stamp Act, 1899, Sch. I art. 1,
      // from 1 July 2020): see StampDuty.
      Money stamp = stampDuty.includedIn(gross, traded);
      Money net = gross.minus(stamp);
      Units units = Units.allotted(net, nav);
      if (units.isZero()) {
        return Optional.empty();
      }
      add(p, type, traded, net, units, Optional.of(nav), description);
      if (!stamp.isZero()) {
        add(p, TransactionType.STAMP_DUTY, traded, stamp, Units.ZERO, Optional.empty(),
            "Stamp duty");
      }
      if (type != TransactionType.SWITCH_IN) {
        paidIn = paidIn.plus(gross);
      }
      duty = duty.plus(stamp);
      p.lots.addLast(new Lot(traded, units.value()));
      p.units = p.units.add(units.value());
      return Optional.of(traded);
    }

    /**
     * Redeems (or switches out) units worth an amount at the NAV on or after a date, or all that
     * is left if less; empty if no NAV by the end or no units.
     */
    Optional<Sale> sell(Position p, TransactionType type, LocalDate date, Money wanted,
        String description) {
      NavSeries navs = p.fund.navs();
      int i = navs.indexOnOrAfter(date);
      if (i < 0 || navs.dateAt(i).isAfter(end) || p.units.signum() == 0) {
        return Optional.empty();
      }
      LocalDate traded = navs.dateAt(i);
      Nav nav = Nav.of(navs.navAt(i));
      BigDecimal units = Units.allotted(wanted, nav).value().min(p.units);
      if (units.signum() == 0) {
        return Optional.empty();
      }
      Units sold = Units.of(units);
      Money gross = sold.valueAt(nav);
      // Exit load by the allotment date of each FIFO lot the redemption consumes.
      Money exitLoad = Money.ZERO;
      BigDecimal left = units;
      while (left.signum() > 0) {
        Lot lot = p.lots.peekFirst();
        BigDecimal take = lot.units.min(left);
        exitLoad = exitLoad.plus(p.fund.exitLoad().load(Units.of(take).valueAt(nav), lot.date,
            traded));
        lot.units = lot.units.subtract(take);
        left = left.subtract(take);
        if (lot.units.signum() == 0) {
          p.lots.removeFirst();
        }
      }
      p.units = p.units.subtract(units);
      Money paid = gross.minus(exitLoad);
      add(p, type, traded, paid, sold, Optional.of(nav), description);
      // STT on the value of the sale to the mutual fund, the price at which it repurchases the
      // units: the NAV less the exit load (Finance (No. 2) Act, 2004, s. 99); see
      // SecuritiesTransactionTax.
      Money transactionTax = stt.on(paid, traded, p.fund.equityOriented());
      if (!transactionTax.isZero()) {
        add(p, TransactionType.STT, traded, transactionTax, Units.ZERO, Optional.empty(), "STT");
      }
      Money net = paid.minus(transactionTax);
      if (type == TransactionType.REDEMPTION) {
        paidOut = paidOut.plus(net);
      }
      load = load.plus(exitLoad);
      tax = tax.plus(transactionTax);
      return Optional.of(new Sale(traded, net));
    }

    private void add(Position p, TransactionType type, LocalDate date, Money amount, Units units,
        Optional<Nav> nav, String description) {
      transactions.add(Transaction.builder().id(TransactionId.of("BT" + next++))
          .schemeCode(p.fund.scheme()).folio(FOLIO).type(type).tradeDate(date).amount(amount)
          .units(units).nav(nav).description(description).build());
    }

    /** Records every position's holding on a date (and the date, for the benchmark's). */
    void mark(LocalDate date) {
      marked.add(date);
      for (Position p : positions) {
        NavSeries navs = p.fund.navs();
        int i = navs.indexOnOrBefore(date);
        if (i >= 0) {
          Nav nav = Nav.of(navs.navAt(i));
          Units units = Units.of(p.units);
          holdings.add(new HoldingPoint(date, p.fund.scheme(), units, nav, units.valueAt(nav)));
        }
      }
    }

    BacktestResult finish() {
      if (transactions.isEmpty()) {
        throw noNav(positions.get(0).fund, start, end);
      }
      mark(end);
      Money value = Money.ZERO;
      for (Position p : positions) {
        NavSeries navs = p.fund.navs();
        int i = navs.indexOnOrBefore(end);
        if (i >= 0) {
          // A position with no NAV by the end (an STP target launched later) holds nothing.
          value = value.plus(Units.of(p.units).valueAt(Nav.of(navs.navAt(i))));
        }
      }
      Optional<BenchmarkResult> bench = benchmark.map(this::benchmark);
      return new BacktestResult(start, end, transactions, holdings, paidIn, paidOut, value, duty,
          load, tax, CashFlows.xirr(transactions, end, value), bench);
    }

    /**
     * The investor's net cash flow of each date applied to the index at its value on or after
     * that date (a sale is capped at what the index holding is worth), valued at the end; the
     * holding reported on the dates the fund's is, at the index's value on or before each.
     *
     * @throws InvalidValueException if the index has no value within a month on or after a flow's
     *     date, by the end
     */
    private BenchmarkResult benchmark(NavSeries index) {
      Map<LocalDate, Double> byDate = new TreeMap<>();
      for (CashFlow f : CashFlows.of(transactions, end, Money.ZERO)) {
        byDate.merge(f.date(), f.amount(), Double::sum);
      }
      List<CashFlow> flows = new ArrayList<>();
      // The units held after the flows of each date, by the flow's date (not the index's).
      TreeMap<LocalDate, Double> unitsAfter = new TreeMap<>();
      double units = 0;
      for (Map.Entry<LocalDate, Double> e : byDate.entrySet()) {
        if (e.getValue() == 0) {
          continue;
        }
        int i = index.indexOnOrAfter(e.getKey());
        if (i < 0 || index.dateAt(i).isAfter(end)
            || !index.dateAt(i).isBefore(e.getKey().plusMonths(1))) {
          // Leaving the flow out, or moving it a month or more (to an index that starts later),
          // would compare the fund with a benchmark given other money at other times.
          throw new InvalidValueException("benchmark", index.firstDate().orElseThrow() + ".."
              + index.lastDate().orElseThrow(), "has no value within a month of the cash flow of "
              + e.getKey() + ", by the end " + end
              + ": give an index series that covers the back-test");
        }
        double level = index.navAsDouble(i);
        double amount = e.getValue();
        if (amount < 0) {
          units += -amount / level;
        } else if (amount >= units * level) {
          // Sells everything: exactly none left, not a rounding residue either side of zero.
          amount = units * level;
          units = 0;
        } else {
          units -= amount / level;
        }
        unitsAfter.put(e.getKey(), units);
        if (amount != 0) {
          flows.add(new CashFlow(index.dateAt(i), amount));
        }
      }
      List<BenchmarkHoldingPoint> holdings = new ArrayList<>();
      for (LocalDate date : marked) {
        int at = index.indexOnOrBefore(date);
        if (at >= 0) {
          Map.Entry<LocalDate, Double> held = unitsAfter.floorEntry(date);
          double u = held == null ? 0 : held.getValue();
          double level = index.navAsDouble(at);
          holdings.add(new BenchmarkHoldingPoint(date, u, level,
              Money.of(BigDecimal.valueOf(u * level))));
        }
      }
      int last = index.indexOnOrBefore(end);
      double finalValue = last < 0 ? 0 : units * index.navAsDouble(last);
      if (finalValue > 0) {
        flows.add(new CashFlow(end, finalValue));
      }
      return new BenchmarkResult(flows, holdings, Money.of(BigDecimal.valueOf(finalValue)),
          Xirr.DEFAULT.xirr(flows));
    }
  }
}
