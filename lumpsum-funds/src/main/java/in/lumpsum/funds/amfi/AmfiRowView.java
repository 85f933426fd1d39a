package in.lumpsum.funds.amfi;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The data row an {@link AmfiVisitor} is visiting: a view over the bytes of the current line that reads
 * each field only when asked.
 *
 * <p>By the time {@link AmfiVisitor#row(AmfiRowView)} is called, the scheme code, NAV and date have been
 * read and checked (a row failing them is reported as a problem and never visited). The name, ISINs,
 * plan and option are read only by {@link #name()} and {@link #toRow()}, so that a visitor that already
 * knows a scheme code can take the numbers and move on without building a {@link in.lumpsum.core.scheme.Scheme}.
 * Problems found while building the row (an invalid ISIN) go to {@link AmfiVisitor#problem}.
 *
 * <p>A view is valid only during the call to {@code row}; it is reused for the next line. Not
 * thread-safe.
 *
 * @since 0.1.0
 */
public interface AmfiRowView {

  /**
   * Returns the line number.
   *
   * @return the 1-based line number in the file
   */
  long line();

  /**
   * Returns AMFI's scheme code, without building a {@link in.lumpsum.core.scheme.SchemeCode}.
   *
   * @return the code, from 1 to 99,999,999
   */
  int schemeCode();

  /**
   * Tells whether the row carries a NAV ({@code N.A.}, an empty field and zero do not).
   *
   * @return true when there is a NAV
   */
  boolean hasNav();

  /**
   * Returns the NAV's digits as written, without the decimal point: {@code 107.6218} gives
   * {@code 1076218}, {@code 10.} gives {@code 10}. Together with {@link #navScale()} it gives the NAV
   * exactly, without allocating.
   *
   * @return the unscaled NAV
   * @throws IllegalStateException if the row has no NAV
   * @throws ArithmeticException if the NAV has too many digits for a {@code long}
   */
  long navUnscaled();

  /**
   * Returns the number of decimals of the NAV as written ({@code 107.6218} gives 4, {@code 10.} gives
   * 0).
   *
   * @return the scale
   * @throws IllegalStateException if the row has no NAV
   * @throws ArithmeticException if the NAV has too many digits for a {@code long}
   */
  int navScale();

  /**
   * Returns the NAV.
   *
   * @return the NAV, or empty when the row has none
   */
  Optional<Nav> nav();

  /**
   * Returns the date of the NAV.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * Returns the fund house from the last fund-house line above the row.
   *
   * @return the fund house
   */
  Amc amc();

  /**
   * Returns the SEBI category from the last section heading above the row.
   *
   * @return the category, or empty when there was no heading or it names no known category
   */
  Optional<SebiCategory> category();

  /**
   * Returns the structure from the last section heading above the row.
   *
   * @return the structure; open ended when there was no heading
   */
  SchemeStructure structure();

  /**
   * Returns the scheme name, decoded and with double-encoded characters repaired.
   *
   * @return the name, surrounding spaces removed
   */
  String name();

  /**
   * Returns the line as read.
   *
   * @return the line, without its terminator
   */
  String raw();

  /**
   * Builds the full row: the scheme with its ISINs, plan and option, and the NAV and date.
   *
   * <p>Calling it again for the same line returns the same row and reports no problem twice.
   *
   * @return the row
   */
  AmfiRow toRow();
}
