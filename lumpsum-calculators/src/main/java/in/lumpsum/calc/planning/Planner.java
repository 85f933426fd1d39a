package in.lumpsum.calc.planning;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The planning calculators: lump sum, SIP, step-up SIP, SWP, STP, goal and retirement, each with a
 * year-by-year schedule and the {@link Conventions} it followed.
 *
 * <h2>Formulas</h2>
 * With {@code i} the monthly rate ({@link MonthlyRate}) and {@code n} months:
 * <ul>
 *   <li>Lump sum: {@code FV = P × (1 + r)^years} ({@link LumpsumCompounding#ANNUAL}) or
 *       {@code P × (1 + i)^n}.</li>
 *   <li>SIP: {@code FV = P × ((1 + i)^n − 1) / i × (1 + i)} with instalments at the start of the
 *       month, without the last factor at the end; {@code P × n} when {@code i = 0}.</li>
 *   <li>Step-up SIP: each year's instalment is the previous one stepped up ({@link StepUp}) and
 *       rounded; each instalment grows for the months left.</li>
 *   <li>SWP: the balance grows monthly and the withdrawal is taken at the start (before growth) or
 *       end of the month; the sustainable withdrawal is the level one that leaves nothing:
 *       {@code W = P × i × (1 + i)^n / ((1 + i)^n − 1)}, divided by {@code (1 + i)} when withdrawn
 *       at the start of the month. A rising SWP steps its withdrawal up every 12 months from the
 *       first ({@link StepUp}, rounded like a SIP's); its sustainable first-year withdrawal is the
 *       largest, to the paisa, whose rising withdrawals last the horizon.</li>
 * </ul>
 * Every projection runs month by month, so that the schedule and the closed forms agree; the
 * arithmetic is {@code double} (a relative error near 1e-15, far below a paisa) and amounts are
 * rounded half up to paise at the edge.
 *
 * <p>Limits: rates from -99% to +1,000% a year, horizons of 1 to 100 years (1 to 1,200 months),
 * amounts up to ₹10<sup>13</sup>.
 *
 * <p>Stateless and thread-safe; {@link #DEFAULT} uses {@link Conventions#INDIAN_CALCULATORS}.
 *
 * @since 0.1.0
 */
public final class Planner {

  /** The planner with the conventions of the popular Indian calculator pages. */
  public static final Planner DEFAULT = new Planner(Conventions.INDIAN_CALCULATORS);

  /** The longest horizon, in months (100 years). */
  public static final int MAX_MONTHS = 1200;

  private static final double MAX_AMOUNT = 1.0e13;
  /** Half a paisa: a balance below it is spent. */
  private static final double HALF_PAISA = 0.005;

  private final Conventions conventions;

  private Planner(Conventions conventions) {
    this.conventions = Objects.requireNonNull(conventions, "conventions");
  }

  /**
   * Returns a planner that follows the given conventions.
   *
   * @param conventions the conventions
   * @return the planner
   * @throws NullPointerException if {@code conventions} is null
   */
  public static Planner of(Conventions conventions) {
    Objects.requireNonNull(conventions, "conventions");
    return conventions.equals(Conventions.INDIAN_CALCULATORS) ? DEFAULT : new Planner(conventions);
  }

  /**
   * Returns the conventions this planner follows.
   *
   * @return the conventions
   */
  public Conventions conventions() {
    return conventions;
  }

  /**
   * Projects a one-time investment.
   *
   * @param amount the amount invested now, above zero
   * @param annualRate the annual return as a fraction
   * @param years the horizon, 1 to 100
   * @return the projection, one row per year
   * @throws NullPointerException if {@code amount} is null
   * @throws InvalidValueException if an argument is out of range
   */
  public Projection lumpsum(Money amount, double annualRate, int years) {
    double p = positive("amount", amount);
    checkRate("annualRate", annualRate);
    int n = months(years);
    return project(annualRate, p, conventions.lumpsumMonthlyGrowth(annualRate), new double[n]);
  }

  /**
   * Projects a SIP of a level monthly instalment.
   *
   * @param monthly the monthly instalment, above zero
   * @param annualRate the annual return as a fraction
   * @param years the horizon, 1 to 100
   * @return the projection, one row per year
   * @throws NullPointerException if {@code monthly} is null
   * @throws InvalidValueException if an argument is out of range
   */
  public Projection sip(Money monthly, double annualRate, int years) {
    return stepUpSip(monthly, StepUp.NONE, annualRate, years);
  }

  /**
   * Projects a SIP whose instalment rises once a year.
   *
   * @param monthly the first year's monthly instalment, above zero
   * @param stepUp how the instalment rises each year; {@link StepUp#NONE} for a plain SIP
   * @param annualRate the annual return as a fraction
   * @param years the horizon, 1 to 100
   * @return the projection, one row per year
   * @throws NullPointerException if {@code monthly} or {@code stepUp} is null
   * @throws InvalidValueException if an argument is out of range
   */
  public Projection stepUpSip(Money monthly, StepUp stepUp, double annualRate, int years) {
    double p = positive("monthly", monthly);
    Objects.requireNonNull(stepUp, "stepUp");
    checkRate("annualRate", annualRate);
    return project(annualRate, 0, 1, instalments(p, stepUp, months(years)));
  }

  /**
   * Projects a systematic withdrawal plan: a corpus from which a level amount is withdrawn every
   * month, the rest growing.
   *
   * @param corpus the corpus at the start, above zero
   * @param monthlyWithdrawal the monthly withdrawal, above zero
   * @param annualRate the annual return as a fraction
   * @param years the horizon, 1 to 100
   * @return the plan: the projection, when the corpus runs out, and the sustainable withdrawal
   * @throws NullPointerException if an amount is null
   * @throws InvalidValueException if an argument is out of range
   */
  public SwpPlan swp(Money corpus, Money monthlyWithdrawal, double annualRate, int years) {
    return swp(corpus, monthlyWithdrawal, StepUp.NONE, annualRate, years);
  }

  /**
   * Projects a systematic withdrawal plan whose withdrawal rises once a year, as with inflation:
   * the first 12 withdrawals are {@code monthlyWithdrawal}, and every 12 months from the first the
   * withdrawal steps up ({@link StepUp#percent(double)} for inflation of, say, 6% a year), rounded
   * by the {@linkplain Conventions#stepUpRounding() step-up rounding} like a SIP's instalment.
   *
   * <p>The schedule's {@link ScheduleYear#instalment()} is each year's monthly withdrawal; the
   * depletion month follows the rising withdrawals for up to 100 years; the sustainable withdrawal
   * is the first year's that, rising the same way, lasts the horizon
   * ({@link #sustainableWithdrawal(Money, StepUp, double, int)}). With {@link StepUp#NONE} (or any
   * zero step) this is exactly {@link #swp(Money, Money, double, int)}.
   *
   * @param corpus the corpus at the start, above zero
   * @param monthlyWithdrawal the first year's monthly withdrawal, above zero
   * @param stepUp how the withdrawal rises each year; {@link StepUp#NONE} for level withdrawals
   * @param annualRate the annual return as a fraction
   * @param years the horizon, 1 to 100
   * @return the plan: the projection, when the corpus runs out, and the sustainable first-year
   *     withdrawal
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if an argument is out of range
   * @since 0.2.0
   */
  public SwpPlan swp(Money corpus, Money monthlyWithdrawal, StepUp stepUp, double annualRate,
      int years) {
    double p = positive("corpus", corpus);
    double w = positive("monthlyWithdrawal", monthlyWithdrawal);
    Objects.requireNonNull(stepUp, "stepUp");
    checkRate("annualRate", annualRate);
    int n = months(years);
    // The withdrawals for 100 years, so that depletion can be found beyond the horizon.
    double[] amounts = instalments(w, stepUp, MAX_MONTHS);
    double[] flows = new double[n];
    for (int m = 0; m < n; m++) {
      flows[m] = -amounts[m];
    }
    double g = conventions.monthlyGrowth(annualRate);
    Projection projection = project(annualRate, p, g, flows);
    return new SwpPlan(projection, monthlyWithdrawal, stepUp, depletionMonth(p, amounts, g),
        sustainableWithdrawal(corpus, stepUp, annualRate, years));
  }

  /**
   * Returns the level monthly withdrawal that a corpus sustains for a number of years, leaving
   * nothing: {@code W = P × i × (1 + i)^n / ((1 + i)^n − 1)}, divided by {@code (1 + i)} for
   * withdrawals at the start of the month; {@code P / n} when {@code i = 0}.
   *
   * @param corpus the corpus at the start, above zero
   * @param annualRate the annual return as a fraction
   * @param years the horizon, 1 to 100
   * @return the withdrawal, rounded down to the paisa so that it is sustainable
   * @throws NullPointerException if {@code corpus} is null
   * @throws InvalidValueException if an argument is out of range
   */
  public Money sustainableWithdrawal(Money corpus, double annualRate, int years) {
    double p = positive("corpus", corpus);
    checkRate("annualRate", annualRate);
    int n = months(years);
    double g = conventions.monthlyGrowth(annualRate);
    boolean start = conventions.timing() == PaymentTiming.START_OF_MONTH;
    // The withdrawals' future value equals the corpus's: W × factor = P × (1 + i)^n.
    double w = p * Math.pow(g, n) / annuityFactor(g, n, start);
    return Money.of(BigDecimal.valueOf(w).setScale(Money.SCALE, RoundingMode.DOWN));
  }

  /**
   * Returns the first year's monthly withdrawal that a corpus sustains for a number of years when
   * the withdrawal rises every 12 months by {@code stepUp}: the largest amount, to the paisa, whose
   * withdrawals (stepped up and rounded as in {@link #swp(Money, Money, StepUp, double, int)})
   * never take more than the balance, so that the corpus is spent at the horizon to within what
   * one paisa more a month, rising, would take. With a zero step this is
   * {@link #sustainableWithdrawal(Money, double, int)}.
   *
   * <p>The balance at the horizon falls as the first withdrawal rises, so the amount is found by
   * bisection on whole paise over a month-by-month run of the plan.
   *
   * @param corpus the corpus at the start, above zero
   * @param stepUp how the withdrawal rises each year
   * @param annualRate the annual return as a fraction
   * @param years the horizon, 1 to 100
   * @return the first year's monthly withdrawal, rounded down to the paisa; zero if even a zero
   *     first withdrawal does not last (a step-up by an amount can take the corpus on its own)
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if an argument is out of range
   * @since 0.2.0
   */
  public Money sustainableWithdrawal(Money corpus, StepUp stepUp, double annualRate, int years) {
    Objects.requireNonNull(stepUp, "stepUp");
    if (isLevel(stepUp)) {
      return sustainableWithdrawal(corpus, annualRate, years);
    }
    double p = positive("corpus", corpus);
    checkRate("annualRate", annualRate);
    int n = months(years);
    double g = conventions.monthlyGrowth(annualRate);
    if (!lasts(p, 0, stepUp, g, n)) {
      return Money.ZERO;
    }
    // The first withdrawal alone takes more than the balance above P × max(1, 1 + i).
    long lo = 0;
    long hi = (long) Math.floor(p * Math.max(1.0, g) * 100) + 1;
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (lasts(p, mid / 100.0, stepUp, g, n)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Money.of(BigDecimal.valueOf(lo, Money.SCALE));
  }

  /**
   * Whether withdrawals starting at {@code first} and rising by {@code stepUp} last {@code n}
   * months: the balance, never clamped, is not below zero (less half a paisa, for rounding in
   * {@code double}) at the end. A balance once negative stays negative, so the end decides.
   */
  private boolean lasts(double corpus, double first, StepUp stepUp, double g, int n) {
    boolean start = conventions.timing() == PaymentTiming.START_OF_MONTH;
    double[] w = instalments(first, stepUp, n);
    double balance = corpus;
    for (int m = 0; m < n; m++) {
      if (!start) {
        balance *= g;
      }
      balance -= w[m];
      if (start) {
        balance *= g;
      }
    }
    return balance > -HALF_PAISA;
  }

  /** Whether a step-up leaves every instalment as the first. */
  private static boolean isLevel(StepUp stepUp) {
    return stepUp instanceof StepUp.Percent pct ? pct.rate() == 0
        : ((StepUp.Amount) stepUp).amount().signum() == 0;
  }

  /**
   * Projects a systematic transfer plan: a lump sum put into a source scheme, from which a level
   * amount moves to a target scheme every month until the horizon ends or the source is spent.
   *
   * @param lumpsum the amount put into the source scheme, above zero
   * @param monthlyTransfer the monthly transfer, above zero
   * @param sourceRate the source scheme's annual return as a fraction
   * @param targetRate the target scheme's annual return as a fraction
   * @param years the horizon, 1 to 100
   * @return the plan, one row per year
   * @throws NullPointerException if an amount is null
   * @throws InvalidValueException if an argument is out of range
   */
  public StpPlan stp(Money lumpsum, Money monthlyTransfer, double sourceRate, double targetRate,
      int years) {
    double s = positive("lumpsum", lumpsum);
    double t = positive("monthlyTransfer", monthlyTransfer);
    checkRate("sourceRate", sourceRate);
    checkRate("targetRate", targetRate);
    int n = months(years);
    double gs = conventions.monthlyGrowth(sourceRate);
    double gt = conventions.monthlyGrowth(targetRate);
    boolean start = conventions.timing() == PaymentTiming.START_OF_MONTH;
    double source = s;
    double target = 0;
    double total = 0;
    double inYear = 0;
    List<StpYear> rows = new ArrayList<>();
    for (int m = 0; m < n; m++) {
      if (!start) {
        source *= gs;
        target *= gt;
      }
      double moved = Math.min(t, source);
      if (source - moved < HALF_PAISA) {
        moved = source;
      }
      source -= moved;
      target += moved;
      total += moved;
      inYear += moved;
      if (start) {
        source *= gs;
        target *= gt;
      }
      if (m % 12 == 11 || m == n - 1) {
        Money sourceValue = money(source);
        Money targetValue = money(target);
        rows.add(new StpYear(m / 12 + 1, money(inYear), money(total), sourceValue, targetValue,
            sourceValue.plus(targetValue)));
        inYear = 0;
      }
    }
    Money sourceValue = money(source);
    Money targetValue = money(target);
    Money totalValue = sourceValue.plus(targetValue);
    return new StpPlan(conventions, lumpsum, money(total), sourceValue, targetValue, totalValue,
        totalValue.minus(lumpsum), rows);
  }

  /**
   * Plans a goal stated in today's money, starting the SIP now.
   *
   * @param targetToday the goal's cost in today's money, above zero
   * @param years years to the goal, 1 to 100
   * @param inflation annual inflation as a fraction, from -50% to +100%
   * @param annualReturn the annual return as a fraction
   * @param existingCorpus money already set aside, zero or more
   * @return the plan, without the cost of delay
   * @throws NullPointerException if an amount is null
   * @throws InvalidValueException if an argument is out of range
   */
  public GoalPlan goal(Money targetToday, int years, double inflation, double annualReturn,
      Money existingCorpus) {
    return goal(targetToday, years, inflation, annualReturn, existingCorpus, 0);
  }

  /**
   * Plans a goal stated in today's money, with the cost of starting the SIP later.
   *
   * @param targetToday the goal's cost in today's money, above zero
   * @param years years to the goal, 1 to 100
   * @param inflation annual inflation as a fraction, from -50% to +100%
   * @param annualReturn the annual return as a fraction
   * @param existingCorpus money already set aside, zero or more
   * @param delayYears years of delay to price; 0 for none; the cost is reported only when the delay
   *     is shorter than the horizon
   * @return the plan
   * @throws NullPointerException if an amount is null
   * @throws InvalidValueException if an argument is out of range
   */
  public GoalPlan goal(Money targetToday, int years, double inflation, double annualReturn,
      Money existingCorpus, int delayYears) {
    return goal(targetToday, years, inflation, annualReturn, existingCorpus, delayYears,
        StepUp.NONE);
  }

  /**
   * Plans a goal stated in today's money with a SIP that rises once a year: the same target as
   * {@link #goal(Money, int, double, double, Money, int)}, built by a step-up SIP whose first-year
   * instalment is the smallest, to the paisa, that reaches it (instalments stepped up and rounded
   * as in {@link #stepUpSip(Money, StepUp, double, int)}). With a zero step it is exactly the plain
   * plan.
   *
   * <p>The cost of delay is priced the same way: the first-year instalment of a step-up SIP that
   * starts {@code delayYears} later and still reaches the target, and the shortfall if the planned
   * SIP (same first instalment, same rises) started that late instead.
   *
   * @param targetToday the goal's cost in today's money, above zero
   * @param years years to the goal, 1 to 100
   * @param inflation annual inflation as a fraction, from -50% to +100%
   * @param annualReturn the annual return as a fraction
   * @param existingCorpus money already set aside, zero or more
   * @param delayYears years of delay to price; 0 for none; the cost is reported only when the delay
   *     is shorter than the horizon
   * @param sipStepUp how the SIP rises each year; {@link StepUp#NONE} for a level SIP
   * @return the plan, whose {@link GoalPlan#requiredMonthlySip()} is the first year's
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if an argument is out of range
   * @since 0.2.0
   */
  public GoalPlan goal(Money targetToday, int years, double inflation, double annualReturn,
      Money existingCorpus, int delayYears, StepUp sipStepUp) {
    Objects.requireNonNull(sipStepUp, "sipStepUp");
    double target = positive("targetToday", targetToday);
    double existing = nonNegative("existingCorpus", existingCorpus);
    checkInflation(inflation);
    checkRate("annualReturn", annualReturn);
    int n = months(years);
    if (delayYears < 0 || delayYears > 100) {
      throw new InvalidValueException("delayYears", delayYears, "must be from 0 to 100");
    }
    double future = target * Math.pow(1 + inflation, years);
    double gl = conventions.lumpsumMonthlyGrowth(annualReturn);
    double g = conventions.monthlyGrowth(annualReturn);
    double existingFuture = existing * Math.pow(gl, n);
    double shortfall = Math.max(0, future - existingFuture);
    boolean start = conventions.timing() == PaymentTiming.START_OF_MONTH;
    boolean level = isLevel(sipStepUp);
    Money levelSip = roundUp(shortfall / annuityFactor(g, n, start));
    Money sip = level ? levelSip : firstInstalment(shortfall, levelSip, sipStepUp, g, n);
    Money lumpsum = roundUp(shortfall / Math.pow(gl, n));
    Optional<DelayCost> delay = Optional.empty();
    if (delayYears > 0 && delayYears < years) {
      int left = n - 12 * delayYears;
      // The existing corpus still grows for the whole horizon; only the SIP starts later.
      Money levelLater = roundUp(shortfall / annuityFactor(g, left, start));
      Money later = level ? levelLater
          : firstInstalment(shortfall, levelLater, sipStepUp, g, left);
      double reached = level ? sip.toDouble() * annuityFactor(g, left, start)
          : futureValue(instalments(sip.toDouble(), sipStepUp, left), g);
      delay = Optional.of(new DelayCost(delayYears, later, later.minus(sip),
          money(Math.max(0, shortfall - reached))));
    }
    double[] flows = instalments(sip.toDouble(), sipStepUp, n);
    Projection projection = project(annualReturn, existing, gl, flows);
    return new GoalPlan(conventions, targetToday, inflation, years, annualReturn, money(future),
        existingCorpus, money(existingFuture), money(shortfall), sipStepUp, sip, lumpsum, delay,
        projection);
  }

  /**
   * Plans retirement: the corpus that pays today's monthly expenses, rising with inflation, for
   * the years in retirement, and the SIP until then that builds it.
   *
   * @param monthlyExpenseToday monthly expenses in today's money, above zero
   * @param inflation annual inflation as a fraction, from -50% to +100%
   * @param yearsToRetirement years until retirement, 1 to 100
   * @param yearsInRetirement years the corpus must last, 1 to 100
   * @param returnBefore annual return before retirement, as a fraction
   * @param returnAfter annual return in retirement, as a fraction
   * @param existingCorpus money already set aside, zero or more
   * @return the plan
   * @throws NullPointerException if an amount is null
   * @throws InvalidValueException if an argument is out of range
   */
  public RetirementPlan retirement(Money monthlyExpenseToday, double inflation,
      int yearsToRetirement, int yearsInRetirement, double returnBefore, double returnAfter,
      Money existingCorpus) {
    return retirement(monthlyExpenseToday, inflation, yearsToRetirement, yearsInRetirement,
        returnBefore, returnAfter, existingCorpus, StepUp.NONE);
  }

  /**
   * Plans retirement with a SIP that rises once a year until retirement: the same corpus as
   * {@link #retirement(Money, double, int, int, double, double, Money)}, built by a step-up SIP
   * whose first-year instalment is the smallest, to the paisa, that reaches it (instalments
   * stepped up and rounded as in {@link #stepUpSip(Money, StepUp, double, int)}). With a zero step
   * it is exactly the plain plan.
   *
   * @param monthlyExpenseToday monthly expenses in today's money, above zero
   * @param inflation annual inflation as a fraction, from -50% to +100%
   * @param yearsToRetirement years until retirement, 1 to 100
   * @param yearsInRetirement years the corpus must last, 1 to 100
   * @param returnBefore annual return before retirement, as a fraction
   * @param returnAfter annual return in retirement, as a fraction
   * @param existingCorpus money already set aside, zero or more
   * @param sipStepUp how the SIP rises each year; {@link StepUp#NONE} for a level SIP
   * @return the plan, whose {@link RetirementPlan#requiredMonthlySip()} is the first year's
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if an argument is out of range
   * @since 0.2.0
   */
  public RetirementPlan retirement(Money monthlyExpenseToday, double inflation,
      int yearsToRetirement, int yearsInRetirement, double returnBefore, double returnAfter,
      Money existingCorpus, StepUp sipStepUp) {
    Objects.requireNonNull(sipStepUp, "sipStepUp");
    double expense = positive("monthlyExpenseToday", monthlyExpenseToday);
    double existing = nonNegative("existingCorpus", existingCorpus);
    checkInflation(inflation);
    checkRate("returnBefore", returnBefore);
    checkRate("returnAfter", returnAfter);
    int n = months(yearsToRetirement);
    int r = months(yearsInRetirement);
    boolean start = conventions.timing() == PaymentTiming.START_OF_MONTH;
    double first = expense * Math.pow(1 + inflation, yearsToRetirement);
    double gAfter = conventions.monthlyGrowth(returnAfter);
    double[] withdrawals = new double[r];
    double corpus = 0;
    double discount = start ? 1.0 : 1.0 / gAfter;
    for (int m = 0; m < r; m++) {
      double w = first * Math.pow(1 + inflation, m / 12);
      withdrawals[m] = -w;
      corpus += w * discount;
      discount /= gAfter;
    }
    double gl = conventions.lumpsumMonthlyGrowth(returnBefore);
    double existingAt = existing * Math.pow(gl, n);
    double shortfall = Math.max(0, corpus - existingAt);
    double gBefore = conventions.monthlyGrowth(returnBefore);
    Money levelSip = roundUp(shortfall / annuityFactor(gBefore, n, start));
    Money sip = isLevel(sipStepUp) ? levelSip
        : firstInstalment(shortfall, levelSip, sipStepUp, gBefore, n);
    Money lumpsum = roundUp(shortfall / Math.pow(gl, n));
    double[] flows = instalments(sip.toDouble(), sipStepUp, n);
    Projection accumulation = project(returnBefore, existing, gl, flows);
    Projection drawdown = project(returnAfter, corpus, gAfter, withdrawals);
    return new RetirementPlan(conventions, monthlyExpenseToday, inflation, yearsToRetirement,
        yearsInRetirement, returnBefore, returnAfter, money(first), money(corpus), existingCorpus,
        money(existingAt), sipStepUp, sip, lumpsum, accumulation, drawdown);
  }

  /**
   * The smallest first-year instalment, in whole paise, of a SIP rising by {@code stepUp} whose
   * value after {@code n} months reaches {@code target} (less half a paisa, for rounding in
   * {@code double}), by bisection: the value rises with the first instalment, and the level SIP
   * {@code levelSip}, which reaches it, bounds it from above.
   */
  private Money firstInstalment(double target, Money levelSip, StepUp stepUp, double g, int n) {
    if (target <= 0) {
      return Money.ZERO;
    }
    long lo = 0;
    long hi = levelSip.amount().movePointRight(Money.SCALE).longValueExact();
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (futureValue(instalments(mid / 100.0, stepUp, n), g) > target - HALF_PAISA) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Money.of(BigDecimal.valueOf(hi, Money.SCALE));
  }

  /** The value of monthly instalments at the end of their last month, at monthly growth {@code g}. */
  private double futureValue(double[] instalments, double g) {
    boolean start = conventions.timing() == PaymentTiming.START_OF_MONTH;
    double value = 0;
    for (double w : instalments) {
      value = start ? (value + w) * g : value * g + w;
    }
    return value;
  }

  /**
   * The future value of 1 a month for {@code n} months at growth {@code g = 1 + i}:
   * {@code ((1 + i)^n − 1) / i}, times {@code (1 + i)} when paid at the start of the month.
   */
  static double annuityFactor(double g, int n, boolean start) {
    double i = g - 1.0;
    double f = Math.abs(i) < 1e-12 ? n : Math.expm1(n * Math.log1p(i)) / i;
    return start ? f * g : f;
  }

  private double[] instalments(double first, StepUp stepUp, int n) {
    double[] flows = new double[n];
    double amount = first;
    for (int m = 0; m < n; m++) {
      if (m > 0 && m % 12 == 0) {
        // Only a changed instalment is rounded: a zero step-up leaves the plain SIP as it is. One
        // beyond double's range (a long SWP's look-ahead) stays infinite, unrounded. A step-up
        // never lowers an instalment, and a zero one (a goal already covered) stays zero.
        amount = stepUp.next(amount, conventions.stepUpRounding());
      }
      flows[m] = amount;
    }
    return flows;
  }

  private OptionalInt depletionMonth(double corpus, double[] withdrawals, double g) {
    boolean start = conventions.timing() == PaymentTiming.START_OF_MONTH;
    double balance = corpus;
    for (int m = 0; m < withdrawals.length; m++) {
      double w = withdrawals[m];
      if (!start) {
        balance *= g;
      }
      if (balance < w + HALF_PAISA) {
        return OptionalInt.of(m + 1);
      }
      balance -= w;
      if (start) {
        balance *= g;
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Runs a projection month by month: a lump sum at month 0 growing by {@code lumpsumGrowth} a
   * month, and monthly flows (instalments positive, withdrawals negative) growing at the
   * conventions' monthly rate, paid at the start or end of each month. A withdrawal takes at most
   * what is there, from the flows first, then the lump sum.
   */
  private Projection project(double annualRate, double lumpsum, double lumpsumGrowth,
      double[] flows) {
    int n = flows.length;
    double g = conventions.monthlyGrowth(annualRate);
    boolean start = conventions.timing() == PaymentTiming.START_OF_MONTH;
    double a = lumpsum;
    double b = 0;
    double invested = lumpsum;
    double withdrawn = 0;
    double investedInYear = lumpsum;
    double withdrawnInYear = 0;
    List<ScheduleYear> rows = new ArrayList<>(n / 12 + 1);
    for (int m = 0; m < n; m++) {
      double f = flows[m];
      if (!start) {
        a *= lumpsumGrowth;
        b *= g;
      }
      if (f >= 0) {
        b += f;
        invested += f;
        investedInYear += f;
      } else {
        double want = -f;
        double take = Math.min(want, a + b);
        if (a + b - take < HALF_PAISA) {
          take = a + b;
        }
        double fromB = Math.min(take, b);
        b -= fromB;
        a -= take - fromB;
        withdrawn += take;
        withdrawnInYear += take;
      }
      if (start) {
        a *= lumpsumGrowth;
        b *= g;
      }
      if (m % 12 == 11 || m == n - 1) {
        double instalment = Math.abs(flows[m - m % 12]);
        Money value = money(a + b);
        Money in = money(invested);
        Money out = money(withdrawn);
        rows.add(new ScheduleYear(m / 12 + 1, money(instalment), money(investedInYear), in,
            money(withdrawnInYear), out, value, value.plus(out).minus(in)));
        investedInYear = 0;
        withdrawnInYear = 0;
      }
    }
    Money value = money(a + b);
    Money in = money(invested);
    Money out = money(withdrawn);
    return new Projection(conventions, annualRate, n, in, out, value, value.plus(out).minus(in),
        rows);
  }

  static Money money(double rupees) {
    if (!Double.isFinite(rupees) || Math.abs(rupees) > 1.0e15) {
      throw new InvalidValueException("result", rupees,
          "is beyond ₹10^15; use a lower rate, amount or horizon");
    }
    return Money.of(BigDecimal.valueOf(rupees));
  }

  private static Money roundUp(double rupees) {
    money(rupees);
    return Money.of(BigDecimal.valueOf(rupees).setScale(Money.SCALE, RoundingMode.CEILING));
  }

  private static double positive(String field, Money amount) {
    Objects.requireNonNull(amount, field);
    double v = amount.toDouble();
    if (!(v > 0) || v > MAX_AMOUNT) {
      throw new InvalidValueException(field, amount, "must be above zero and at most ₹10^13");
    }
    return v;
  }

  private static double nonNegative(String field, Money amount) {
    Objects.requireNonNull(amount, field);
    double v = amount.toDouble();
    if (v < 0 || v > MAX_AMOUNT) {
      throw new InvalidValueException(field, amount, "must be zero or more and at most ₹10^13");
    }
    return v;
  }

  private static void checkRate(String field, double rate) {
    if (!(rate >= -0.99 && rate <= 10.0)) {
      throw new InvalidValueException(field, rate,
          "must be an annual rate from -0.99 (-99%) to 10 (1,000%), as a fraction");
    }
  }

  private static void checkInflation(double inflation) {
    if (!(inflation >= -0.5 && inflation <= 1.0)) {
      throw new InvalidValueException("inflation", inflation,
          "must be from -0.5 (-50%) to 1 (100%), as a fraction");
    }
  }

  private static int months(int years) {
    if (years < 1 || years > MAX_MONTHS / 12) {
      throw new InvalidValueException("years", years, "must be from 1 to 100");
    }
    return years * 12;
  }

  /** A rate as a percentage without trailing zeros: {@code 0.1} is {@code "10%"}. */
  static String percent(double rate) {
    return BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public String toString() {
    return "Planner[" + conventions.describe() + "]";
  }
}
