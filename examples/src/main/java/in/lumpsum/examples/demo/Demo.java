package in.lumpsum.examples.demo;

import in.lumpsum.calc.montecarlo.GoalScenario;
import in.lumpsum.calc.montecarlo.MonteCarlo;
import in.lumpsum.calc.montecarlo.MonteCarloResult;
import in.lumpsum.calc.montecarlo.ReturnModel;
import in.lumpsum.calc.planning.GoalPlan;
import in.lumpsum.calc.planning.Planner;
import in.lumpsum.calc.portfolio.CashFlows;
import in.lumpsum.calc.portfolio.PortfolioValuation;
import in.lumpsum.calc.portfolio.ValuedHolding;
import in.lumpsum.calc.returns.XirrResult;
import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.goal.GoalPriority;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavUpsertResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The main job, end to end, on whatever {@link Lumpsum} it is given: load schemes and NAVs, sign an
 * investor up, record the investor's transactions, then value the holdings and print them, and plan
 * a sample goal with the portfolio as its corpus.
 *
 * <p>It runs on {@link SampleData} and says so in its output, or on any other {@link Data}, such as
 * real schemes and NAVs from AMFI's daily file ({@code lumpsum demo --navall FILE}).
 */
public final class Demo {

  /** What the demo runs on: schemes and NAVs to load, and the investor's transactions. */
  public interface Data {
    /**
     * Returns what the output says the data is.
     *
     * @return a label such as {@link SampleData#LABEL}
     */
    String label();

    /**
     * Loads the schemes and NAVs.
     *
     * @param lumpsum where to load them
     * @param asOf the valuation date
     * @return the number of NAVs stored
     */
    int load(Lumpsum lumpsum, LocalDate asOf);

    /**
     * Returns the investor's transactions, on schemes and NAVs loaded.
     *
     * @param lumpsum the loaded parts
     * @param asOf the valuation date
     * @return the transactions, in date order
     */
    List<Transaction> transactions(Lumpsum lumpsum, LocalDate asOf);
  }

  /** The sample data lumpsum generates. */
  public static final Data SAMPLE = new Data() {
    @Override
    public String label() {
      return SampleData.LABEL;
    }

    @Override
    public int load(Lumpsum lumpsum, LocalDate asOf) {
      lumpsum.registerSchemes(SampleData.schemes());
      NavUpsertResult navs = lumpsum.stores().navs().upsert(SampleData.navs(asOf));
      return navs.inserted();
    }

    @Override
    public List<Transaction> transactions(Lumpsum lumpsum, LocalDate asOf) {
      return SampleData.transactions(asOf);
    }
  };

  private final Lumpsum lumpsum;
  private final PrintStream out;
  private final Data data;

  /**
   * Creates the demo.
   *
   * @param lumpsum the wired parts to run on
   * @param out where to print
   */
  public Demo(Lumpsum lumpsum, PrintStream out) {
    this(lumpsum, out, SAMPLE);
  }

  /**
   * Creates the demo on other data.
   *
   * @param lumpsum the wired parts to run on
   * @param out where to print
   * @param data the schemes, NAVs and transactions
   */
  public Demo(Lumpsum lumpsum, PrintStream out, Data data) {
    this.lumpsum = Objects.requireNonNull(lumpsum, "lumpsum");
    this.out = Objects.requireNonNull(out, "out");
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * Runs the demo as of the lumpsum clock's date.
   *
   * @return the valuation printed
   */
  public PortfolioValuation run() {
    LocalDate asOf = lumpsum.today();
    Map<String, LongAdder> eventCounts = new ConcurrentHashMap<>();
    lumpsum.events().subscribeAll((DomainEvent e) ->
        eventCounts.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment());

    int navs = data.load(lumpsum, asOf);
    lumpsum.signUp(SampleData.investor());
    lumpsum.createPortfolio(Portfolio.builder().id(SampleData.PORTFOLIO).owner(SampleData.INVESTOR)
        .name("Asha's savings (sample)").build());
    Portfolio portfolio = lumpsum.record(SampleData.PORTFOLIO, data.transactions(lumpsum, asOf));

    PortfolioValuation valuation =
        PortfolioValuation.of(portfolio.transactions(), lumpsum.stores().navs(), asOf);
    Goal goal = lumpsum.createGoal(Goal.builder().id(GoalId.of("sample-retirement"))
        .investorId(SampleData.INVESTOR).name("Retirement top-up (sample)")
        .targetAmount(Money.ofRupees(10_000_000)).targetDate(asOf.plusYears(15))
        .inflation(new BigDecimal("0.06")).priority(GoalPriority.ESSENTIAL).createdOn(asOf)
        .build());
    print(portfolio, valuation, navs, eventCounts);
    printGoalPlan(goal, valuation.value());
    return valuation;
  }

  private void print(Portfolio portfolio, PortfolioValuation v, int navs,
      Map<String, LongAdder> eventCounts) {
    out.println("lumpsum demo: " + data.label());
    out.println();
    out.printf("Investor   %s%n", lumpsum.stores().investors().find(portfolio.owner())
        .map(i -> i.displayName()).orElse(portfolio.owner().value()));
    out.printf("Portfolio  %s, %d transactions, version %d%n", portfolio.name(),
        portfolio.transactions().size(), portfolio.version());
    out.printf("Valued on  %s at each scheme's NAV on or before that date%n", v.date());
    out.println();
    String format = "%-52s %12s %10s %11s %14s %14s %14s %8s %8s%n";
    out.printf(format, "Scheme", "Units", "NAV", "NAV date", "Cost (₹)", "Value (₹)", "Gain (₹)",
        "Gain %", "XIRR");
    for (ValuedHolding h : v.holdings()) {
      SchemeCode code = h.account().holding().scheme();
      String name = lumpsum.stores().schemes().find(code).map(Scheme::name).orElse(code.toString());
      out.printf(format, truncate(name, 52), h.account().holding().units(),
          h.nav().map(n -> n.nav().toString()).orElse("n/a"),
          h.nav().map(n -> n.date().toString()).orElse("none"),
          Rupees.format(h.cost()), Rupees.format(h.value()), Rupees.format(h.unrealisedGain()),
          h.unrealisedGainFraction().map(Demo::percent).orElse("-"),
          xirr(portfolio.transactionsOf(h.account().holding().ref()), v.date(), h.value()));
    }
    out.printf(format, "Total", "", "", "", Rupees.format(v.cost()), Rupees.format(v.value()),
        Rupees.format(v.unrealisedGain()), v.cost().isZero() ? "-"
            : percent(v.unrealisedGain().amount().divide(v.cost().amount(), 6, RoundingMode.HALF_UP)),
        xirr(portfolio.transactions(), v.date(), v.value()));
    out.println();
    Money invested = v.holdings().stream().map(h -> h.account().invested())
        .reduce(Money.ZERO, Money::plus);
    Money proceeds = v.holdings().stream().map(h -> h.account().proceeds())
        .reduce(Money.ZERO, Money::plus);
    for (var closed : v.closed()) {
      invested = invested.plus(closed.invested());
      proceeds = proceeds.plus(closed.proceeds());
    }
    out.printf("Invested (incl. stamp duty) ₹%s, redeemed ₹%s, realised gain ₹%s%n",
        Rupees.format(invested), Rupees.format(proceeds), Rupees.format(v.realisedGain()));
    if (v.missingNavs() > 0) {
      out.printf("Warning: %d holding(s) had no NAV on or before %s and are shown at zero%n",
          v.missingNavs(), v.date());
    }
    out.println();
    out.printf("Stored %d NAVs for %d schemes; events published: %s%n", navs,
        lumpsum.stores().schemes().count(), new TreeMap<>(eventCounts).toString().replace("=", " ×"));
  }

  /**
   * A goal plan with the portfolio's value as the corpus already set aside: the SIP that reaches
   * the inflated target at an assumed 12% a year, and its chance by Monte Carlo (lognormal, 18%
   * volatility, fixed seed so the demo is reproducible).
   */
  private void printGoalPlan(Goal goal, Money existing) {
    int years = (int) ChronoUnit.YEARS.between(goal.createdOn(), goal.targetDate());
    GoalPlan plan = Planner.DEFAULT.goal(goal.targetAmount(), years,
        goal.inflation().doubleValue(), 0.12, existing, 1);
    MonteCarloResult mc = MonteCarlo.DEFAULT.simulate(GoalScenario.of(plan),
        ReturnModel.lognormal(0.12, 0.18));
    out.println();
    out.printf("Goal plan  %s: ₹%s in today's money by %s (%d years, %s inflation)%n", goal.name(),
        Rupees.format(goal.targetAmount()), goal.targetDate(), years,
        percent(goal.inflation()));
    out.printf("           target then ₹%s; the portfolio's ₹%s at 12%% a year grows to ₹%s%n",
        Rupees.format(plan.targetFuture()), Rupees.format(existing),
        Rupees.format(plan.existingCorpusFuture()));
    out.printf("           monthly SIP needed ₹%s (or ₹%s today); a year's delay needs ₹%s%n",
        Rupees.format(plan.requiredMonthlySip()), Rupees.format(plan.requiredLumpsum()),
        plan.costOfDelay().map(d -> Rupees.format(d.requiredMonthlySip())).orElse("-"));
    out.printf("           chance of success %.1f%% (%,d paths, seed %d, %s)%n",
        mc.successProbability() * 100, mc.paths(), mc.seed(), mc.model());
    out.printf("           conventions: %s%n", plan.conventions().describe());
  }

  /** XIRR (Actual/365) of the flows with the value held as a final inflow, or why there is none. */
  private static String xirr(List<Transaction> transactions, LocalDate asOf, Money value) {
    XirrResult r = CashFlows.xirr(transactions, asOf, value);
    return r instanceof XirrResult.Rate rate
        ? percent(BigDecimal.valueOf(rate.rate()).setScale(6, RoundingMode.HALF_UP))
        : "n/a";
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
