package in.lumpsum.funds.client;

import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.SchemeCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheme in mfapi.in's scheme list or search results ({@code /mf}, {@code /mf/search}).
 *
 * @param code AMFI's scheme code ({@code schemeCode})
 * @param name the scheme's name as mfapi gives it ({@code schemeName}), not blank
 * @param isinGrowth the growth or payout ISIN ({@code isinGrowth}), when given and valid
 * @param isinReinvestment the reinvestment ISIN ({@code isinDivReinvestment}), when given and valid
 * @since 0.1.0
 */
public record MfApiScheme(SchemeCode code, String name, Optional<Isin> isinGrowth,
    Optional<Isin> isinReinvestment) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public MfApiScheme {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(isinGrowth, "isinGrowth");
    Objects.requireNonNull(isinReinvestment, "isinReinvestment");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank (scheme " + code + ")");
    }
  }
}
