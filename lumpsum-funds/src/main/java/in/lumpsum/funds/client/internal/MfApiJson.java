package in.lumpsum.funds.client.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.IsinField;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.funds.client.MfApiHistory;
import in.lumpsum.funds.client.MfApiMeta;
import in.lumpsum.funds.client.MfApiScheme;
import in.lumpsum.funds.client.SourceFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads mfapi.in's JSON with Jackson's streaming parser (no data binding, so no Jackson type leaves
 * this class).
 *
 * <p>Shapes, from mfapi's OpenAPI document (https://www.mfapi.in/docs/openapi.json): the scheme list
 * and search answer an array of {@code {"schemeCode": 100119, "schemeName": "...", "isinGrowth": ...,
 * "isinDivReinvestment": ...}}; a scheme answers {@code {"meta": {...}, "data": [{"date":
 * "dd-mm-yyyy", "nav": "..."}], "status": "SUCCESS"}}, data newest first. For a code it does not know,
 * mfapi answers 200 with an empty {@code meta} and {@code data}: read as "not found". Unknown fields
 * are skipped. Dates are read strictly ({@link ResolverStyle#STRICT}): {@code 31-02-2026} is a bad
 * row, never 28 February.
 */
public final class MfApiJson {

  /** mfapi's date form, {@code dd-MM-uuuu}, strict. */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String SOURCE = "mfapi";

  private final byte[] body;
  private final String url;

  private MfApiJson(byte[] body, String url) {
    this.body = body;
    this.url = url;
  }

  /**
   * Reads a scheme list or search answer.
   *
   * @param body the JSON
   * @param url the address it came from, for messages
   * @return the schemes read, and one problem per entry left out
   * @throws SourceFormatException if the JSON is malformed or not an array of objects
   * @throws HttpFetcher.CutShort if the JSON ends early
   */
  public static ParseResult<MfApiScheme> schemes(byte[] body, String url) {
    return new MfApiJson(body, url).readSchemes();
  }

  /**
   * Reads a scheme answer.
   *
   * @param body the JSON
   * @param url the address it came from, for messages
   * @param asked the code asked for
   * @return the history, or empty when mfapi does not know the code
   * @throws SourceFormatException if the JSON is malformed, of another shape, or about another scheme
   * @throws HttpFetcher.CutShort if the JSON ends early
   */
  public static Optional<MfApiHistory> history(byte[] body, String url, SchemeCode asked) {
    return new MfApiJson(body, url).readHistory(asked);
  }

  private ParseResult<MfApiScheme> readSchemes() {
    ParseResult.Builder<MfApiScheme> out = ParseResult.builder();
    try (JsonParser p = FACTORY.createParser(body)) {
      expect(p, p.nextToken(), JsonToken.START_ARRAY, "an array of schemes");
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        expect(p, t, JsonToken.START_OBJECT, "a scheme object");
        Obj o = readObject(p);
        try {
          SchemeCode code = SchemeCode.parse(o.required("schemeCode"));
          String name = o.required("schemeName").strip();
          if (name.isEmpty()) {
            throw new InvalidValueException("schemeName", "", "must not be blank");
          }
          out.add(new MfApiScheme(code, name, isin(o.fields.get("isinGrowth")),
              isin(o.fields.get("isinDivReinvestment"))));
        } catch (InvalidValueException e) {
          out.problem(Problem.row(o.line, o.raw, e.getMessage()));
        }
      }
      end(p);
    } catch (IOException e) {
      throw failure(e);
    }
    return out.build();
  }

  private Optional<MfApiHistory> readHistory(SchemeCode asked) {
    Obj meta = null;
    List<Obj> rows = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(body)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, "an object with meta and data");
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        if (field.equals("meta")) {
          if (v != JsonToken.VALUE_NULL) {
            expect(p, v, JsonToken.START_OBJECT, "meta as an object");
            meta = readObject(p);
          }
        } else if (field.equals("data")) {
          if (v != JsonToken.VALUE_NULL) {
            expect(p, v, JsonToken.START_ARRAY, "data as an array");
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
              expect(p, v, JsonToken.START_OBJECT, "a data row object");
              rows.add(readObject(p));
            }
          }
        } else if (field.equals("status") && v == JsonToken.VALUE_STRING
            && !p.getText().equalsIgnoreCase("SUCCESS")) {
          throw new SourceFormatException(SOURCE, url, "status is '" + p.getText() + "'", null);
        } else {
          p.skipChildren();
        }
      }
      expect(p, t, JsonToken.END_OBJECT, "the end of the object");
      end(p);
    } catch (IOException e) {
      throw failure(e);
    }
    String codeText = meta == null ? null : meta.fields.get("scheme_code");
    if (codeText == null) {
      if (!rows.isEmpty()) {
        throw new SourceFormatException(SOURCE, url, "data rows without meta.scheme_code", null);
      }
      return Optional.empty();
    }
    SchemeCode code;
    try {
      code = SchemeCode.parse(codeText);
    } catch (InvalidValueException e) {
      throw new SourceFormatException(SOURCE, url, "meta." + e.getMessage(), e);
    }
    if (!code.equals(asked)) {
      throw new SourceFormatException(SOURCE, url,
          "answer is about scheme " + code + ", not " + asked, null);
    }
    MfApiMeta m = new MfApiMeta(code, meta.text("scheme_name"), meta.text("fund_house"),
        meta.text("scheme_type"), meta.text("scheme_category"), isin(meta.fields.get("isin_growth")),
        isin(meta.fields.get("isin_div_reinvestment")));
    List<Problem> problems = new ArrayList<>();
    Map<LocalDate, NavPoint> points = new HashMap<>();
    for (Obj row : rows) {
      String dateText = row.fields.get("date");
      LocalDate date;
      try {
        date = LocalDate.parse(dateText == null ? "" : dateText.strip(), DATE);
      } catch (DateTimeParseException e) {
        problems.add(Problem.field(row.line, "date", row.raw,
            "date is not a valid dd-mm-yyyy date, row left out"));
        continue;
      }
      NavPoint point;
      try {
        point = NavPoint.of(date, row.fields.getOrDefault("nav", ""));
      } catch (InvalidValueException e) {
        problems.add(Problem.field(row.line, "nav", row.raw, e.getMessage() + ", row left out"));
        continue;
      }
      if (points.putIfAbsent(date, point) != null) {
        problems.add(Problem.field(row.line, "date", row.raw, "date given twice, row left out"));
      }
    }
    return Optional.of(new MfApiHistory(m, NavSeries.of(points.values()), problems));
  }

  private static Optional<Isin> isin(String raw) {
    return raw == null ? Optional.empty() : IsinField.read(raw).isin();
  }

  /** A flat JSON object: scalar fields as text (nulls left out, nested values skipped). */
  private static final class Obj {
    final Map<String, String> fields = new LinkedHashMap<>();
    long line;
    String raw;

    String required(String name) {
      String v = fields.get(name);
      if (v == null) {
        throw new InvalidValueException(name, "null", "is required");
      }
      return v;
    }

    String text(String name) {
      return fields.getOrDefault(name, "").strip();
    }
  }

  // Reads an object whose START_OBJECT is the current token, up to and including its END_OBJECT.
  private Obj readObject(JsonParser p) throws IOException {
    Obj o = new Obj();
    o.line = p.currentTokenLocation().getLineNr();
    long start = p.currentTokenLocation().getByteOffset();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
        o.fields.put(name, p.getText());
      } else {
        p.skipChildren();
      }
    }
    expect(p, t, JsonToken.END_OBJECT, "a field or the end of the object");
    long end = p.currentLocation().getByteOffset();
    o.raw = start >= 0 && end > start && end <= body.length
        ? new String(body, (int) start, (int) (end - start), StandardCharsets.UTF_8)
        : o.fields.toString();
    return o;
  }

  private void expect(JsonParser p, JsonToken got, JsonToken wanted, String what) throws IOException {
    if (got == null) {
      throw new JsonEOFException(p, null, "expected " + what);
    }
    if (got != wanted) {
      throw new SourceFormatException(SOURCE, url, "expected " + what + " at line "
          + p.currentTokenLocation().getLineNr() + ", column "
          + p.currentTokenLocation().getColumnNr() + ", found " + got, null);
    }
  }

  private void end(JsonParser p) throws IOException {
    JsonToken extra = p.nextToken();
    if (extra != null) {
      throw new SourceFormatException(SOURCE, url, "text after the JSON document at line "
          + p.currentTokenLocation().getLineNr(), null);
    }
  }

  private RuntimeException failure(IOException e) {
    if (e instanceof JsonEOFException) {
      return new HttpFetcher.CutShort("JSON cut short: " + firstLine(e.getMessage()), e);
    }
    if (e instanceof StreamReadException s && s.getLocation() != null) {
      return new SourceFormatException(SOURCE, url, "malformed JSON at line "
          + s.getLocation().getLineNr() + ", column " + s.getLocation().getColumnNr() + ": "
          + firstLine(s.getOriginalMessage()), e);
    }
    return new SourceFormatException(SOURCE, url, "malformed JSON: " + firstLine(e.getMessage()), e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
