package in.lumpsum.calc.portfolio;

import in.lumpsum.calc.returns.CashFlow;
import in.lumpsum.calc.returns.Xirr;
import in.lumpsum.calc.returns.XirrResult;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The investor's cash flows of a holding or a portfolio, for money-weighted returns (XIRR).
 *
 * <p>Signs are the investor's: money paid in is negative, money received positive. Purchases, SIP
 * instalments, stamp duty, STT and TDS are paid; redemptions and IDCW payouts are received. A switch
 * or merger moves money between holdings: at a holding it counts as paid (switch in) or received
 * (switch out), and across a whole portfolio the two sides cancel. IDCW reinvestment, bonus and
 * segregation move no cash. Reversals and what they reverse count for nothing.
 *
 * @since 0.1.0
 */
public final class CashFlows {

  private CashFlows() {}

  /**
   * Returns the cash flows of transactions up to a date, followed by the value still held on that
   * date as if received then.
   *
   * @param transactions the transactions of one holding, or of a whole portfolio
   * @param asOf the valuation date; later transactions are ignored
   * @param value the value held on {@code asOf}, in rupees
   * @return the flows, in date order, ending with the value
   */
  public static List<CashFlow> of(Collection<? extends Transaction> transactions, LocalDate asOf,
      Money value) {
    Objects.requireNonNull(value, "value");
    List<CashFlow> flows = new ArrayList<>();
    for (Transaction t : Reversals.effective(transactions, asOf)) {
      int sign = switch (t.type()) {
        case SWITCH_IN, MERGER_SWITCH_IN -> -1;
        case SWITCH_OUT, MERGER_SWITCH_OUT -> +1;
        default -> t.type().cashEffect();
      };
      if (sign != 0 && !t.amount().isZero()) {
        flows.add(CashFlow.of(t.tradeDate(), sign < 0 ? t.amount().negate() : t.amount()));
      }
    }
    if (!value.isZero()) {
      flows.add(CashFlow.received(asOf, value));
    }
    return flows;
  }

  /**
   * Returns the XIRR of transactions valued on a date: {@link Xirr#DEFAULT} over {@link #of}.
   *
   * @param transactions the transactions of one holding, or of a whole portfolio
   * @param asOf the valuation date
   * @param value the value held on {@code asOf}
   * @return the annual rate, or why there is none
   */
  public static XirrResult xirr(Collection<? extends Transaction> transactions, LocalDate asOf,
      Money value) {
    return Xirr.DEFAULT.xirr(of(transactions, asOf, value));
  }
}
