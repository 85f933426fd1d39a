package in.lumpsum.calc.tax;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.scheme.SchemeCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the capital-gains engine needs besides transactions: each scheme's tax profile, the fair market
 * values of 31 January 2018, segregations, and the rules.
 *
 * @param profiles the tax profile of each scheme, as the host sets it (from the SEBI category with
 *     {@link SchemeTaxProfile#defaultFor}, or from the fund's own disclosure)
 * @param fallback the profile of a scheme not in {@code profiles}, or empty to make that an error
 * @param fairMarketValues where grandfathering finds the values of 31 January 2018
 * @param segregations the cost split of each segregated portfolio, by the segregated scheme's code
 * @param rules the tax rules
 * @since 0.1.0
 */
public record TaxInputs(Map<SchemeCode, SchemeTaxProfile> profiles, Optional<SchemeTaxProfile> fallback,
    FairMarketValues fairMarketValues, Map<SchemeCode, SegregationSplit> segregations, TaxRules rules) {

  /**
   * Creates inputs.
   *
   * @throws NullPointerException if a component is null
   */
  public TaxInputs {
    profiles = Map.copyOf(profiles);
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(fairMarketValues, "fairMarketValues");
    segregations = Map.copyOf(segregations);
    Objects.requireNonNull(rules, "rules");
  }

  /**
   * Returns inputs with the given profiles, no fallback, no fair market values or segregations, and
   * {@link TaxRules#DEFAULT}.
   *
   * @param profiles the profile of each scheme
   * @return the inputs
   */
  public static TaxInputs of(Map<SchemeCode, SchemeTaxProfile> profiles) {
    return new TaxInputs(profiles, Optional.empty(), FairMarketValues.NONE, Map.of(), TaxRules.DEFAULT);
  }

  /**
   * Returns these inputs with a profile for schemes not listed.
   *
   * @param profile the fallback profile
   * @return new inputs
   */
  public TaxInputs withFallback(SchemeTaxProfile profile) {
    return new TaxInputs(profiles, Optional.of(profile), fairMarketValues, segregations, rules);
  }

  /**
   * Returns these inputs with another source of fair market values.
   *
   * @param values the source
   * @return new inputs
   */
  public TaxInputs withFairMarketValues(FairMarketValues values) {
    return new TaxInputs(profiles, fallback, values, segregations, rules);
  }

  /**
   * Returns these inputs with a segregation added.
   *
   * @param segregatedScheme the segregated portfolio's scheme code
   * @param split how the cost splits
   * @return new inputs
   */
  public TaxInputs withSegregation(SchemeCode segregatedScheme, SegregationSplit split) {
    Map<SchemeCode, SegregationSplit> more = new HashMap<>(segregations);
    more.put(segregatedScheme, split);
    return new TaxInputs(profiles, fallback, fairMarketValues, more, rules);
  }

  /**
   * Returns these inputs with other rules.
   *
   * @param other the rules
   * @return new inputs
   */
  public TaxInputs withRules(TaxRules other) {
    return new TaxInputs(profiles, fallback, fairMarketValues, segregations, other);
  }

  /**
   * Returns the profile of a scheme.
   *
   * @param scheme the scheme
   * @return its profile, or the fallback
   * @throws InvalidValueException if neither is set (field {@code profile})
   */
  public SchemeTaxProfile profile(SchemeCode scheme) {
    SchemeTaxProfile p = profiles.get(scheme);
    if (p != null) {
      return p;
    }
    return fallback.orElseThrow(() -> new InvalidValueException("profile", scheme,
        "no tax profile for scheme " + scheme + "; set one, or a fallback"));
  }
}
