package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a {@link BuiltValue} from an object through the type's builder: each known property is read
 * with the deserializer of the attribute's declared type and passed to the builder method of the same
 * name; then {@code build()} applies defaults and the type's checks.
 *
 * <p>A property that is {@code null} is treated as missing. An unknown property is handled as the
 * mapper is configured (the standard codec ignores it). A required attribute that is missing, or a
 * check that fails, is reported with the location of the object's end and the builder's exception as
 * cause.
 */
final class BuiltValueDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private final transient BuiltValue model;
  private final transient JavaType[] types;
  private final transient Map<String, Integer> indexByName = new HashMap<>();
  private transient JsonDeserializer<?>[] deserializers;

  BuiltValueDeserializer(BuiltValue model, JavaType modelType, TypeFactory typeFactory) {
    super(modelType);
    this.model = model;
    this.types = new JavaType[model.attributes().size()];
    for (int i = 0; i < types.length; i++) {
      BuiltValue.Attribute a = model.attributes().get(i);
      types[i] = typeFactory.resolveMemberType(a.genericType(), modelType.getBindings());
      indexByName.put(a.name(), i);
    }
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    JsonDeserializer<?>[] found = new JsonDeserializer<?>[types.length];
    for (int i = 0; i < types.length; i++) {
      // The root lookup wraps the deserializer of a polymorphic (sealed) type with its type handling.
      found[i] = ctxt.findRootValueDeserializer(types[i]);
    }
    deserializers = found;
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      return ctxt.handleUnexpectedToken(getValueType(ctxt), p);
    }
    Object builder = model.newBuilder();
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken valueToken = p.nextToken();
      Integer index = indexByName.get(name);
      if (index == null) {
        ctxt.handleUnknownProperty(p, this, handledType(), name);
        continue;
      }
      if (valueToken == JsonToken.VALUE_NULL) {
        continue;
      }
      BuiltValue.Attribute attribute = model.attributes().get(index);
      try {
        Object v = deserializers[index].deserialize(p, ctxt);
        if (v != null) {
          attribute.set(builder, v);
        }
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, handledType(), name);
      } catch (RuntimeException e) {
        throw JsonMappingException.wrapWithPath(
            ValueInstantiationException.from(p, Conventions.describe(e), types[index], e),
            handledType(), name);
      }
    }
    try {
      return model.build(builder);
    } catch (IllegalStateException e) {
      // Immutables: "Cannot build Scheme, some of required attributes are not set [code]".
      MismatchedInputException missing =
          MismatchedInputException.from(p, getValueType(ctxt), Conventions.describe(e));
      missing.initCause(e);
      throw missing;
    } catch (RuntimeException e) {
      throw ValueInstantiationException.from(p, Conventions.describe(e), getValueType(ctxt), e);
    }
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) throws IOException {
    return typeDeserializer.deserializeTypedFromObject(p, ctxt);
  }
}
