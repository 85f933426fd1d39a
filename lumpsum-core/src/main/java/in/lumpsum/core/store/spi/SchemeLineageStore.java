package in.lumpsum.core.store.spi;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeRename;
import java.util.List;

/**
 * Stores schemes' name lineage: the renames of schemes that kept their AMFI code, so that a scheme's
 * former names survive a restart.
 *
 * <p>Writes are idempotent: recording a rename equal to one stored (same code, names and date) keeps
 * the one stored, in its place. Renames of one scheme are listed oldest first: by date, then in the
 * order they were first recorded. Implementations are thread-safe. The store does not check that the
 * scheme is in a {@link SchemeStore}, nor that one rename's new name is the next one's old name.
 *
 * @since 0.2.0
 */
public interface SchemeLineageStore {

  /**
   * Records a rename, unless an equal one is stored.
   *
   * @param rename the rename
   * @throws NullPointerException if the rename is null
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  void record(SchemeRename rename);

  /**
   * Returns a scheme's renames, oldest first: by date, then in the order recorded.
   *
   * @param code the scheme code
   * @return the renames, empty when none
   * @throws NullPointerException if the code is null
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  List<SchemeRename> lineage(SchemeCode code);

  /**
   * Returns every rename stored: ascending by scheme code, and each scheme's oldest first as in
   * {@link #lineage(SchemeCode)}.
   *
   * @return the renames, empty when none
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  List<SchemeRename> all();
}
