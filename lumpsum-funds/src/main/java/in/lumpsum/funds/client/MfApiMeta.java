package in.lumpsum.funds.client;

import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.SchemeCode;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code meta} object of an mfapi.in scheme answer ({@code /mf/{code}}, {@code /mf/{code}/latest}).
 *
 * <p>Field names are those of mfapi's OpenAPI document (https://www.mfapi.in/docs/openapi.json):
 * {@code scheme_code}, {@code scheme_name}, {@code fund_house}, {@code scheme_type},
 * {@code scheme_category}, {@code isin_growth}, {@code isin_div_reinvestment} (nullable). Texts that
 * are missing are empty strings.
 *
 * @param code the scheme code
 * @param name the scheme's name
 * @param fundHouse the fund house, such as {@code "HDFC Mutual Fund"}
 * @param schemeType such as {@code "Open Ended Schemes"}
 * @param schemeCategory such as {@code "Equity Scheme - Large Cap Fund"}
 * @param isinGrowth the growth or payout ISIN, when given and valid
 * @param isinReinvestment the reinvestment ISIN, when given and valid
 * @since 0.1.0
 */
public record MfApiMeta(SchemeCode code, String name, String fundHouse, String schemeType,
    String schemeCategory, Optional<Isin> isinGrowth, Optional<Isin> isinReinvestment) {

  /** Checks that no component is null. */
  public MfApiMeta {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fundHouse, "fundHouse");
    Objects.requireNonNull(schemeType, "schemeType");
    Objects.requireNonNull(schemeCategory, "schemeCategory");
    Objects.requireNonNull(isinGrowth, "isinGrowth");
    Objects.requireNonNull(isinReinvestment, "isinReinvestment");
  }
}
