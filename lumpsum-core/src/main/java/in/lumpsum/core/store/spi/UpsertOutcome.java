package in.lumpsum.core.store.spi;

/**
 * What an insert-or-update did to one record.
 *
 * @since 0.1.0
 */
public enum UpsertOutcome {
  /** The record was new and was added. */
  INSERTED,
  /** A record with the same key was there with a different value, and was replaced. */
  UPDATED,
  /** An equal record was already there; nothing changed. */
  UNCHANGED
}
