package in.lumpsum.funds.index;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the Nifty total return index JSON: an array of flat objects whose values are strings (or
 * numbers), such as {@code {"Index Name":"Nifty 50","Date":"01 Nov 2023","TotalReturnsIndex":"26176.34"}}.
 * A small parser of its own, since lumpsum-funds does not depend on a JSON library.
 */
final class TriJson {

  static final String DATE = "Date";
  static final String VALUE = "TotalReturnsIndex";

  private static final DateTimeFormatter TRI_DATE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("dd MMM uuuu").toFormatter(Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);

  private final String text;
  private final String source;
  private int pos;

  private TriJson(String text, String source) {
    this.text = text;
    this.source = source;
  }

  static IndexImport read(String text, String source, String name, int headerLine) {
    TriJson p = new TriJson(text, source);
    IndexImporter.Closes closes = new IndexImporter.Closes();
    p.skipSpace();
    p.expect('[');
    p.skipSpace();
    int element = 0;
    if (p.peek() == ']') {
      p.pos++;
    } else {
      while (true) {
        p.skipSpace();
        int start = p.pos;
        Map<String, String> object = p.object();
        element++;
        String raw = text.substring(start, p.pos);
        if (element == 1 && !(object.containsKey(DATE) && object.containsKey(VALUE))) {
          throw new IndexFormatException(source, headerLine, raw.length() > 200
              ? raw.substring(0, 200) + "..." : raw,
              "first element has no '" + DATE + "' and '" + VALUE + "': not a Nifty TRI file");
        }
        String date = object.get(DATE);
        String value = object.get(VALUE);
        if (date == null || value == null) {
          closes.problem(element, raw, IndexImporter.REASON_SHAPE);
        } else {
          closes.add(element, raw, date.strip(), TRI_DATE, value.strip());
        }
        p.skipSpace();
        char c = p.next();
        if (c == ']') {
          break;
        }
        if (c != ',') {
          throw p.error("expected ',' or ']'");
        }
      }
    }
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error("text after the array");
    }
    return new IndexImport(IndexFormat.NIFTY_TRI_JSON, IndexSeries.of(name, closes.series()),
        element, closes.problems);
  }

  private Map<String, String> object() {
    expect('{');
    Map<String, String> out = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return out;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      out.put(key, peek() == '"' ? string() : bare());
      skipSpace();
      char c = next();
      if (c == '}') {
        return out;
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        char e = next();
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw error("truncated \\u escape");
            }
            try {
              sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad \\u escape");
            }
            pos += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }

  /** A number, true, false or null, as written. */
  private String bare() {
    int start = pos;
    while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    if (pos == start) {
      throw error("expected a value");
    }
    return text.substring(start, pos);
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    return text.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      pos--;
      throw error("expected '" + c + "'");
    }
  }

  private IndexFormatException error(String what) {
    int line = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    int from = Math.max(0, pos - 40);
    int to = Math.min(text.length(), pos + 40);
    return new IndexFormatException(source, line, text.substring(from, to),
        "malformed JSON at offset " + pos + ": " + what);
  }
}
