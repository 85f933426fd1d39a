package in.lumpsum.core.json;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small sealed hierarchy standing in for the domain events: records of several shapes, a nested
 * sealed interface, a single-component record (an object here, not a scalar) and a built value
 * ({@link Memo}).
 */
sealed interface Event permits Event.NavSeen, Event.Listed, Event.Note, Event.Ping, Event.Batch,
    Event.Cash, Memo {

  /** A NAV was seen. */
  record NavSeen(SchemeCode code, LocalDate date, Nav nav) implements Event {}

  /** A scheme was listed, perhaps replacing an ISIN. */
  record Listed(Scheme scheme, Instant at, Optional<Isin> replaces) implements Event {}

  /** One component, yet an object with a type id because it is a member of a sealed hierarchy. */
  record Note(String text) implements Event {}

  /** No component at all. */
  record Ping() implements Event {}

  /** Events nested polymorphically, and a map keyed by a single-value record. */
  record Batch(List<Event> events, Map<SchemeCode, Money> amounts) implements Event {}

  /** A nested sealed interface: its members are members of {@link Event} too. */
  sealed interface Cash extends Event permits Paid, Refunded {}

  /** Money paid for units. */
  record Paid(Money amount, Units units) implements Cash {}

  /** Money refunded, with a reason. */
  record Refunded(Money amount, String reason) implements Cash {}
}
