package in.lumpsum.core.result;

import java.util.Objects;

/**
 * One thing a reader could not read: a whole row it left out, or one field of a row it kept without
 * that field.
 *
 * <p>A problem with an empty {@code field} means the row was not read at all; a problem naming a field
 * (such as {@code "isinReinvestment"}) means the row was read and only that field was dropped. The
 * {@code reason} is a short, stable text that callers may group by ({@code "date is not a valid
 * dd-MMM-yyyy date"}); the offending value is in {@code raw}, the line as read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line number in the input, or 0 when the problem concerns no single line
 * @param field the field at fault, or the empty string when the whole row was not read
 * @param raw the line as read, without its line terminator
 * @param reason why it was not read, in words a user can act on; never blank
 * @since 0.1.0
 */
public record Problem(long line, String field, String raw, String reason) {

  /**
   * Creates a problem.
   *
   * @param line the 1-based line number, or 0
   * @param field the field at fault, or the empty string for the whole row
   * @param raw the line as read
   * @param reason why it was not read
   * @throws NullPointerException if {@code field}, {@code raw} or {@code reason} is null
   * @throws IllegalArgumentException if {@code line} is negative or {@code reason} is blank
   */
  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line: must not be negative (got " + line + ")");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason: must not be blank");
    }
  }

  /**
   * Returns a problem for a row that was not read at all.
   *
   * @param line the 1-based line number
   * @param raw the line as read
   * @param reason why it was not read
   * @return the problem, with an empty field
   */
  public static Problem row(long line, String raw, String reason) {
    return new Problem(line, "", raw, reason);
  }

  /**
   * Returns a problem for one field of a row that was read without it.
   *
   * @param line the 1-based line number
   * @param field the field at fault, such as {@code "isinReinvestment"}
   * @param raw the line as read
   * @param reason why the field was dropped
   * @return the problem
   * @throws IllegalArgumentException if {@code field} is blank
   */
  public static Problem field(long line, String field, String raw, String reason) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("field: must not be blank (got '" + field + "')");
    }
    return new Problem(line, field, raw, reason);
  }

  /**
   * Tells whether the whole row was left out, rather than one field of it.
   *
   * @return true when {@link #field()} is empty
   */
  public boolean isWholeRow() {
    return field.isEmpty();
  }

  /** Returns a one-line description such as {@code line 12: date is not a valid ... ('...')}. */
  @Override
  public String toString() {
    return "line " + line + ": " + (field.isEmpty() ? "" : field + ": ") + reason + " ('" + raw + "')";
  }
}
