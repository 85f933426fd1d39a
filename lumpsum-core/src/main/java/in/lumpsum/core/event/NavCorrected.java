package in.lumpsum.core.event;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.money.Nav;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A NAV that had been published for a scheme and date was replaced by a different value.
 *
 * <p>Immutable and thread-safe. NAVs are kept as given; the old and new NAV must differ in value
 * ({@code compareTo}), not merely in scale.
 *
 * @param schemeCode the AMFI scheme code, such as {@code "119551"}; not blank
 * @param date the date the NAV applies to, in {@code Asia/Kolkata}
 * @param oldNav the NAV as first published, in rupees per unit; greater than zero
 * @param newNav the corrected NAV, in rupees per unit; greater than zero and not equal to
 *     {@code oldNav}
 * @param occurredAt when the correction was seen
 * @since 0.1.0
 */
public record NavCorrected(
    SchemeCode schemeCode, LocalDate date, Nav oldNav, Nav newNav, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null, blank or not positive, or the
   *     two NAVs are equal
   * @since 0.1.0
   */
  public NavCorrected {
    Checks.required("schemeCode", schemeCode);
    Checks.required("date", date);
    Checks.required("oldNav", oldNav);
    Checks.required("newNav", newNav);
    Checks.differ("newNav", oldNav, newNav);
    Checks.required("occurredAt", occurredAt);
  }
}
