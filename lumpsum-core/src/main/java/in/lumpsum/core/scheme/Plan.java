package in.lumpsum.core.scheme;

import in.lumpsum.core.InvalidValueException;
import java.util.Optional;

/**
 * The plan of a scheme: bought through a distributor (regular) or directly from the fund house (direct).
 *
 * <p>Direct plans, with no distributor commission in their expense ratio, exist since 1 January 2013
 * (SEBI circular CIR/IMD/DF/21/2012 of 13 September 2012). Schemes older than that, and many closed
 * ones, have only the one plan, which AMFI's files list without a plan word: lumpsum treats it as
 * {@link #REGULAR}.
 *
 * @since 0.1.0
 */
public enum Plan {
  /** Bought directly from the fund house: no distributor commission. */
  DIRECT,
  /** Bought through a distributor; also the single plan of schemes that predate direct plans. */
  REGULAR;

  /**
   * Parses a plan as AMFI's {@code Plan} column or a scheme name words it: {@code Direct},
   * {@code Direct Plan}, {@code DIRECT}, {@code Regular}, {@code Regular Plan}, {@code Retail}, ...
   *
   * @param text the plan text
   * @return the plan
   * @throws InvalidValueException if the text names no plan
   */
  public static Plan parse(String text) {
    return find(text).orElseThrow(
        () -> new InvalidValueException("plan", text, "is not a known plan (direct or regular)"));
  }

  /**
   * Finds a plan word in free text such as a scheme name.
   *
   * @param text the text to search, possibly null
   * @return the plan it names, or empty when it names none
   */
  public static Optional<Plan> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String w = Text.words(text);
    if (Text.hasWord(w, "direct") || Text.hasWord(w, "dir")) {
      return Optional.of(DIRECT);
    }
    if (Text.hasWord(w, "regular") || Text.hasWord(w, "reg") || Text.hasWord(w, "retail")
        || Text.hasWord(w, "normal")) {
      return Optional.of(REGULAR);
    }
    return Optional.empty();
  }
}
