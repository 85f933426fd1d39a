package in.lumpsum.funds.nav;

import java.util.List;
import java.util.Objects;

/**
 * The comparison of two sources over the dates both have.
 *
 * @param first the name of the first source
 * @param second the name of the second source
 * @param overlap how many dates both sources have a NAV for
 * @param disagreements the dates whose NAVs differ by more than the tolerance, ascending
 * @since 0.1.0
 */
public record SourceComparison(String first, String second, int overlap,
    List<Disagreement> disagreements) {

  /**
   * Creates a comparison.
   *
   * @throws NullPointerException if a component is null
   */
  public SourceComparison {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    disagreements = List.copyOf(disagreements);
  }

  /**
   * Returns how many shared dates agree within the tolerance.
   *
   * @return {@code overlap} less the disagreements
   */
  public int agreed() {
    return overlap - disagreements.size();
  }
}
