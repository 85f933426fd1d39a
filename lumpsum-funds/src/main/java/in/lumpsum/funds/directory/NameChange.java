package in.lumpsum.funds.directory;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeRename;
import java.time.LocalDate;

/**
 * One step in a scheme's name lineage: the scheme, keeping its code (and ISINs), took a new name.
 *
 * <p>Immutable and thread-safe. A {@link SchemeDirectory} stores it as lumpsum-core's
 * {@link in.lumpsum.core.scheme.SchemeRename}, which has the same components and checks.
 *
 * @param code the scheme code, the same before and after
 * @param oldName the name before
 * @param newName the name after; differs from {@code oldName}
 * @param date the date of the first NAV published under the new name
 * @since 0.1.0
 */
public record NameChange(SchemeCode code, String oldName, String newName, LocalDate date) {

  /**
   * Creates a name change.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the names are equal
   */
  public NameChange {
    // The same rules as the stored form.
    new SchemeRename(code, oldName, newName, date);
  }

  /** The change as a lineage store keeps it. */
  SchemeRename toRename() {
    return new SchemeRename(code, oldName, newName, date);
  }

  /** The change of a stored rename. */
  static NameChange of(SchemeRename rename) {
    return new NameChange(rename.code(), rename.oldName(), rename.newName(), rename.date());
  }
}
