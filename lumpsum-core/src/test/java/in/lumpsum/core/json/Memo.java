package in.lumpsum.core.json;

import in.lumpsum.core.internal.LumpsumStyle;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An Immutables type with every kind of attribute the generic builder mapping must handle, standing in
 * for the coming Transaction, Portfolio and Goal: required, defaulted, optional (object and primitive),
 * list, set, map keyed by a single-value record, a bare decimal, and polymorphic nested events. It is
 * also a member of the sealed {@link Event} hierarchy.
 */
@Value.Immutable
@LumpsumStyle
public abstract non-sealed class Memo implements Event {

  Memo() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Required. */
  public abstract String title();

  /** Optional object. */
  public abstract Optional<Money> amount();

  /** List. */
  public abstract List<Isin> isins();

  /** Map keyed by a single-value record. */
  public abstract Map<SchemeCode, Units> units();

  /** Set of enums. */
  public abstract Set<Plan> plans();

  /** Optional primitive. */
  public abstract OptionalInt priority();

  /** Defaulted primitive. */
  @Value.Default
  public int version() {
    return 1;
  }

  /** A bare decimal: written as a string, scale kept. */
  public abstract BigDecimal rate();

  /** An optional polymorphic value. */
  public abstract Optional<Event> cause();

  /** A list of polymorphic values. */
  public abstract List<Event> related();

  /** Derived, not an attribute: the builder has no method for it, so it is not written. */
  public int isinCount() {
    return isins().size();
  }

  /** Takes a parameter: not an attribute. */
  public boolean mentions(Isin isin) {
    return isins().contains(isin);
  }

  @Value.Check
  void check() {
    if (title().isBlank()) {
      throw new in.lumpsum.core.InvalidValueException("title", title(), "must not be blank");
    }
  }

  /** Builds a {@link Memo}. */
  public static final class Builder extends ImmutableMemo.Builder {
    Builder() {}
  }
}
