package in.lumpsum.examples.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A small JSON writer for the {@code xirr} and {@code metrics} commands' {@code --json} output:
 * maps (insertion order kept), lists, strings, numbers, booleans and null. A {@code double} that is
 * not finite, an empty {@link OptionalDouble} and an empty {@link Optional} are written as
 * {@code null}; a {@link LocalDate} as its ISO text.
 */
final class MetricsJson {

  private MetricsJson() {
  }

  /** A new ordered object. */
  static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** Writes a value as JSON text. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Optional<?> o) {
      value = o.orElse(null);
    }
    if (value instanceof OptionalDouble o) {
      value = o.isPresent() ? o.getAsDouble() : null;
    }
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      String inner = indent + "  ";
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "\n" : ",\n").append(inner);
        string(String.valueOf(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), out, inner);
        first = false;
      }
      out.append(first ? "}" : "\n" + indent + "}");
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(list.get(i), out, indent);
      }
      out.append(']');
    } else if (value instanceof Double d) {
      out.append(Double.isFinite(d) ? d.toString() : "null");
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      string(value.toString(), out);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
