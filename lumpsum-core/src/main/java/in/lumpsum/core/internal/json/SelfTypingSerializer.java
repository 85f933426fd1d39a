package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import java.io.IOException;

/**
 * Wraps the serializer of a member of a sealed hierarchy so that it writes its type id even where
 * Jackson does not ask for one: an element of a {@code List<Object>}, a value in a {@code Map<String,
 * Object>}, a root list. Without it a list of events written as a plain list could not be read back.
 */
final class SelfTypingSerializer extends JsonSerializer<Object>
    implements ContextualSerializer, ResolvableSerializer {

  private final JsonSerializer<Object> delegate;
  private final Class<?> type;
  private volatile TypeSerializer typeSerializer;

  @SuppressWarnings("unchecked")
  SelfTypingSerializer(JsonSerializer<?> delegate, Class<?> type) {
    this.delegate = (JsonSerializer<Object>) delegate;
    this.type = type;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    TypeSerializer typeSer = typeSerializer;
    if (typeSer == null) {
      // Idempotent: a race computes the same serializer twice at worst.
      typeSer = provider.findTypeSerializer(provider.constructType(type));
      typeSerializer = typeSer;
    }
    if (typeSer == null) {
      delegate.serialize(value, gen, provider);
    } else {
      delegate.serializeWithType(value, gen, provider, typeSer);
    }
  }

  @Override
  public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    delegate.serializeWithType(value, gen, provider, typeSer);
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
      throws JsonMappingException {
    JsonSerializer<?> contextual = provider.handleSecondaryContextualization(delegate, property);
    return contextual == delegate ? this : new SelfTypingSerializer(contextual, type);
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    if (delegate instanceof ResolvableSerializer resolvable) {
      resolvable.resolve(provider);
    }
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Object value) {
    return delegate.isEmpty(provider, value);
  }

  @Override
  public boolean usesObjectId() {
    return delegate.usesObjectId();
  }

  @Override
  public Class<Object> handledType() {
    return delegate.handledType();
  }
}
