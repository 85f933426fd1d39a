package in.lumpsum.funds.history;

import in.lumpsum.core.LumpsumException;
import java.util.Objects;

/**
 * Thrown when a history file (of NAVs, or of an index's values) is not in the format its reader
 * expects: a header that lacks a required column or matches no known format, or no header at all
 * where one is needed.
 *
 * <p>Rows that are merely bad do not raise it; they are reported as problems. It is raised only when
 * reading on would mean guessing where the columns are.
 *
 * @since 0.1.0
 */
public class HistoryFormatException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String header;

  /**
   * Creates an exception.
   *
   * @param source the file or stream read, as named by the caller (such as its path)
   * @param line the 1-based line number of the offending header, or 0 when the input held no line
   * @param header the header line as seen, or the empty string
   * @param reason what is wrong with it
   */
  public HistoryFormatException(String source, long line, String header, String reason) {
    super(source + ": line " + line + ": " + reason + (header.isEmpty() ? "" : " ('" + header + "')"));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.header = Objects.requireNonNull(header, "header");
  }

  /**
   * Returns the name of the file or stream read.
   *
   * @return the source name as given by the caller
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line number of the offending header.
   *
   * @return the 1-based line number, or 0 when the input held no line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the header line as seen.
   *
   * @return the header, or the empty string when there was none
   */
  public String header() {
    return header;
  }
}
