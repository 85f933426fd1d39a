package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes a {@link ScalarRecord} as its one value, with the serializer of the component's type: a
 * {@code BigDecimal} as a plain-notation string, an {@code int} as a number, a {@code String} as a
 * string. As a map key it writes the component's text.
 */
final class ScalarRecordSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ScalarRecord model;
  private final boolean asKey;

  ScalarRecordSerializer(ScalarRecord model, boolean asKey) {
    super(Object.class);
    this.model = model;
    this.asKey = asKey;
  }

  @Override
  public Class<Object> handledType() {
    @SuppressWarnings("unchecked")
    Class<Object> type = (Class<Object>) model.type();
    return type;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    Object component = model.unwrap(value);
    if (asKey) {
      gen.writeFieldName(component instanceof BigDecimal d ? d.toPlainString() : String.valueOf(component));
      return;
    }
    if (component == null) {
      provider.defaultSerializeNull(gen);
      return;
    }
    JavaType type = provider.getTypeFactory().constructType(model.componentType());
    JsonSerializer<Object> serializer = provider.findValueSerializer(type, null);
    serializer.serialize(component, gen, provider);
  }
}
