package in.lumpsum.core.scheme;

import in.lumpsum.core.InvalidValueException;
import java.util.Optional;

/**
 * Whether a scheme takes and returns money at any time, only at its end, or in intervals.
 *
 * <p>AMFI's files group schemes under headings that begin {@code Open Ended Schemes},
 * {@code Close Ended Schemes} or {@code Interval Fund Schemes}.
 *
 * @since 0.1.0
 */
public enum SchemeStructure {
  /** Units bought and redeemed on any business day. */
  OPEN_ENDED,
  /** A fixed term; units listed on an exchange, redeemed at maturity. */
  CLOSE_ENDED,
  /** Open for transactions only in specified intervals. */
  INTERVAL;

  /**
   * Reads the structure from the start of an AMFI section heading.
   *
   * @param heading a heading such as {@code "Open Ended Schemes(Equity Scheme - Large Cap Fund)"}
   * @return the structure, or empty when the heading names none
   */
  public static Optional<SchemeStructure> fromHeading(String heading) {
    if (heading == null) {
      return Optional.empty();
    }
    String w = Text.words(heading);
    if (w.startsWith("open ended")) {
      return Optional.of(OPEN_ENDED);
    }
    if (w.startsWith("close ended") || w.startsWith("closed ended")) {
      return Optional.of(CLOSE_ENDED);
    }
    if (w.startsWith("interval")) {
      return Optional.of(INTERVAL);
    }
    return Optional.empty();
  }

  /**
   * Parses a structure name, such as {@code OPEN_ENDED}, {@code "Open Ended"} or {@code "interval"}.
   *
   * @param text the structure
   * @return the structure
   * @throws InvalidValueException if the text names no structure
   */
  public static SchemeStructure parse(String text) {
    return fromHeading(text).orElseThrow(
        () -> new InvalidValueException("structure", text, "is not open ended, close ended or interval"));
  }
}
