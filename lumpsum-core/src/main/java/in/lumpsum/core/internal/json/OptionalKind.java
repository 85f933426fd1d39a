package in.lumpsum.core.internal.json;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The JDK's optional types, handled as Jackson reference types: {@code Optional<T>} holds a {@code T},
 * {@code OptionalInt} an {@code int}, and so on. (The codec does not depend on jackson-datatype-jdk8.)
 */
enum OptionalKind {
  OBJECT(Optional.class, null),
  INT(OptionalInt.class, int.class),
  LONG(OptionalLong.class, long.class),
  DOUBLE(OptionalDouble.class, double.class);

  private final Class<?> type;
  private final Class<?> content;

  OptionalKind(Class<?> type, Class<?> content) {
    this.type = type;
    this.content = content;
  }

  /** Returns the kind of a raw class, or null if it is no optional type. */
  static OptionalKind of(Class<?> raw) {
    for (OptionalKind k : values()) {
      if (k.type == raw) {
        return k;
      }
    }
    return null;
  }

  /** The content type of a primitive optional; null for {@code Optional<T>}, whose content is {@code T}. */
  Class<?> primitiveContent() {
    return content;
  }

  Object empty() {
    return switch (this) {
      case OBJECT -> Optional.empty();
      case INT -> OptionalInt.empty();
      case LONG -> OptionalLong.empty();
      case DOUBLE -> OptionalDouble.empty();
    };
  }

  Object of(Object content) {
    if (content == null) {
      return empty();
    }
    return switch (this) {
      case OBJECT -> Optional.of(content);
      case INT -> OptionalInt.of(((Number) content).intValue());
      case LONG -> OptionalLong.of(((Number) content).longValue());
      case DOUBLE -> OptionalDouble.of(((Number) content).doubleValue());
    };
  }

  boolean isPresent(Object optional) {
    return switch (this) {
      case OBJECT -> ((Optional<?>) optional).isPresent();
      case INT -> ((OptionalInt) optional).isPresent();
      case LONG -> ((OptionalLong) optional).isPresent();
      case DOUBLE -> ((OptionalDouble) optional).isPresent();
    };
  }

  /** Returns the content, boxed, or null when empty. */
  Object get(Object optional) {
    if (!isPresent(optional)) {
      return null;
    }
    return switch (this) {
      case OBJECT -> ((Optional<?>) optional).get();
      case INT -> ((OptionalInt) optional).getAsInt();
      case LONG -> ((OptionalLong) optional).getAsLong();
      case DOUBLE -> ((OptionalDouble) optional).getAsDouble();
    };
  }
}
