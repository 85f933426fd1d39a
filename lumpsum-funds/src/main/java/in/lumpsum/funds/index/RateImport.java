package in.lumpsum.funds.index;

import in.lumpsum.core.result.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What {@link IndexImporter#readRates} read from one file: one series per rate column, and one
 * problem per row or value not read.
 *
 * @param series one series per rate column, in column order, named after its header
 * @param rows the data rows met
 * @param problems one per row (or, naming the column, per value) not read, in file order
 * @since 0.1.0
 */
public record RateImport(List<RateSeries> series, int rows, List<Problem> problems) {

  /**
   * Creates a result.
   *
   * @throws NullPointerException if a list is null
   */
  public RateImport {
    series = List.copyOf(Objects.requireNonNull(series, "series"));
    problems = List.copyOf(problems);
  }
}
