package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.json.JsonCodecException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns Jackson's exceptions into {@link JsonCodecException}s naming the JSON path, line and column. */
final class JsonErrors {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private JsonErrors() {}

  /**
   * Translates a Jackson exception. The path comes from the mapping exception's reference chain, or
   * else from the parser's position; a model's {@link InvalidValueException} becomes the reason and the
   * cause.
   */
  static JsonCodecException translate(JacksonException e, JsonParser parser) {
    String path = "$";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      path = path(mapping.getPath());
    } else if (parser != null) {
      path = path(parser.getParsingContext());
    }
    JsonLocation location = e.getLocation();
    if ((location == null || location.getLineNr() < 1) && parser != null) {
      location = parser.currentTokenLocation();
    }
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    InvalidValueException invalid = invalidValue(e);
    String reason = invalid != null ? invalid.getMessage() : e.getOriginalMessage();
    Throwable cause = invalid != null ? invalid : e;
    return new JsonCodecException(message(path, line, column, reason), path, line, column, cause);
  }

  /** A document that is {@code null} where a value is required: no null crosses lumpsum's API. */
  static JsonCodecException nullDocument(JsonParser parser, Class<?> type) {
    JsonLocation location = parser.currentTokenLocation();
    String reason = "null where " + type.getSimpleName() + " is required";
    return new JsonCodecException(message("$", location.getLineNr(), location.getColumnNr(), reason),
        "$", location.getLineNr(), location.getColumnNr(), null);
  }

  /** A failing stream. */
  static JsonCodecException io(IOException e) {
    return new JsonCodecException("$: I/O error: " + Conventions.describe(e), "$", -1, -1, e);
  }

  /**
   * An exception that reached the codec past Jackson: a model's validation error, or a type that the
   * conventions cannot map, such as a sealed hierarchy with two members of one name.
   */
  static JsonCodecException unexpected(RuntimeException e) {
    if (e instanceof JsonCodecException already) {
      return already;
    }
    String reason = e instanceof InvalidValueException
        ? e.getMessage() : "cannot map: " + Conventions.describe(e);
    return new JsonCodecException("$: " + reason, "$", -1, -1, e);
  }

  private static String message(String path, int line, int column, String reason) {
    StringBuilder b = new StringBuilder(path);
    if (line > 0) {
      b.append(" (line ").append(line);
      if (column > 0) {
        b.append(", column ").append(column);
      }
      b.append(')');
    }
    return b.append(": ").append(reason).toString();
  }

  private static InvalidValueException invalidValue(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof InvalidValueException invalid) {
        return invalid;
      }
    }
    return null;
  }

  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        appendName(b, r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String path(JsonStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      StringBuilder b = new StringBuilder();
      if (c.inArray()) {
        b.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else if (c.getCurrentName() != null) {
        appendName(b, c.getCurrentName());
      }
      segments.add(0, b.toString());
    }
    return "$" + String.join("", segments);
  }

  private static void appendName(StringBuilder b, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      b.append('.').append(name);
    } else {
      b.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }
}
