package in.lumpsum.funds.index;

import in.lumpsum.core.result.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What {@link IndexImporter#read} read from one file: the format recognised, the series, and one
 * problem per row not read.
 *
 * @param format the format recognised from the header
 * @param series the closing values read
 * @param rows the data rows (JSON elements) met, read or not
 * @param problems one per row not read, in file order; for JSON the "line" is the 1-based position
 *     of the element in the array
 * @since 0.1.0
 */
public record IndexImport(IndexFormat format, IndexSeries series, int rows, List<Problem> problems) {

  /**
   * Creates a result.
   *
   * @throws NullPointerException if a component is null
   */
  public IndexImport {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(series, "series");
    problems = List.copyOf(problems);
  }
}
