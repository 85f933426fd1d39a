package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import java.io.IOException;
import java.util.Collection;

/**
 * The type handling of sealed hierarchies: the simple class name in a {@code "type"} property.
 *
 * <p>When a member is read as itself, the property may be missing (the member is the default), but
 * when it is present it must name that member: Jackson alone would fall back to the default for an
 * unknown id, so reading a {@code Ping} as a {@code Note} would quietly give a {@code Note}.
 */
final class SealedTypeResolverBuilder extends StdTypeResolverBuilder {

  SealedTypeResolverBuilder() {
    init(JsonTypeInfo.Id.NAME, null);
    inclusion(JsonTypeInfo.As.PROPERTY);
    typeProperty(Conventions.TYPE_PROPERTY);
  }

  private SealedTypeResolverBuilder(SealedTypeResolverBuilder base, Class<?> defaultImpl) {
    super(base, defaultImpl);
  }

  @Override
  public StdTypeResolverBuilder withDefaultImpl(Class<?> defaultImpl) {
    return new SealedTypeResolverBuilder(this, defaultImpl);
  }

  @Override
  protected TypeIdResolver idResolver(MapperConfig<?> config, JavaType baseType,
      PolymorphicTypeValidator subtypeValidator, Collection<NamedType> subtypes, boolean forSer,
      boolean forDeser) {
    TypeIdResolver names =
        super.idResolver(config, baseType, subtypeValidator, subtypes, forSer, forDeser);
    return new StrictIds(names, baseType);
  }

  /** Rejects an unknown type id instead of falling back to the default member. */
  private static final class StrictIds implements TypeIdResolver {

    private final TypeIdResolver names;
    private final JavaType baseType;

    StrictIds(TypeIdResolver names, JavaType baseType) {
      this.names = names;
      this.baseType = baseType;
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) throws IOException {
      JavaType type = names.typeFromId(context, id);
      if (type == null && context instanceof DeserializationContext ctxt) {
        return ctxt.handleUnknownTypeId(baseType, id, this,
            "known type ids = " + names.getDescForKnownTypeIds());
      }
      return type;
    }

    @Override
    public void init(JavaType type) {
      names.init(type);
    }

    @Override
    public String idFromValue(Object value) {
      return names.idFromValue(value);
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
      return names.idFromValueAndType(value, suggestedType);
    }

    @Override
    public String idFromBaseType() {
      return names.idFromBaseType();
    }

    @Override
    public String getDescForKnownTypeIds() {
      return names.getDescForKnownTypeIds();
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
      return names.getMechanism();
    }
  }
}
