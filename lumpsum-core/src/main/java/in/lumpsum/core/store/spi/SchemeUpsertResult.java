package in.lumpsum.core.store.spi;

import in.lumpsum.core.scheme.SchemeCode;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SchemeStore#putAll} changed.
 *
 * @param inserted the codes of schemes that were new, ascending
 * @param updated the codes of schemes that replaced a different stored value, ascending
 * @param unchanged how many schemes were already stored as given
 * @since 0.1.0
 */
public record SchemeUpsertResult(List<SchemeCode> inserted, List<SchemeCode> updated, int unchanged) {

  /**
   * Creates a result.
   *
   * @throws NullPointerException if a list is null
   * @throws IllegalArgumentException if {@code unchanged} is negative
   */
  public SchemeUpsertResult {
    inserted = List.copyOf(Objects.requireNonNull(inserted, "inserted"));
    updated = List.copyOf(Objects.requireNonNull(updated, "updated"));
    if (unchanged < 0) {
      throw new IllegalArgumentException("unchanged: must not be negative (got " + unchanged + ")");
    }
  }

  /**
   * Returns how many distinct schemes the batch held.
   *
   * @return inserted, updated and unchanged together
   */
  public int total() {
    return inserted.size() + updated.size() + unchanged;
  }

  /**
   * Tells whether the batch changed anything.
   *
   * @return true if a scheme was inserted or updated
   */
  public boolean changed() {
    return !inserted.isEmpty() || !updated.isEmpty();
  }
}
