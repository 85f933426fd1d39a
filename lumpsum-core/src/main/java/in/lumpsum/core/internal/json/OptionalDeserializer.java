package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;

/** Reads an optional: {@code null} or a missing property as empty, anything else as its content. */
final class OptionalDeserializer extends ReferenceTypeDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final OptionalKind kind;

  OptionalDeserializer(OptionalKind kind, JavaType fullType, ValueInstantiator instantiator,
      TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer) {
    super(fullType, instantiator, contentTypeDeserializer, contentDeserializer);
    this.kind = kind;
  }

  @Override
  protected ReferenceTypeDeserializer<Object> withResolved(TypeDeserializer contentTypeDeserializer,
      JsonDeserializer<?> contentDeserializer) {
    return new OptionalDeserializer(kind, _fullType, _valueInstantiator, contentTypeDeserializer,
        contentDeserializer);
  }

  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    return kind.empty();
  }

  @Override
  public Object getEmptyValue(DeserializationContext ctxt) {
    return kind.empty();
  }

  @Override
  public Object getAbsentValue(DeserializationContext ctxt) {
    return kind.empty();
  }

  @Override
  public Object referenceValue(Object contents) {
    return kind.of(contents);
  }

  @Override
  public Object updateReference(Object reference, Object contents) {
    return kind.of(contents);
  }

  @Override
  public Object getReferenced(Object reference) {
    return kind.get(reference);
  }
}
