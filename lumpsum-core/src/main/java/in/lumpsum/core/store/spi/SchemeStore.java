package in.lumpsum.core.store.spi;

import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores the scheme master: one {@link Scheme} per AMFI scheme code, findable by code or by either of its
 * ISINs.
 *
 * <p>Writes are idempotent upserts: putting a scheme equal to the stored one changes nothing and says
 * so. Implementations are thread-safe; a batch is applied atomically where the store allows, and never
 * partly on a validation failure.
 *
 * @since 0.1.0
 */
public interface SchemeStore {

  /**
   * Inserts or replaces one scheme, keyed by its code.
   *
   * @param scheme the scheme
   * @return what happened to it
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  default UpsertOutcome put(Scheme scheme) {
    SchemeUpsertResult result = putAll(List.of(scheme));
    if (!result.inserted().isEmpty()) {
      return UpsertOutcome.INSERTED;
    }
    return result.updated().isEmpty() ? UpsertOutcome.UNCHANGED : UpsertOutcome.UPDATED;
  }

  /**
   * Inserts or replaces schemes, keyed by their codes. When the batch holds several schemes with one
   * code, the last one counts and the others are ignored.
   *
   * @param schemes the schemes
   * @return the codes inserted and updated and the number unchanged
   * @throws NullPointerException if the collection or an element is null; nothing is written
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  SchemeUpsertResult putAll(Collection<Scheme> schemes);

  /**
   * Finds a scheme by its AMFI code.
   *
   * @param code the scheme code
   * @return the scheme, or empty if none is stored under that code
   */
  Optional<Scheme> find(SchemeCode code);

  /**
   * Finds a scheme by either of its ISINs (growth or payout, or reinvestment). Should AMFI's data give
   * one ISIN to several schemes, the one with the lowest code is returned.
   *
   * @param isin the ISIN
   * @return the scheme, or empty if no stored scheme carries the ISIN
   */
  Optional<Scheme> findByIsin(Isin isin);

  /**
   * Returns every stored scheme.
   *
   * @return the schemes, ascending by code
   */
  List<Scheme> all();

  /**
   * Returns how many schemes are stored.
   *
   * @return the count
   */
  int count();
}
