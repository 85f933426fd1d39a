package in.lumpsum.funds.nav;

import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param exceptions the exception each source that failed threw, by name, in chain order: its type
 *     tells a caller what to do (a {@link in.lumpsum.funds.client.RateLimitedException} carries when to
 *     retry), its cause tells why; {@link #failures()} gives the messages alone
 * @since 0.1.0
 */
public record CrossCheckReport(SchemeCode scheme, LocalDate from, LocalDate to,
    Map<String, Integer> pointsBySource, List<SourceComparison> comparisons,
    Map<String, RuntimeException> exceptions) {

  /**
   * Creates a report, copying the collections (map order is kept).
   *
   * @throws NullPointerException if a component is null
   */
  public CrossCheckReport {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    pointsBySource = Collections.unmodifiableMap(new LinkedHashMap<>(pointsBySource));
    comparisons = List.copyOf(comparisons);
    exceptions = Collections.unmodifiableMap(new LinkedHashMap<>(exceptions));
  }

  /**
   * Returns the message of each source that failed, by name, in chain order.
   *
   * @return the messages ({@code "null"} for an exception without one); the exceptions themselves
   *     are in {@link #exceptions()}
   */
  public Map<String, String> failures() {
    Map<String, String> out = new LinkedHashMap<>();
    exceptions.forEach((name, e) -> out.put(name, String.valueOf(e.getMessage())));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Tells whether every pair agreed on every shared date and no source failed.
   *
   * @return true if there is no disagreement and no failure
   */
  public boolean consistent() {
    return exceptions.isEmpty() && comparisons.stream().allMatch(c -> c.disagreements().isEmpty());
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
