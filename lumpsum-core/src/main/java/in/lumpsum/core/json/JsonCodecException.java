package in.lumpsum.core.json;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.LumpsumException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when a {@link JsonCodec} cannot read or write a value: malformed JSON, JSON that does not
 * match the requested type, a value the model's own validation rejects, or a failing stream.
 *
 * <p>The message names where the problem is: the {@linkplain #path() JSON path} of the value at fault
 * and, when reading, the {@linkplain #line() line} and {@linkplain #column() column} at which it was
 * found, such as {@code $.isinGrowthOrPayout (line 1, column 52): isin: check digit is 3, expected 2
 * (got 'INF179K01BE3')}.
 *
 * <p>When the model rejected a value, the {@link InvalidValueException} that its constructor or
 * builder threw is the cause, with the model's field name: see {@link #invalidValue()}. The codec
 * wraps it rather than letting it pass, so that a caller catches one type and learns where in the
 * JSON the value was. Otherwise the cause is the underlying parser's or stream's exception, whose
 * type is no part of lumpsum's API.
 *
 * @since 0.1.0
 */
public class JsonCodecException extends LumpsumException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, naming the path and the value at fault
   * @param path the JSON path of the value at fault, such as {@code $.option.frequency} or
   *     {@code $[2].code}; {@code $} for the whole document
   * @param line the line, from 1, at which the problem was found; 0 or less when not known
   * @param column the column, from 1, at which the problem was found; 0 or less when not known
   * @param cause the underlying failure, or null
   */
  public JsonCodecException(String message, String path, int line, int column, Throwable cause) {
    super(message, cause);
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the JSON path of the value at fault, in the dotted form {@code $.field[index].field}.
   *
   * @return the path, {@code $} when the problem concerns the whole document
   */
  public String path() {
    return path;
  }

  /**
   * Returns the line of the JSON text at which the problem was found.
   *
   * @return the line, from 1, or empty when writing or when the position is not known
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the column of the JSON text at which the problem was found.
   *
   * @return the column, from 1 (counted in bytes when reading a stream), or empty when not known
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns the validation error of the model, when the JSON described a value the model rejects.
   *
   * @return the {@link InvalidValueException} in the chain of causes, naming the model's field, or
   *     empty when the problem is in the JSON itself
   */
  public Optional<InvalidValueException> invalidValue() {
    for (Throwable t = getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof InvalidValueException invalid) {
        return Optional.of(invalid);
      }
    }
    return Optional.empty();
  }
}
