package in.lumpsum.core.portfolio;

import in.lumpsum.core.scheme.Amc;
import java.util.Comparator;
import java.util.Objects;

/**
 * A folio, identified as registrars identify it: the fund house and the folio number within it.
 *
 * <p>Folio numbers are unique only within a fund house, so both parts make the key. One folio holds
 * units of any number of that fund house's schemes.
 *
 * @param amc the fund house
 * @param number the folio number
 * @since 0.1.0
 */
public record FolioKey(Amc amc, FolioNumber number) implements Comparable<FolioKey> {

  private static final Comparator<FolioKey> ORDER =
      Comparator.comparing(FolioKey::amc).thenComparing(FolioKey::number);

  /**
   * Creates a folio key.
   *
   * @param amc the fund house
   * @param number the folio number
   * @throws NullPointerException if either is null
   */
  public FolioKey {
    Objects.requireNonNull(amc, "amc");
    Objects.requireNonNull(number, "number");
  }

  /**
   * Returns a folio key.
   *
   * @param amc the fund house
   * @param number the folio number as written on a statement
   * @return the key
   * @throws in.lumpsum.core.InvalidValueException if the folio number is not valid
   */
  public static FolioKey of(Amc amc, String number) {
    return new FolioKey(amc, new FolioNumber(number));
  }

  /** Orders by fund house name (ignoring case), then folio number. */
  @Override
  public int compareTo(FolioKey other) {
    return ORDER.compare(this, other);
  }

  /** Returns the fund house and the masked folio number, such as {@code HDFC Mutual Fund/******7/89}. */
  @Override
  public String toString() {
    return amc + "/" + number;
  }
}
