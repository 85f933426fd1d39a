package in.lumpsum.core.scheme;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an ISIN column of an AMFI file held: a valid ISIN, a repaired one, a marker that none applies,
 * or something invalid.
 *
 * <p>Real AMFI files carry, besides ISINs: {@code -} and empty fields, {@code NOTAPP}, {@code #N/A},
 * {@code Redeemed}, values with a trailing space ({@code "INF178L01BT0 "}), ISINs missing their leading
 * {@code I} ({@code NF760K01GO7}) and codes that are not ISINs ({@code HDFCNIVODG}).
 * {@link #read(String)} sorts them without throwing, so that a parser can keep the row and report the
 * field.
 *
 * @param status what the field held
 * @param isin the ISIN when {@code status} is {@code VALID} or {@code REPAIRED}
 * @param raw the field as it was read
 * @since 0.1.0
 */
public record IsinField(Status status, Optional<Isin> isin, String raw) {

  /** What an ISIN field held. */
  public enum Status {
    /** A valid ISIN, once surrounding spaces are removed. */
    VALID,
    /** An ISIN that was valid once a known slip was repaired: a missing leading {@code I}. */
    REPAIRED,
    /** A marker that no ISIN applies: empty, {@code -}, {@code NOTAPP}, {@code #N/A}, {@code Redeemed}. */
    NOT_APPLICABLE,
    /** Anything else: a wrong check digit, a code that is not an ISIN. */
    INVALID
  }

  /**
   * Creates a field reading, checking that an ISIN is present exactly when the status says so.
   *
   * @param status what the field held
   * @param isin the ISIN, present for {@code VALID} and {@code REPAIRED}
   * @param raw the field as read
   */
  public IsinField {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(isin, "isin");
    Objects.requireNonNull(raw, "raw");
    boolean expectIsin = status == Status.VALID || status == Status.REPAIRED;
    if (expectIsin != isin.isPresent()) {
      throw new IllegalArgumentException("isin must be present exactly for VALID and REPAIRED, got "
          + status + " with " + isin);
    }
  }

  /**
   * Reads an ISIN field as found in AMFI's files.
   *
   * @param raw the field, possibly null or blank
   * @return what it held; never throws for bad content
   */
  public static IsinField read(String raw) {
    String text = raw == null ? "" : raw;
    String s = text.strip().toUpperCase(Locale.ROOT);
    if (s.isEmpty() || s.equals("-") || s.equals("NOTAPP") || s.equals("#N/A") || s.equals("N.A.")
        || s.equals("NA") || s.equals("REDEEMED")) {
      return new IsinField(Status.NOT_APPLICABLE, Optional.empty(), text);
    }
    if (Isin.isValid(s)) {
      return new IsinField(Status.VALID, Optional.of(new Isin(s)), text);
    }
    // A slip seen in AMFI's 2017 file: the leading 'I' of an Indian ISIN dropped ("NF760K01GO7").
    if (s.length() == 11 && s.startsWith("NF") && Isin.isValid("I" + s)) {
      return new IsinField(Status.REPAIRED, Optional.of(new Isin("I" + s)), text);
    }
    return new IsinField(Status.INVALID, Optional.empty(), text);
  }
}
