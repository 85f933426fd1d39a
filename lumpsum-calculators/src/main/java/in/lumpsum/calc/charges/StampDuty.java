package in.lumpsum.calc.charges;

import in.lumpsum.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Stamp duty on the issue of mutual-fund units: purchases, SIP instalments, switches in, STP
 * instalments in and IDCW reinvestments; never on redemptions.
 *
 * <p>Source: the Indian Stamp Act, 1899, as amended by Part I of Chapter IV of the Finance Act, 2019
 * (Schedule I, article 1: issue of securities other than debentures, 0.005%), brought into force on
 * 1 July 2020 by Ministry of Finance (Department of Revenue) notification S.O. 1226(E) of 30 March 2020,
 * with the Indian Stamp (Collection of Stamp-Duty through Stock Exchanges, Clearing Corporations and
 * Depositories) Rules, 2019; registrars collect it on units held outside a depository too. Before that
 * date no uniform duty was charged on units, and {@link #rateOn(LocalDate)} gives zero.
 *
 * <p>The duty is charged on the amount that buys units, after any transaction charge: the fund house
 * deducts it from the money received and allots units for the rest, so from a gross amount {@code G}
 * the duty is {@code G × r / (1 + r)} (for ₹1,00,000, ₹5.00 and ₹99,995.00 invested). Amounts are
 * rounded to paise {@code HALF_UP}; a registrar may round differently by a paisa, and where its
 * statement shows the duty, that figure is the one to use.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schedule the dated rates
 * @since 0.1.0
 */
public record StampDuty(RateSchedule schedule) {

  /** The rate on the issue of units from 1 July 2020: 0.005%. */
  public static final BigDecimal RATE_2020 = new BigDecimal("0.00005");

  /** The first date of the uniform duty on units, 1 July 2020. */
  public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2020, 7, 1);

  /** Stamp duty as in force: 0.005% from 1 July 2020. */
  public static final StampDuty DEFAULT = new StampDuty(RateSchedule.of(DatedRate.from(EFFECTIVE_FROM,
      RATE_2020, "Indian Stamp Act, 1899, Schedule I art. 1 as amended by Finance Act, 2019 (Part I of"
          + " Chapter IV); in force 1 July 2020 by notification S.O. 1226(E) of 30 March 2020")));

  /**
   * Creates the charge.
   *
   * @throws NullPointerException if {@code schedule} is null
   */
  public StampDuty {
    Objects.requireNonNull(schedule, "schedule");
  }

  /**
   * Returns the rate in force on a date.
   *
   * @param date the allotment date
   * @return the rate as a fraction, zero before 1 July 2020
   */
  public BigDecimal rateOn(LocalDate date) {
    return schedule.on(date).map(DatedRate::rate).orElse(BigDecimal.ZERO);
  }

  /**
   * Returns the duty on an amount that buys units.
   *
   * @param net the amount allotted units, after the duty, in rupees
   * @param date the allotment date
   * @return {@code net × rate}, rounded to paise
   */
  public Money onNet(Money net, LocalDate date) {
    Objects.requireNonNull(net, "net");
    return net.times(rateOn(date));
  }

  /**
   * Returns the duty included in a gross amount paid, which the fund house deducts before allotting.
   *
   * @param gross the amount paid, after any transaction charge, in rupees
   * @param date the allotment date
   * @return {@code gross × rate / (1 + rate)}, rounded to paise
   */
  public Money includedIn(Money gross, LocalDate date) {
    Objects.requireNonNull(gross, "gross");
    BigDecimal rate = rateOn(date);
    return Money.of(gross.amount().multiply(rate).divide(BigDecimal.ONE.add(rate), 10,
        RoundingMode.HALF_UP));
  }
}
