package in.lumpsum.core.json;

import in.lumpsum.core.money.Nav;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A record with dates, an optional single-value record and an optional primitive.
 *
 * @param date an ISO date
 * @param at an ISO instant, to the nanosecond
 * @param nav an optional NAV, omitted when empty
 * @param sequence an optional primitive, omitted when empty
 */
record Stamped(LocalDate date, Instant at, Optional<Nav> nav, OptionalLong sequence) {

  /** Not a component: a record's JSON holds its components only. */
  public boolean isLate() {
    return date.getYear() > 2030;
  }

  /** Not a component either. */
  public String getLabel() {
    return "stamped";
  }
}
