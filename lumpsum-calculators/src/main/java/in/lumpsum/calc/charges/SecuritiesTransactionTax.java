package in.lumpsum.calc.charges;

import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Securities transaction tax (STT) on the sale of units of an equity-oriented fund to the mutual fund
 * (a redemption or a switch out), paid by the seller and collected by the fund house.
 *
 * <p>Source: section 98 of the Finance (No. 2) Act, 2004 (Chapter VII, "Securities Transaction Tax"),
 * table entry for the sale of a unit of an equity-oriented fund to the mutual fund, whose rate the
 * Finance Act, 2013 set at 0.001% from 1 June 2013. The tax is on the value of the transaction, which
 * section 99 of the Finance (No. 2) Act, 2004 makes, for this entry, the price at which the units are
 * repurchased by the mutual fund: the NAV less any exit load (the amount paid before STT), not
 * units × NAV. Only that period is modelled; for earlier dates
 * {@link #rateOn(LocalDate)} gives zero and the STT shown on the registrar's statement should be used.
 * Redemptions of other funds bear none. STT is not deductible in computing capital gains (Income-tax
 * Act, 1961, section 48, the proviso inserted by the Finance (No. 2) Act, 2004: no deduction for
 * any sum paid on account of securities transaction tax).
 *
 * <p>Immutable and thread-safe.
 *
 * @param schedule the dated rates
 * @since 0.1.0
 */
public record SecuritiesTransactionTax(RateSchedule schedule) {

  /** The rate on redemptions of equity-oriented fund units from 1 June 2013: 0.001%. */
  public static final BigDecimal RATE_2013 = new BigDecimal("0.00001");

  /** The first date of the 0.001% rate, 1 June 2013. */
  public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2013, 6, 1);

  /** STT as in force: 0.001% of the redemption value (after exit load) from 1 June 2013. */
  public static final SecuritiesTransactionTax DEFAULT = new SecuritiesTransactionTax(RateSchedule.of(
      DatedRate.from(EFFECTIVE_FROM, RATE_2013, "Finance (No. 2) Act, 2004, s. 98 (sale of a unit of an"
          + " equity oriented fund to the mutual fund, seller), rate as amended by Finance Act, 2013")));

  /**
   * Creates the tax.
   *
   * @throws NullPointerException if {@code schedule} is null
   */
  public SecuritiesTransactionTax {
    Objects.requireNonNull(schedule, "schedule");
  }

  /**
   * Returns the rate in force on a date.
   *
   * @param date the redemption date
   * @return the rate as a fraction; zero before 1 June 2013 (not modelled)
   */
  public BigDecimal rateOn(LocalDate date) {
    return schedule.on(date).map(DatedRate::rate).orElse(BigDecimal.ZERO);
  }

  /**
   * Returns the STT on a redemption: {@code redemptionValue × rateOn(date)}, rounded half up to
   * paise.
   *
   * @param redemptionValue the price at which the units are repurchased: units × NAV less the exit
   *     load (s. 99), in rupees
   * @param date the redemption date
   * @param equityOriented whether the fund is equity-oriented; other funds bear no STT
   * @return the tax, rounded to paise; zero for other funds
   */
  public Money on(Money redemptionValue, LocalDate date, boolean equityOriented) {
    Objects.requireNonNull(redemptionValue, "redemptionValue");
    return equityOriented ? redemptionValue.times(rateOn(date)) : Money.ZERO;
  }
}
