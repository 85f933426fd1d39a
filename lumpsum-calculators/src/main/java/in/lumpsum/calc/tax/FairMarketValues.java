package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavRecord;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the fair market value per unit on 31 January 2018 comes from, for grandfathering.
 *
 * <p>For units not listed on a stock exchange the Act takes their net asset value on 31 January 2018
 * (section 55(2)(ac), Explanation); for listed units (ETFs) the highest price quoted that day, which a
 * host supplies through {@link #of(Map)}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FairMarketValues {

  /** 31 January 2018. */
  LocalDate DATE = LocalDate.of(2018, 1, 31);

  /** No values known: grandfathered lots keep their actual cost, and the statement says so. */
  FairMarketValues NONE = scheme -> Optional.empty();

  /**
   * Returns the fair market value of one unit of a scheme on 31 January 2018.
   *
   * @param scheme the scheme
   * @return the value per unit, or empty when unknown
   */
  Optional<Nav> perUnit(SchemeCode scheme);

  /**
   * Returns values read from a NAV store: the NAV of 31 January 2018 (a Wednesday and a business day),
   * or failing that the latest before it.
   *
   * @param navs the store
   * @return the source
   */
  static FairMarketValues of(NavStore navs) {
    Objects.requireNonNull(navs, "navs");
    return scheme -> navs.exact(scheme, DATE).or(() -> navs.onOrBefore(scheme, DATE)).map(NavRecord::nav);
  }

  /**
   * Returns values given per scheme.
   *
   * @param values the value per unit by scheme
   * @return the source
   */
  static FairMarketValues of(Map<SchemeCode, Nav> values) {
    Map<SchemeCode, Nav> copy = Map.copyOf(values);
    return scheme -> Optional.ofNullable(copy.get(scheme));
  }

  /**
   * Returns a source that asks this one first, then another.
   *
   * @param other the fallback
   * @return the combined source
   */
  default FairMarketValues orElse(FairMarketValues other) {
    Objects.requireNonNull(other, "other");
    return scheme -> perUnit(scheme).or(() -> other.perUnit(scheme));
  }
}
