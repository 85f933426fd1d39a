package in.lumpsum.core.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one time zone lumpsum works in, and the derivation of dates from an injected {@link Clock}.
 *
 * <p>NAV dates, trade dates and financial years are Indian calendar dates. lumpsum never reads the
 * system clock: every component that needs "today" takes a {@code Clock} from the host, and the date is
 * always taken in {@link #ZONE}, whatever zone that clock carries.
 *
 * @since 0.1.0
 */
public final class IndianTime {

  /** India Standard Time, {@code Asia/Kolkata} (UTC+05:30, no daylight saving). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

  private IndianTime() {}

  /**
   * Returns today's date in India according to the given clock.
   *
   * @param clock the host's clock
   * @return the current date in {@link #ZONE}
   */
  public static LocalDate today(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return clock.instant().atZone(ZONE).toLocalDate();
  }

  /**
   * Returns a system clock in {@link #ZONE}: the embedded default when a host supplies none.
   *
   * @return a clock reading the system time, zoned at {@code Asia/Kolkata}
   */
  public static Clock systemClock() {
    return Clock.system(ZONE);
  }
}
