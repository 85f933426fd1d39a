package in.lumpsum.funds.directory;

import in.lumpsum.core.scheme.Scheme;
import java.util.Objects;

/**
 * A scheme found by {@link SchemeDirectory#search(SchemeQuery)}, with its score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme the scheme
 * @param score how well it matched: higher is better; only comparable within one search
 * @since 0.1.0
 */
public record SearchHit(Scheme scheme, int score) {

  /**
   * Creates a hit.
   *
   * @throws NullPointerException if {@code scheme} is null
   */
  public SearchHit {
    Objects.requireNonNull(scheme, "scheme");
  }
}
