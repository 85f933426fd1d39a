package in.lumpsum.core.scheme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step in a scheme's name lineage: the scheme, keeping its code (and ISINs), took a new name.
 *
 * <p>Immutable and thread-safe. Two renames are the same when all four components are equal; a
 * {@link in.lumpsum.core.store.spi.SchemeLineageStore} keeps one of each.
 *
 * @param code the scheme code, the same before and after
 * @param oldName the name before
 * @param newName the name after; differs from {@code oldName}
 * @param date the date of the first NAV published under the new name
 * @since 0.2.0
 */
public record SchemeRename(SchemeCode code, String oldName, String newName, LocalDate date) {

  /**
   * Creates a rename.
   *
   * @throws NullPointerException naming the component if one is null
   * @throws IllegalArgumentException if the names are equal
   */
  public SchemeRename {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(oldName, "oldName");
    Objects.requireNonNull(newName, "newName");
    Objects.requireNonNull(date, "date");
    if (oldName.equals(newName)) {
      throw new IllegalArgumentException("newName: must differ from oldName (got '" + newName + "')");
    }
  }
}
