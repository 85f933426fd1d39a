package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.json.JsonCodecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The {@link JsonCodec} backed by a Jackson {@link ObjectMapper} configured for lumpsum's JSON format
 * (described on {@link JsonCodec}). Thread-safe: the mapper is configured once and only used after.
 */
public final class JacksonJsonCodec implements JsonCodec {

  private static final JacksonJsonCodec STANDARD = new JacksonJsonCodec(newMapper());

  private final ObjectMapper mapper;

  private JacksonJsonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns the shared codec in lumpsum's JSON format.
   *
   * @return the standard codec
   */
  public static JsonCodec standard() {
    return STANDARD;
  }

  /** Builds the mapper of lumpsum's JSON format; each setting is a decision documented on JsonCodec. */
  static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // Exception messages never quote the document: it may hold PANs, folio numbers and names.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new LumpsumModule())
        // ISO-8601 text for java.time values, never epoch numbers; keep the offset as written.
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        // Decimals as strings, exact; a JSON number read as a BigDecimal, never through double.
        .withConfigOverride(BigDecimal.class,
            o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // Absent values (null, empty optionals) are omitted.
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        // Forward compatibility: properties of a later version are ignored.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Strictness where leniency would change a value: 12.7 is no scheme code, null no int.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  @Override
  public String toJson(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, null);
    } catch (LumpsumException | IllegalStateException | IllegalArgumentException e) {
      throw JsonErrors.unexpected(e);
    }
  }

  @Override
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      mapper.writeValue(out, value);
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, null);
    } catch (IOException e) {
      throw JsonErrors.io(e);
    } catch (LumpsumException | IllegalStateException | IllegalArgumentException e) {
      throw JsonErrors.unexpected(e);
    }
  }

  @Override
  public <T> T fromJson(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return read(() -> mapper.createParser(json), mapper.constructType(type));
  }

  @Override
  public <T> T read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    return read(() -> mapper.createParser(in), mapper.constructType(type));
  }

  @Override
  public <T> List<T> listFromJson(String json, Class<T> elementType) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(elementType, "elementType");
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, elementType);
    List<T> list = read(() -> mapper.createParser(json), listType);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new JsonCodecException("$[" + i + "]: null where " + elementType.getSimpleName()
            + " is required", "$[" + i + "]", -1, -1, null);
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private <T> T read(ParserSource source, JavaType type) {
    JsonParser parser = null;
    try {
      parser = source.open();
      T value = mapper.readValue(parser, type);
      if (value == null) {
        throw JsonErrors.nullDocument(parser, type.getRawClass());
      }
      return value;
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, parser);
    } catch (IOException e) {
      throw JsonErrors.io(e);
    } catch (LumpsumException | IllegalStateException | IllegalArgumentException e) {
      throw JsonErrors.unexpected(e);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // Closing the parser releases its buffers only: AUTO_CLOSE_SOURCE is off.
        }
      }
    }
  }
}
