package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.util.NameTransformer;

/** Writes a present optional as its content, an empty one as {@code null} or, as a property, not at all. */
final class OptionalSerializer extends ReferenceTypeSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final OptionalKind kind;

  OptionalSerializer(OptionalKind kind, ReferenceType fullType, boolean staticTyping,
      TypeSerializer contentTypeSerializer, JsonSerializer<Object> contentSerializer) {
    super(fullType, staticTyping, contentTypeSerializer, contentSerializer);
    this.kind = kind;
  }

  private OptionalSerializer(OptionalSerializer base, BeanProperty property,
      TypeSerializer contentTypeSerializer, JsonSerializer<?> contentSerializer,
      NameTransformer unwrapper, Object suppressableValue, boolean suppressNulls) {
    super(base, property, contentTypeSerializer, contentSerializer, unwrapper, suppressableValue,
        suppressNulls);
    this.kind = base.kind;
  }

  @Override
  protected ReferenceTypeSerializer<Object> withResolved(BeanProperty property,
      TypeSerializer contentTypeSerializer, JsonSerializer<?> contentSerializer,
      NameTransformer unwrapper) {
    return new OptionalSerializer(this, property, contentTypeSerializer, contentSerializer, unwrapper,
        _suppressableValue, _suppressNulls);
  }

  @Override
  public ReferenceTypeSerializer<Object> withContentInclusion(Object suppressableValue,
      boolean suppressNulls) {
    return new OptionalSerializer(this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper,
        suppressableValue, suppressNulls);
  }

  @Override
  protected boolean _isValuePresent(Object value) {
    return kind.isPresent(value);
  }

  @Override
  protected Object _getReferenced(Object value) {
    return kind.get(value);
  }

  @Override
  protected Object _getReferencedIfPresent(Object value) {
    return kind.get(value);
  }
}
