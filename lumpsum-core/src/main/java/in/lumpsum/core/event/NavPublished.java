package in.lumpsum.core.event;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.money.Nav;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheme's net asset value for a date became known: the AMFI daily file or another NAV source
 * published it.
 *
 * <p>Immutable and thread-safe. The NAV is kept as given (its scale is not changed), so two events
 * with {@code 10.5} and {@code 10.5000} are not {@code equals}.
 *
 * @param schemeCode the AMFI scheme code, such as {@code "119551"}; not blank
 * @param date the date the NAV applies to, in {@code Asia/Kolkata}
 * @param nav the net asset value in rupees per unit; greater than zero
 * @param occurredAt when the NAV was published
 * @since 0.1.0
 */
public record NavPublished(SchemeCode schemeCode, LocalDate date, Nav nav, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null, blank or not positive
   * @since 0.1.0
   */
  public NavPublished {
    Checks.required("schemeCode", schemeCode);
    Checks.required("date", date);
    Checks.required("nav", nav);
    Checks.required("occurredAt", occurredAt);
  }
}
