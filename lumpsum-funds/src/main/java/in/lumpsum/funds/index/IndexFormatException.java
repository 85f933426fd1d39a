package in.lumpsum.funds.index;

import in.lumpsum.funds.history.HistoryFormatException;

/**
 * Thrown when an index file's header (or, for JSON, its first element) matches no known
 * {@link IndexFormat}, or names a format the method called cannot return. It carries the file, line
 * and header as its parent does.
 *
 * @since 0.1.0
 */
public class IndexFormatException extends HistoryFormatException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param source the file read, as named by the caller
   * @param line the 1-based line of the header, or 0 when the file held no line
   * @param header the header as seen (cut to 200 characters), or the empty string
   * @param reason what is wrong
   */
  public IndexFormatException(String source, long line, String header, String reason) {
    super(source, line, header, reason);
  }
}
