package in.lumpsum.funds.client;

import in.lumpsum.core.LumpsumException;
import java.util.Objects;

/**
 * Thrown when a source sent a whole answer that lumpsum cannot read: malformed JSON, JSON of another
 * shape than documented, or an answer about another scheme than the one asked for. Not retried: the
 * same request would get the same answer. (A changed AMFI file header raises
 * {@link in.lumpsum.funds.amfi.AmfiFormatException} instead.)
 *
 * @since 0.1.0
 */
public class SourceFormatException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String url;

  /**
   * Creates an exception.
   *
   * @param source the source's name
   * @param url the address asked for
   * @param message what is wrong with the answer, with its line and column when known
   * @param cause the parser's exception, or null
   */
  public SourceFormatException(String source, String url, String message, Throwable cause) {
    super(source + " answer not understood (" + url + "): " + message, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.url = Objects.requireNonNull(url, "url");
  }

  /**
   * Returns the source's name.
   *
   * @return such as {@code "mfapi"}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the address asked for.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }
}
