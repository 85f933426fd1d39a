package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import java.lang.reflect.Type;

/** Makes the JDK's optional types Jackson reference types, so that inclusion rules treat empty as absent. */
final class OptionalTypeModifier extends TypeModifier {

  @Override
  public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings,
      TypeFactory typeFactory) {
    if (type.isReferenceType() || type.isContainerType()) {
      return type;
    }
    OptionalKind kind = OptionalKind.of(type.getRawClass());
    if (kind == null) {
      return type;
    }
    JavaType content = kind.primitiveContent() == null
        ? type.containedTypeOrUnknown(0)
        : typeFactory.constructType(kind.primitiveContent());
    return ReferenceType.upgradeFrom(type, content);
  }
}
