package in.lumpsum.calc.backtest;

import in.lumpsum.calc.charges.ExitLoadSchedule;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import java.util.Objects;

/**
 * A scheme to back-test: its NAV history and what its redemptions bear.
 *
 * @param scheme the scheme's code, carried by the transactions
 * @param navs the NAV history
 * @param equityOriented whether redemptions bear STT (equity-oriented funds)
 * @param exitLoad the exit-load schedule of units bought during the back-test
 * @since 0.1.0
 */
public record BacktestFund(SchemeCode scheme, NavSeries navs, boolean equityOriented,
    ExitLoadSchedule exitLoad) {

  /**
   * Creates a fund.
   *
   * @throws NullPointerException if an argument is null
   */
  public BacktestFund {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(navs, "navs");
    Objects.requireNonNull(exitLoad, "exitLoad");
  }

  /**
   * A fund without an exit load.
   *
   * @param scheme the scheme's code
   * @param navs the NAV history
   * @param equityOriented whether redemptions bear STT
   * @return the fund
   * @throws NullPointerException if an argument is null
   */
  public static BacktestFund of(SchemeCode scheme, NavSeries navs, boolean equityOriented) {
    return new BacktestFund(scheme, navs, equityOriented, ExitLoadSchedule.NONE);
  }

  /**
   * Returns a copy with an exit-load schedule.
   *
   * @param schedule the schedule
   * @return the fund
   * @throws NullPointerException if {@code schedule} is null
   */
  public BacktestFund withExitLoad(ExitLoadSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    return new BacktestFund(scheme, navs, equityOriented, schedule);
  }
}
