package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes a {@link BuiltValue} as an object with one property per attribute, in declaration order. An
 * absent attribute (null, or an empty optional) is omitted. A member of a sealed hierarchy always
 * carries its type id.
 */
final class BuiltValueSerializer extends StdSerializer<Object> implements ResolvableSerializer {

  private static final long serialVersionUID = 1L;

  private final transient BuiltValue model;
  private final transient JavaType[] types;
  private final transient JavaType modelType;
  // Resolved once: the type serializer of each attribute's declared type (null unless sealed), and
  // this type's own when it is a member of a sealed hierarchy.
  private transient TypeSerializer[] typeSerializers;
  private transient TypeSerializer ownTypeSerializer;

  BuiltValueSerializer(BuiltValue model, JavaType modelType, TypeFactory typeFactory) {
    super(Object.class);
    this.model = model;
    this.modelType = modelType;
    this.types = new JavaType[model.attributes().size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = typeFactory.resolveMemberType(model.attributes().get(i).genericType(),
          modelType.getBindings());
    }
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    TypeSerializer[] found = new TypeSerializer[types.length];
    for (int i = 0; i < types.length; i++) {
      // Containers and optionals find their content's type serializer themselves.
      if (!types[i].isContainerType() && !types[i].isReferenceType()) {
        found[i] = provider.findTypeSerializer(types[i]);
      }
    }
    ownTypeSerializer =
        SealedTypes.isPolymorphic(model.type()) ? provider.findTypeSerializer(modelType) : null;
    typeSerializers = found;
  }

  /** Jackson resolves a serializer it caches; this covers one used before or without that. */
  private void ensureResolved(SerializerProvider provider) throws JsonMappingException {
    if (typeSerializers == null) {
      resolve(provider);
    }
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
    ensureResolved(provider);
    if (ownTypeSerializer != null) {
      serializeWithType(value, gen, provider, ownTypeSerializer);
      return;
    }
    gen.writeStartObject(value);
    writeAttributes(value, gen, provider);
    gen.writeEndObject();
  }

  @Override
  public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    gen.assignCurrentValue(value);
    WritableTypeId typeId = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.START_OBJECT));
    writeAttributes(value, gen, provider);
    typeSer.writeTypeSuffix(gen, typeId);
  }

  private void writeAttributes(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    ensureResolved(provider);
    for (int i = 0; i < types.length; i++) {
      BuiltValue.Attribute attribute = model.attributes().get(i);
      try {
        Object v = attribute.get(value);
        if (isAbsent(v)) {
          continue;
        }
        gen.writeFieldName(attribute.name());
        writeValue(types[i], typeSerializers[i], v, gen, provider);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, value, attribute.name());
      } catch (RuntimeException e) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(gen, Conventions.describe(e), e), value, attribute.name());
      }
    }
  }

  /**
   * Writes a value the way a bean property of the declared type would be written: statically for final
   * and container types, by the runtime class otherwise, with the declared type's type id if it has one.
   */
  private static void writeValue(JavaType declared, TypeSerializer typeSer, Object v,
      JsonGenerator gen, SerializerProvider provider) throws IOException {
    JsonSerializer<Object> serializer =
        declared.isContainerType() || declared.isReferenceType() || declared.isFinal()
            || declared.isPrimitive()
            ? provider.findValueSerializer(declared, null)
            : provider.findValueSerializer(v.getClass(), null);
    if (typeSer == null) {
      serializer.serialize(v, gen, provider);
    } else {
      serializer.serializeWithType(v, gen, provider, typeSer);
    }
  }

  private static boolean isAbsent(Object v) {
    return v == null
        || (v instanceof Optional<?> o && o.isEmpty())
        || (v instanceof OptionalInt o && o.isEmpty())
        || (v instanceof OptionalLong o && o.isEmpty())
        || (v instanceof OptionalDouble o && o.isEmpty());
  }
}
