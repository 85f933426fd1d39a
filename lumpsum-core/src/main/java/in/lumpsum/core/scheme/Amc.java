package in.lumpsum.core.scheme;

import in.lumpsum.core.InvalidValueException;

/**
 * An asset management company (fund house), by the name AMFI lists it under, such as
 * {@code "HDFC Mutual Fund"}.
 *
 * <p>The name is normalised: surrounding spaces removed and inner runs of spaces collapsed to one, so
 * that the same fund house read from two files compares equal.
 *
 * @param name the fund house's name as AMFI writes it
 * @since 0.1.0
 */
public record Amc(String name) implements Comparable<Amc> {

  /**
   * Creates a fund house.
   *
   * @param name the name
   * @throws InvalidValueException if the name is null or blank
   */
  public Amc {
    if (name == null || name.isBlank()) {
      throw new InvalidValueException("amc", name, "must not be blank");
    }
    name = name.strip().replaceAll("\\s+", " ");
  }

  /**
   * Returns a fund house.
   *
   * @param name the name
   * @return the fund house
   */
  public static Amc of(String name) {
    return new Amc(name);
  }

  @Override
  public int compareTo(Amc other) {
    return name.compareToIgnoreCase(other.name);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
