package in.lumpsum.core.store.spi;

import java.util.List;
import java.util.Objects;

/**
 * What {@link NavStore#upsert} changed.
 *
 * @param inserted how many NAVs were new
 * @param corrected the NAVs that replaced a different stored value, ascending by scheme then date
 * @param unchanged how many NAVs were already stored with the same value
 * @since 0.1.0
 */
public record NavUpsertResult(int inserted, List<NavCorrection> corrected, int unchanged) {

  private static final NavUpsertResult EMPTY = new NavUpsertResult(0, List.of(), 0);

  /**
   * Creates a result.
   *
   * @throws NullPointerException if {@code corrected} is null
   * @throws IllegalArgumentException if a count is negative
   */
  public NavUpsertResult {
    corrected = List.copyOf(Objects.requireNonNull(corrected, "corrected"));
    if (inserted < 0 || unchanged < 0) {
      throw new IllegalArgumentException("inserted and unchanged must not be negative (got "
          + inserted + ", " + unchanged + ")");
    }
  }

  /**
   * Returns the result of an empty batch.
   *
   * @return nothing inserted, corrected or unchanged
   */
  public static NavUpsertResult empty() {
    return EMPTY;
  }

  /**
   * Returns how many distinct (scheme, date) NAVs the batch held.
   *
   * @return inserted, corrected and unchanged together
   */
  public int total() {
    return inserted + corrected.size() + unchanged;
  }

  /**
   * Tells whether the batch changed anything.
   *
   * @return true if a NAV was inserted or corrected
   */
  public boolean changed() {
    return inserted > 0 || !corrected.isEmpty();
  }
}
