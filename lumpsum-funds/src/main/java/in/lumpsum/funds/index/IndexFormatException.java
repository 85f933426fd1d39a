package in.lumpsum.funds.index;

import in.lumpsum.core.LumpsumException;
import java.util.Objects;

/**
 * Thrown when an index file's header (or, for JSON, its first element) matches no known
 * {@link IndexFormat}, or names a format the method called cannot return.
 *
 * @since 0.1.0
 */
public class IndexFormatException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String header;

  /**
   * Creates an exception.
   *
   * @param source the file read, as named by the caller
   * @param line the 1-based line of the header, or 0 when the file held no line
   * @param header the header as seen (cut to 200 characters), or the empty string
   * @param reason what is wrong
   */
  public IndexFormatException(String source, long line, String header, String reason) {
    super(source + ": line " + line + ": " + reason + (header.isEmpty() ? "" : " ('" + header + "')"));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.header = Objects.requireNonNull(header, "header");
  }

  /**
   * Returns the file read.
   *
   * @return the name given by the caller
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line of the header.
   *
   * @return the 1-based line, or 0 when the file held no line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the header as seen.
   *
   * @return the header, or the empty string
   */
  public String header() {
    return header;
  }
}
