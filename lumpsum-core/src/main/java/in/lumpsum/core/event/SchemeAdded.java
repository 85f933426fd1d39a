package in.lumpsum.core.event;

import in.lumpsum.core.scheme.SchemeCode;
import java.time.Instant;

/**
 * A scheme appeared in a source for the first time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schemeCode the AMFI scheme code, such as {@code "119551"}; not blank
 * @param name the scheme name as the source gives it; not blank
 * @param occurredAt when the scheme was first seen
 * @since 0.1.0
 */
public record SchemeAdded(SchemeCode schemeCode, String name, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null or blank
   * @since 0.1.0
   */
  public SchemeAdded {
    Checks.required("schemeCode", schemeCode);
    Checks.text("name", name);
    Checks.required("occurredAt", occurredAt);
  }
}
