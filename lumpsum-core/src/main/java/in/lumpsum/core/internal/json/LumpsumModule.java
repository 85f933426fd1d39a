package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleAbstractTypeResolver;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.ReferenceType;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Jackson module that maps lumpsum's models by convention, with no per-type registration:
 *
 * <ul>
 *   <li>{@link ScalarRecord}s are written as their one value and read through their constructor, also
 *       as map keys;
 *   <li>{@link BuiltValue}s are written from their attribute accessors and read through their builder;
 *   <li>sealed hierarchies get a {@code "type"} discriminator from {@link LumpsumIntrospector}, which
 *       their members write even where Jackson would not ask ({@link SelfTypingSerializer});
 *   <li>the JDK's {@code Optional}, {@code OptionalInt}, {@code OptionalLong} and
 *       {@code OptionalDouble} are reference types ({@link OptionalTypeModifier});
 *   <li>a {@code Set} is read into a {@code LinkedHashSet}, keeping the JSON's order.
 * </ul>
 *
 * <p>Records with several components, enums and {@code java.time} types are left to Jackson and its
 * JSR-310 module.
 */
final class LumpsumModule extends Module {

  @Override
  public String getModuleName() {
    return "lumpsum";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addTypeModifier(new OptionalTypeModifier());
    context.insertAnnotationIntrospector(new LumpsumIntrospector());
    context.addSerializers(new ValueSerializers());
    context.addKeySerializers(new KeySerializers());
    context.addDeserializers(new ValueDeserializers());
    context.addKeyDeserializers(new ScalarKeyDeserializers());
    context.addBeanSerializerModifier(new SealedMemberModifier());
    // A set read from JSON keeps the array's order (Jackson's default is a HashSet), so that a value
    // read and written again gives the same text; an Immutables set copies that order.
    context.addAbstractTypeResolver(
        new SimpleAbstractTypeResolver().addMapping(Set.class, LinkedHashSet.class));
  }

  private static final class ValueSerializers extends Serializers.Base {

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (!Conventions.isLumpsumType(raw)) {
        return null;
      }
      var scalar = ScalarRecord.of(raw);
      if (scalar.isPresent()) {
        return new ScalarRecordSerializer(scalar.get(), false);
      }
      return BuiltValue.ofInstancesOf(raw)
          .map(b -> new BuiltValueSerializer(b, config.constructType(b.type()),
              config.getTypeFactory()))
          .orElse(null);
    }

    @Override
    public JsonSerializer<?> findReferenceSerializer(SerializationConfig config,
        ReferenceType refType, BeanDescription beanDesc, TypeSerializer contentTypeSerializer,
        JsonSerializer<Object> contentValueSerializer) {
      OptionalKind kind = OptionalKind.of(refType.getRawClass());
      if (kind == null) {
        return null;
      }
      boolean staticTyping =
          contentTypeSerializer == null && config.isEnabled(MapperFeature.USE_STATIC_TYPING);
      return new OptionalSerializer(kind, refType, staticTyping, contentTypeSerializer,
          contentValueSerializer);
    }
  }

  private static final class KeySerializers extends Serializers.Base {

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      return ScalarRecord.of(type.getRawClass())
          .map(s -> new ScalarRecordSerializer(s, true))
          .orElse(null);
    }
  }

  private static final class ValueDeserializers extends Deserializers.Base {

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (!Conventions.isLumpsumType(raw)) {
        return null;
      }
      var scalar = ScalarRecord.of(raw);
      if (scalar.isPresent()) {
        return new ScalarRecordDeserializer(scalar.get());
      }
      return BuiltValue.of(raw)
          .map(b -> new BuiltValueDeserializer(b, type, config.getTypeFactory()))
          .orElse(null);
    }

    @Override
    public JsonDeserializer<?> findReferenceDeserializer(ReferenceType refType,
        DeserializationConfig config, BeanDescription beanDesc,
        TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer) {
      OptionalKind kind = OptionalKind.of(refType.getRawClass());
      if (kind == null) {
        return null;
      }
      return new OptionalDeserializer(kind, refType, null, contentTypeDeserializer,
          contentDeserializer);
    }
  }

  private static final class ScalarKeyDeserializers implements KeyDeserializers {

    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return ScalarRecord.of(type.getRawClass())
          .<KeyDeserializer>map(ScalarRecordDeserializer.Key::new)
          .orElse(null);
    }
  }

  /** Makes the concrete members of sealed hierarchies write their type id wherever they appear. */
  private static final class SealedMemberModifier extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beanDesc,
        JsonSerializer<?> serializer) {
      Class<?> raw = beanDesc.getBeanClass();
      if (serializer instanceof BuiltValueSerializer || raw.isInterface()
          || Modifier.isAbstract(raw.getModifiers()) || !SealedTypes.isPolymorphic(raw)) {
        return serializer;
      }
      return new SelfTypingSerializer(serializer, raw);
    }
  }
}
