package in.lumpsum.calc.tax;

import in.lumpsum.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Indian financial year, 1 April to 31 March, such as 2025-26; from 1 April 2026 the Income-tax
 * Act, 2025 calls it a "tax year".
 *
 * @param startYear the calendar year in which it begins (2025 for 2025-26)
 * @since 0.1.0
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  private static final Pattern FORM = Pattern.compile("(?:FY\\s*)?(\\d{4})\\s*-\\s*(\\d{2}|\\d{4})");

  /**
   * Creates a financial year.
   *
   * @throws InvalidValueException if the year is before 1950 or after 2200
   */
  public FinancialYear {
    if (startYear < 1950 || startYear > 2200) {
      throw new InvalidValueException("financialYear", startYear, "must begin between 1950 and 2200");
    }
  }

  /**
   * Returns the financial year a date falls in.
   *
   * @param date the date
   * @return the year from 1 April to 31 March that holds it
   */
  public static FinancialYear of(LocalDate date) {
    return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Parses {@code 2025-26}, {@code 2025-2026} or {@code FY 2025-26}.
   *
   * @param text the year
   * @return the financial year
   * @throws InvalidValueException if the text is not in one of those forms, or the two years are not
   *     consecutive
   */
  public static FinancialYear parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidValueException("financialYear", text, "must look like 2025-26");
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    int expected = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
    if (end != expected) {
      throw new InvalidValueException("financialYear", text, "the second year must follow the first");
    }
    return new FinancialYear(start);
  }

  /**
   * Returns the first day, 1 April.
   *
   * @return the start date
   */
  public LocalDate start() {
    return LocalDate.of(startYear, 4, 1);
  }

  /**
   * Returns the last day, 31 March.
   *
   * @return the end date
   */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  /**
   * Tells whether a date falls in this year.
   *
   * @param date the date
   * @return true from 1 April to 31 March inclusive
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Returns the next financial year.
   *
   * @return the year after
   */
  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** Returns the year as {@code 2025-26}. */
  @Override
  public String toString() {
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }
}
