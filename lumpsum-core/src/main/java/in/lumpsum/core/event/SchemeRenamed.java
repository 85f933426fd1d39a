package in.lumpsum.core.event;

import in.lumpsum.core.scheme.SchemeCode;
import java.time.Instant;

/**
 * A scheme's name changed in a source, for example after a merger or a SEBI re-categorisation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schemeCode the AMFI scheme code, such as {@code "119551"}; not blank
 * @param oldName the name before the change; not blank
 * @param newName the name after the change; not blank and not equal to {@code oldName}
 * @param occurredAt when the change was seen
 * @since 0.1.0
 */
public record SchemeRenamed(SchemeCode schemeCode, String oldName, String newName, Instant occurredAt)
    implements DomainEvent {

  /**
   * Validates the fields.
   *
   * @throws in.lumpsum.core.InvalidValueException if a field is null or blank, or the names are
   *     equal
   * @since 0.1.0
   */
  public SchemeRenamed {
    Checks.required("schemeCode", schemeCode);
    Checks.text("oldName", oldName);
    Checks.text("newName", newName);
    Checks.differ("newName", oldName, newName);
    Checks.required("occurredAt", occurredAt);
  }
}
