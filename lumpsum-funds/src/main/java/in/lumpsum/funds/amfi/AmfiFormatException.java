package in.lumpsum.funds.amfi;

import in.lumpsum.core.LumpsumException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when an AMFI file is not in a layout lumpsum knows: its header names a column lumpsum cannot
 * place, lacks a column a layout needs, or is missing altogether (an empty body, an HTML error page in
 * place of the file).
 *
 * <p>A reader that meets a changed format stops with this exception rather than returning rows read by
 * position from columns that moved. The exception carries the header line as seen, its line number, and
 * the column names it could not place, so that the change can be reported and the reader taught the new
 * layout.
 *
 * @since 0.1.0
 */
public class AmfiFormatException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  /** The header line as seen. */
  private final String header;
  /** The header's line number. */
  private final long line;
  /** The column names no known column matches. */
  private final List<String> unknownColumns;

  /**
   * Creates an exception.
   *
   * @param message what is wrong with the header
   * @param header the header line as seen, or the empty string when there was none
   * @param line the 1-based line number of the header, or 0 when the input held no line
   * @param unknownColumns the column names that no known column matches, as written
   */
  public AmfiFormatException(String message, String header, long line, List<String> unknownColumns) {
    super(message + (header.isEmpty() ? "" : " (line " + line + ": '" + header + "')"));
    this.header = Objects.requireNonNull(header, "header");
    this.line = line;
    this.unknownColumns = List.copyOf(unknownColumns);
  }

  /**
   * Returns the header line as seen.
   *
   * @return the header, or the empty string when the input had none
   */
  public String header() {
    return header;
  }

  /**
   * Returns the line number of the header.
   *
   * @return the 1-based line number, or 0 when the input held no line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column names that no known column matches.
   *
   * @return the names as written, possibly empty (when the columns are known but form no layout)
   */
  public List<String> unknownColumns() {
    return unknownColumns;
  }
}
