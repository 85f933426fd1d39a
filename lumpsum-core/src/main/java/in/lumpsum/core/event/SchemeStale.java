package in.lumpsum.core.event;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheme stopped publishing NAVs: its latest NAV is older than a configured number of business days.
 *
 * <p>Published once when a scheme that had been publishing goes quiet (a wound-up, merged or matured
 * scheme, or a fund house that missed the feed), not again for every day it stays quiet. Immutable and
 * thread-safe.
 *
 * @param schemeCode the AMFI scheme code
 * @param lastNavDate the date of the scheme's latest NAV, in {@code Asia/Kolkata}
 * @param businessDaysWithoutNav business days (Monday to Friday less the holidays the publisher was
 *     given) after {@code lastNavDate} up to the day the staleness was seen; at least one
 * @param occurredAt when the staleness was seen
 * @since 0.1.0
 */
public record SchemeStale(SchemeCode schemeCode, LocalDate lastNavDate, int businessDaysWithoutNav,
    Instant occurredAt) implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null or
   *     {@code businessDaysWithoutNav} is less than one
   * @since 0.1.0
   */
  public SchemeStale {
    Checks.required("schemeCode", schemeCode);
    Checks.required("lastNavDate", lastNavDate);
    if (businessDaysWithoutNav < 1) {
      throw new InvalidValueException("businessDaysWithoutNav", businessDaysWithoutNav,
          "must be at least 1");
    }
    Checks.required("occurredAt", occurredAt);
  }
}
