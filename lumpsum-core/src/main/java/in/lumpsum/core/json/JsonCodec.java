package in.lumpsum.core.json;

import in.lumpsum.core.internal.json.JacksonJsonCodec;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Reads and writes lumpsum's public models as JSON.
 *
 * <p>The {@linkplain #standard() standard codec} maps every lumpsum model without any per-type code or
 * annotation, by convention:
 *
 * <ul>
 *   <li><b>Value types that wrap one value</b>, records with a single component such as
 *       {@link in.lumpsum.core.scheme.SchemeCode}, {@link in.lumpsum.core.scheme.Isin},
 *       {@link in.lumpsum.core.scheme.Amc}, {@link in.lumpsum.core.money.Money},
 *       {@link in.lumpsum.core.money.Units} and {@link in.lumpsum.core.money.Nav}, are written as that
 *       one value: {@code 119551}, {@code "INF179K01BE2"}, {@code "HDFC Mutual Fund"}. They are read
 *       back through their constructor, so its validation applies. As a map key such a value is its
 *       text ({@code {"119551": ...}}). A single-component record that belongs to a sealed hierarchy
 *       is an object like any other member (see below).
 *   <li><b>Decimals</b>, the amounts of {@code Money}, {@code Units} and {@code Nav} and any other
 *       {@link java.math.BigDecimal}, are written as JSON <em>strings</em> in plain notation:
 *       {@code "1234.50"}, {@code "12.500"}, {@code "123.4567"}. A string keeps every digit and the
 *       scale exactly, and no JSON reader turns it into a binary floating-point number on the way.
 *       {@code Money} keeps its two decimals and {@code Units} its three; a {@code Nav} is written with
 *       the digits it holds (it drops trailing zeros: {@code "10"} for a NAV of {@code 10.0000}). On
 *       reading, a JSON number ({@code 1234.5}) is accepted as well and read exactly, without a trip
 *       through {@code double}.
 *   <li><b>Other records</b>, such as {@link in.lumpsum.core.scheme.SchemeOption}, are objects with
 *       one property per record component, in component order; no other method of the record is
 *       written.
 *   <li><b>Built values</b>: an abstract class or interface with a public static {@code builder()}
 *       whose builder has a public {@code build()}, such as {@link in.lumpsum.core.scheme.Scheme}, is
 *       an object with one property per attribute, in declaration order. An attribute is a public
 *       no-argument accessor ({@code code()}, {@code name()}) for which the builder has a one-argument
 *       method of the same name accepting the accessor's type; methods that take parameters (such as
 *       {@code hasIsin(Isin)}) and derived methods without a builder method are not written. The value
 *       is read back through the builder, so defaults and the type's checks apply.
 *   <li><b>Sealed hierarchies</b>: a member of a sealed interface or class (a record, a final class or
 *       a built value) carries a {@code "type"} property naming its simple class name, such as
 *       {@code {"type":"NavPublished",...}}, wherever it is written, so that a list of events reads
 *       back polymorphically. Reading into the sealed type dispatches on it; reading into a concrete
 *       member accepts the property or its absence, but not a {@code "type"} naming another member.
 *       Two members of one hierarchy may not share a simple name, and none may have a component or
 *       attribute called {@code type}: either is reported as an error when the hierarchy is first
 *       used.
 *   <li>{@link java.time.LocalDate} as ISO-8601 {@code "2026-08-19"}, {@link java.time.Instant} as
 *       ISO-8601 UTC {@code "2026-08-19T10:15:30Z"}; enums by {@link Enum#name() name}, exactly
 *       ({@code "DIRECT"}); collections as arrays, a set read back in the array's order; maps as
 *       objects.
 *   <li><b>Absent values</b>: an empty {@link java.util.Optional} (and {@code OptionalInt},
 *       {@code OptionalLong}, {@code OptionalDouble}) is omitted, and so is a {@code null}; empty
 *       collections are written as {@code []}. On reading, a missing property and {@code null} both
 *       mean absent: an optional attribute is empty, a defaulted one takes its default, and a required
 *       one is an error that names it.
 *   <li><b>Unknown properties are ignored</b>, so that JSON written by a later lumpsum version, with
 *       attributes this version does not know, still reads. Duplicate properties, trailing content
 *       after the value and fractions where a whole number is expected are errors.
 * </ul>
 *
 * <p>The standard codec writes compact JSON in UTF-8 and is stable: writing what it read gives back
 * the same text. The format is lumpsum's; models added to lumpsum follow the same conventions
 * without registration. The conventions apply to types in the {@code in.lumpsum} packages; other
 * types get a generic mapping that is no part of this contract.
 *
 * <p>The JSON is the data itself: a PAN or a folio number is written in full, not masked as its
 * {@code toString()} masks it. Error messages do not quote the document: they may name a malformed
 * token, and they pass on the model's own validation message, which masks personal data.
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface JsonCodec {

  /**
   * Returns the shared standard codec described above.
   *
   * @return the thread-safe standard codec
   */
  static JsonCodec standard() {
    return JacksonJsonCodec.standard();
  }

  /**
   * Writes a value as JSON text.
   *
   * @param value the value, such as a {@code Scheme}, a list of schemes or a sealed event
   * @return the JSON text
   * @throws NullPointerException if {@code value} is null
   * @throws JsonCodecException if the value's type cannot be mapped to JSON
   */
  String toJson(Object value);

  /**
   * Reads a value of a type from JSON text.
   *
   * <p>A value that the JSON describes but that the type's own validation rejects (an ISIN with a
   * wrong check digit, a blank scheme name) is reported as a {@link JsonCodecException} whose
   * {@linkplain Throwable#getCause() cause} is the {@link in.lumpsum.core.InvalidValueException},
   * reachable through {@link JsonCodecException#invalidValue()}; the message names both the JSON path
   * and the field.
   *
   * @param json the JSON text
   * @param type the type to read, such as {@code Scheme.class} or a sealed event interface
   * @param <T> the type to read
   * @return the value, never null
   * @throws NullPointerException if an argument is null
   * @throws JsonCodecException if the JSON is malformed, is {@code null}, does not match the type, or
   *     describes an invalid value
   */
  <T> T fromJson(String json, Class<T> type);

  /**
   * Reads a JSON array of values of one type.
   *
   * @param json the JSON text of an array
   * @param elementType the type of each element
   * @param <T> the element type
   * @return an unmodifiable list in array order, empty for {@code []}
   * @throws NullPointerException if an argument is null
   * @throws JsonCodecException as {@link #fromJson(String, Class)} does, and if an element is
   *     {@code null}
   */
  <T> List<T> listFromJson(String json, Class<T> elementType);

  /**
   * Writes a value as UTF-8 JSON to a stream, and flushes it.
   *
   * <p>The stream is not closed: it belongs to the caller. When writing fails, part of the JSON may
   * already be in the stream.
   *
   * @param value the value
   * @param out the stream to write to
   * @throws NullPointerException if an argument is null
   * @throws JsonCodecException if the value's type cannot be mapped to JSON, or if writing to the
   *     stream fails (the {@link java.io.IOException} is the cause)
   */
  void write(Object value, OutputStream out);

  /**
   * Reads one value of a type from a stream of JSON (UTF-8, or UTF-16/32 with detection).
   *
   * <p>The stream is read to its end, as content after the value is an error; it is not closed: it
   * belongs to the caller.
   *
   * @param in the stream to read
   * @param type the type to read
   * @param <T> the type to read
   * @return the value, never null
   * @throws NullPointerException if an argument is null
   * @throws JsonCodecException as {@link #fromJson(String, Class)} does, and if reading the stream
   *     fails (the {@link java.io.IOException} is the cause)
   */
  <T> T read(InputStream in, Class<T> type);
}
