package in.lumpsum.funds.nav;

import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link NavService#crossCheck} found: every pair of sources compared on the dates both have,
 * and the sources that failed.
 *
 * @param scheme the scheme
 * @param from the first date compared
 * @param to the last date compared
 * @param pointsBySource how many NAVs each source gave in the range, in chain order (the store first)
 * @param comparisons one comparison per pair of sources that answered, in chain order
 * @param failures the message of each source that failed, by name
 * @since 0.1.0
 */
public record CrossCheckReport(SchemeCode scheme, LocalDate from, LocalDate to,
    Map<String, Integer> pointsBySource, List<SourceComparison> comparisons,
    Map<String, String> failures) {

  /**
   * Creates a report, copying the collections (map order is kept).
   *
   * @throws NullPointerException if a component is null
   */
  public CrossCheckReport {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    pointsBySource = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pointsBySource));
    comparisons = List.copyOf(comparisons);
    failures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failures));
  }

  /**
   * Tells whether every pair agreed on every shared date and no source failed.
   *
   * @return true if there is no disagreement and no failure
   */
  public boolean consistent() {
    return failures.isEmpty() && comparisons.stream().allMatch(c -> c.disagreements().isEmpty());
  }

  /**
   * Returns every disagreement of every pair.
   *
   * @return the count of disagreements
   */
  public int disagreementCount() {
    return comparisons.stream().mapToInt(c -> c.disagreements().size()).sum();
  }
}
