package in.lumpsum.core.store;

import in.lumpsum.core.store.memory.InMemoryGoalStore;
import in.lumpsum.core.store.memory.InMemoryInvestorStore;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemoryPortfolioStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.core.store.spi.GoalStore;
import in.lumpsum.core.store.spi.InvestorStore;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.PortfolioStore;
import in.lumpsum.core.store.spi.SchemeStore;
import java.util.Objects;

/**
 * One store of each kind, wired together for the host to hand to lumpsum.
 *
 * <p>Start from {@link #inMemory()}, the embedded default, and swap in adapters one at a time:
 * {@code Stores.inMemory().withNavs(jdbcNavStore)}. Immutable; thread-safe when its stores are, as every
 * store must be.
 *
 * @param schemes the scheme master
 * @param navs the NAV history
 * @param portfolios the portfolios and their transactions
 * @param goals the goals
 * @param investors the investors and their profiles
 * @since 0.1.0
 */
public record Stores(SchemeStore schemes, NavStore navs, PortfolioStore portfolios, GoalStore goals,
    InvestorStore investors) {

  /**
   * Bundles five stores.
   *
   * @throws NullPointerException if a store is null
   */
  public Stores {
    Objects.requireNonNull(schemes, "schemes");
    Objects.requireNonNull(navs, "navs");
    Objects.requireNonNull(portfolios, "portfolios");
    Objects.requireNonNull(goals, "goals");
    Objects.requireNonNull(investors, "investors");
  }

  /**
   * Returns five new, empty in-memory stores: the embedded default, thread-safe, kept only as long as
   * the JVM runs.
   *
   * @return the stores
   */
  public static Stores inMemory() {
    return new Stores(new InMemorySchemeStore(), new InMemoryNavStore(), new InMemoryPortfolioStore(),
        new InMemoryGoalStore(), new InMemoryInvestorStore());
  }

  /**
   * Returns these stores with another scheme store.
   *
   * @param schemes the scheme store to use
   * @return the new bundle
   */
  public Stores withSchemes(SchemeStore schemes) {
    return new Stores(schemes, navs, portfolios, goals, investors);
  }

  /**
   * Returns these stores with another NAV store.
   *
   * @param navs the NAV store to use
   * @return the new bundle
   */
  public Stores withNavs(NavStore navs) {
    return new Stores(schemes, navs, portfolios, goals, investors);
  }

  /**
   * Returns these stores with another portfolio store.
   *
   * @param portfolios the portfolio store to use
   * @return the new bundle
   */
  public Stores withPortfolios(PortfolioStore portfolios) {
    return new Stores(schemes, navs, portfolios, goals, investors);
  }

  /**
   * Returns these stores with another goal store.
   *
   * @param goals the goal store to use
   * @return the new bundle
   */
  public Stores withGoals(GoalStore goals) {
    return new Stores(schemes, navs, portfolios, goals, investors);
  }

  /**
   * Returns these stores with another investor store.
   *
   * @param investors the investor store to use
   * @return the new bundle
   */
  public Stores withInvestors(InvestorStore investors) {
    return new Stores(schemes, navs, portfolios, goals, investors);
  }
}
