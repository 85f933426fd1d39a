package in.lumpsum.funds.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer from a source: the value, when it was fetched, and whether it is a stale copy served
 * because the source could not be reached.
 *
 * <p>A client serves a stale copy only when it holds one and the fetch failed with a
 * {@link SourceUnavailableException}; it then sets {@link #stale()}, keeps the failure in
 * {@link #failure()} and logs a warning. A fresh answer has no failure.
 *
 * @param <T> the type of the value
 * @param value the value
 * @param fetchedAt when the value was fetched from the source
 * @param stale true if the value is an old copy served because the source failed
 * @param failure the failure that made the client serve a stale copy; empty when fresh
 * @since 0.1.0
 */
public record Fetched<T>(T value, Instant fetchedAt, boolean stale,
    Optional<SourceUnavailableException> failure) {

  /**
   * Checks that a stale answer carries its failure and a fresh one none.
   *
   * @throws IllegalArgumentException if {@code stale} and {@code failure} disagree
   */
  public Fetched {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(failure, "failure");
    if (stale != failure.isPresent()) {
      throw new IllegalArgumentException("failure: present exactly when stale (stale=" + stale + ")");
    }
  }

  /**
   * Returns a fresh answer.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param fetchedAt when it was fetched
   * @return the answer
   */
  public static <T> Fetched<T> fresh(T value, Instant fetchedAt) {
    return new Fetched<>(value, fetchedAt, false, Optional.empty());
  }

  /**
   * Returns a stale answer.
   *
   * @param <T> the type of the value
   * @param value the old value
   * @param fetchedAt when the old value was fetched
   * @param failure why it was not fetched again
   * @return the answer
   */
  public static <T> Fetched<T> stale(T value, Instant fetchedAt, SourceUnavailableException failure) {
    return new Fetched<>(value, fetchedAt, true, Optional.of(failure));
  }
}
