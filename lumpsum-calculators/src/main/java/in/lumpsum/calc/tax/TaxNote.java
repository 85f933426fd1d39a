package in.lumpsum.calc.tax;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the engine assumed or could not do exactly, such as a grandfathered lot without a fair
 * market value, or a merger switch with no counterpart.
 *
 * @param date the date of the transaction it concerns
 * @param text what was assumed, naming the transaction
 * @param shapesLots true when it changed lots held afterwards (mergers, segregations), so that it
 *     matters to every later year, not only to the year of its date
 * @since 0.1.0
 */
public record TaxNote(LocalDate date, String text, boolean shapesLots) {

  /**
   * Creates a note.
   *
   * @throws NullPointerException if a component is null
   */
  public TaxNote {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
  }

  /** Returns the date and the text. */
  @Override
  public String toString() {
    return date + ": " + text;
  }
}
