package in.lumpsum.calc.planning;

import in.lumpsum.core.money.Money;
import java.util.Objects;

/**
 * A retirement plan: the corpus that pays today's monthly expenses, rising with inflation every
 * year, for the years in retirement, and the SIP or lump sum that builds it.
 *
 * <p>{@code expenseAtRetirement = expenseToday × (1 + inflation)^yearsToRetirement}; in retirement
 * the withdrawal of month {@code m} (from 0) is {@code expenseAtRetirement × (1 + inflation)^⌊m /
 * 12⌋}; the corpus is their present value at retirement at the return after retirement (monthly
 * rate and timing by the conventions), so that withdrawing them leaves nothing at the end.
 *
 * @param conventions the conventions followed
 * @param monthlyExpenseToday the monthly expenses in today's money
 * @param inflation the annual inflation assumed, as a fraction
 * @param yearsToRetirement years until retirement
 * @param yearsInRetirement years the corpus must last
 * @param returnBefore the annual return before retirement, as a fraction
 * @param returnAfter the annual return in retirement, as a fraction
 * @param monthlyExpenseAtRetirement the monthly expenses in the first year of retirement
 * @param corpusNeeded the corpus needed at retirement
 * @param existingCorpus the money already set aside
 * @param existingCorpusAtRetirement what that grows to by retirement
 * @param sipStepUp how the SIP rises each year until retirement; {@link StepUp#NONE} for a level
 *     SIP
 * @param requiredMonthlySip the monthly SIP until retirement that builds the rest (the first
 *     year's, when it rises)
 * @param requiredLumpsum the lump sum today that builds the rest (instead of the SIP)
 * @param accumulation the existing corpus plus the required SIP until retirement, year by year
 * @param drawdown the corpus drawn down in retirement, year by year
 * @since 0.1.0
 */
public record RetirementPlan(Conventions conventions, Money monthlyExpenseToday, double inflation,
    int yearsToRetirement, int yearsInRetirement, double returnBefore, double returnAfter,
    Money monthlyExpenseAtRetirement, Money corpusNeeded, Money existingCorpus,
    Money existingCorpusAtRetirement, StepUp sipStepUp, Money requiredMonthlySip,
    Money requiredLumpsum, Projection accumulation, Projection drawdown) {

  /**
   * Creates a plan.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public RetirementPlan {
    Objects.requireNonNull(sipStepUp, "sipStepUp");
    Objects.requireNonNull(conventions, "conventions");
    Objects.requireNonNull(monthlyExpenseToday, "monthlyExpenseToday");
    Objects.requireNonNull(monthlyExpenseAtRetirement, "monthlyExpenseAtRetirement");
    Objects.requireNonNull(corpusNeeded, "corpusNeeded");
    Objects.requireNonNull(existingCorpus, "existingCorpus");
    Objects.requireNonNull(existingCorpusAtRetirement, "existingCorpusAtRetirement");
    Objects.requireNonNull(requiredMonthlySip, "requiredMonthlySip");
    Objects.requireNonNull(requiredLumpsum, "requiredLumpsum");
    Objects.requireNonNull(accumulation, "accumulation");
    Objects.requireNonNull(drawdown, "drawdown");
  }

  /**
   * Creates a plan with a level SIP.
   *
   * @param conventions the conventions followed
   * @param monthlyExpenseToday the monthly expenses in today's money
   * @param inflation the annual inflation assumed, as a fraction
   * @param yearsToRetirement years until retirement
   * @param yearsInRetirement years the corpus must last
   * @param returnBefore the annual return before retirement, as a fraction
   * @param returnAfter the annual return in retirement, as a fraction
   * @param monthlyExpenseAtRetirement the monthly expenses in the first year of retirement
   * @param corpusNeeded the corpus needed at retirement
   * @param existingCorpus the money already set aside
   * @param existingCorpusAtRetirement what that grows to by retirement
   * @param requiredMonthlySip the monthly SIP until retirement that builds the rest
   * @param requiredLumpsum the lump sum today that builds the rest (instead of the SIP)
   * @param accumulation the existing corpus plus the required SIP until retirement, year by year
   * @param drawdown the corpus drawn down in retirement, year by year
   * @throws NullPointerException if an argument is null
   */
  public RetirementPlan(Conventions conventions, Money monthlyExpenseToday, double inflation,
      int yearsToRetirement, int yearsInRetirement, double returnBefore, double returnAfter,
      Money monthlyExpenseAtRetirement, Money corpusNeeded, Money existingCorpus,
      Money existingCorpusAtRetirement, Money requiredMonthlySip, Money requiredLumpsum,
      Projection accumulation, Projection drawdown) {
    this(conventions, monthlyExpenseToday, inflation, yearsToRetirement, yearsInRetirement,
        returnBefore, returnAfter, monthlyExpenseAtRetirement, corpusNeeded, existingCorpus,
        existingCorpusAtRetirement, StepUp.NONE, requiredMonthlySip, requiredLumpsum,
        accumulation, drawdown);
  }
}
