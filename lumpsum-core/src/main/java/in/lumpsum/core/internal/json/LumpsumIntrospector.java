package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Supplies, by convention, what annotations would otherwise say, so that lumpsum's domain types carry
 * none: the type handling of sealed hierarchies, and that a record's JSON holds only its components.
 * It runs ahead of Jackson's own annotation introspector, which still applies to everything else.
 */
final class LumpsumIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * A sealed type, or a member of one, has its type id in a {@code "type"} property; a member read as
   * itself may omit it.
   */
  @Override
  public TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass ac,
      JavaType baseType) {
    if (!SealedTypes.isPolymorphic(ac.getRawType())) {
      return null;
    }
    StdTypeResolverBuilder builder = new SealedTypeResolverBuilder();
    // A member read as itself needs no type id: the member is the default. (The mapper's
    // USE_BASE_TYPE_AS_DEFAULT_IMPL covers records, not an abstract built value such as Memo.)
    return ac.getRawType().isSealed() ? builder : builder.defaultImpl(ac.getRawType());
  }

  /** The subtypes of a sealed type are its concrete members, named by {@link SealedTypes#typeId}. */
  @Override
  public List<NamedType> findSubtypes(Annotated a) {
    if (a instanceof AnnotatedClass ac && ac.getRawType().isSealed()
        && Conventions.isLumpsumType(ac.getRawType())) {
      return SealedTypes.concreteMembers(ac.getRawType()).stream()
          .map(m -> new NamedType(m, SealedTypes.typeId(m)))
          .toList();
    }
    return null;
  }

  @Override
  public String findTypeName(AnnotatedClass ac) {
    return SealedTypes.isPolymorphic(ac.getRawType()) ? SealedTypes.typeId(ac.getRawType()) : null;
  }

  /**
   * A lumpsum record is written as its components only: other getter-like methods ({@code isZero()},
   * {@code getCountry()}) are ignored.
   */
  @Override
  public boolean hasIgnoreMarker(AnnotatedMember m) {
    if (m instanceof AnnotatedMethod method && method.getParameterCount() == 0) {
      Class<?> owner = method.getDeclaringClass();
      if (owner.isRecord() && Conventions.isLumpsumType(owner)) {
        for (RecordComponent rc : owner.getRecordComponents()) {
          if (rc.getName().equals(method.getName())) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
