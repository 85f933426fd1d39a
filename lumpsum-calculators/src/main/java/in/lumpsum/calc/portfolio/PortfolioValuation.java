package in.lumpsum.calc.portfolio;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.nav.NavProvider;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A portfolio's holdings valued on a date, with totals.
 *
 * <p>Each holding is valued at the latest NAV on or before the valuation date (the usual valuation
 * policy: a holiday or a late NAV values at the last published one). A holding whose scheme has no NAV
 * by then is listed with a zero value and an empty NAV, and {@link #missingNavs()} counts it, so that a
 * missing NAV is never mistaken for a loss in silence.
 *
 * @param date the valuation date
 * @param holdings every holding with units, valued; closed holdings are left out
 * @param closed holdings fully redeemed by the date, kept for their realised gains
 * @since 0.1.0
 */
public record PortfolioValuation(LocalDate date, List<ValuedHolding> holdings, List<HoldingAccount> closed) {

  /**
   * Creates a valuation.
   *
   * @throws NullPointerException if a component is null
   */
  public PortfolioValuation {
    Objects.requireNonNull(date, "date");
    holdings = List.copyOf(holdings);
    closed = List.copyOf(closed);
  }

  /**
   * Values the holdings that transactions leave on a date.
   *
   * <p>Each open holding is valued at its scheme's NAV on or before the date, asked of
   * {@code navs} in one call for all the schemes: a {@link in.lumpsum.core.store.spi.NavStore}
   * answers from what it holds; the fund data module's {@code NavService} also asks AMFI and mfapi
   * for what its store lacks. A holding whose scheme has no NAV is valued at zero and counted in
   * {@link #missingNavs()}.
   *
   * @param transactions the portfolio's transactions
   * @param navs where NAVs are looked up
   * @param date the valuation date; transactions after it are ignored
   * @return the valuation
   * @throws in.lumpsum.core.InvalidValueException if the transactions are inconsistent (see
   *     {@link FifoAccounting#account(Collection, LocalDate)})
   * @throws RuntimeException what {@code navs} throws when it cannot tell whether a NAV exists
   *     (a store failing, or every remote source down for a NAV not held)
   * @since 0.2.0
   */
  public static PortfolioValuation of(Collection<? extends Transaction> transactions,
      NavProvider navs, LocalDate date) {
    Objects.requireNonNull(navs, "navs");
    List<ValuedHolding> open = new ArrayList<>();
    List<HoldingAccount> closed = new ArrayList<>();
    List<HoldingAccount> accounts = FifoAccounting.DEFAULT.account(transactions, date);
    // One look-up for every open holding: a store over a server answers it in one round trip.
    Map<SchemeCode, NavRecord> found = navs.onOrBefore(accounts.stream()
        .filter(HoldingAccount::isOpen).map(a -> a.holding().scheme()).distinct().toList(), date);
    for (HoldingAccount account : accounts) {
      if (!account.isOpen()) {
        closed.add(account);
        continue;
      }
      Optional<NavRecord> nav = Optional.ofNullable(found.get(account.holding().scheme()));
      Money value = nav.map(n -> account.holding().units().valueAt(n.nav())).orElse(Money.ZERO);
      open.add(new ValuedHolding(account, nav, value));
    }
    return new PortfolioValuation(date, open, closed);
  }

  /**
   * Values the holdings that transactions leave on a date, at the NAVs a store holds: the same as
   * {@link #of(Collection, NavProvider, LocalDate)} (a {@code NavStore} is a {@code NavProvider});
   * kept for code compiled against 0.1.0.
   *
   * @param transactions the portfolio's transactions
   * @param navs the store NAVs are looked up in
   * @param date the valuation date; transactions after it are ignored
   * @return the valuation
   * @throws in.lumpsum.core.InvalidValueException if the transactions are inconsistent
   */
  public static PortfolioValuation of(Collection<? extends Transaction> transactions,
      NavStore navs, LocalDate date) {
    return of(transactions, (NavProvider) navs, date);
  }

  /**
   * Returns the value of all holdings.
   *
   * @return the sum of the holdings' values, in rupees
   */
  public Money value() {
    return holdings.stream().map(ValuedHolding::value).reduce(Money.ZERO, Money::plus);
  }

  /**
   * Returns the cost of all units held.
   *
   * @return the sum of the open lots' cost, in rupees
   */
  public Money cost() {
    return holdings.stream().map(ValuedHolding::cost).reduce(Money.ZERO, Money::plus);
  }

  /**
   * Returns the unrealised gain of all holdings.
   *
   * @return value less cost, in rupees
   */
  public Money unrealisedGain() {
    return value().minus(cost());
  }

  /**
   * Returns the gain realised by redemptions and switches out, open and closed holdings together.
   *
   * @return the realised gain, in rupees
   */
  public Money realisedGain() {
    Money open = holdings.stream().map(h -> h.account().realisedGain()).reduce(Money.ZERO, Money::plus);
    return closed.stream().map(HoldingAccount::realisedGain).reduce(open, Money::plus);
  }

  /**
   * Returns how many holdings could not be valued because no NAV was found.
   *
   * @return the count of holdings with an empty NAV
   */
  public int missingNavs() {
    return (int) holdings.stream().filter(h -> h.nav().isEmpty()).count();
  }
}
