package in.lumpsum.core.internal.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The convention for value types that wrap one value: a lumpsum record with exactly one component, not
 * a member of a sealed hierarchy, whose component is not a collection, map, array or optional. Such a
 * record is written as its component ({@code SchemeCode} as {@code 119551}, {@code Money} as
 * {@code "1234.50"}) and read back through its canonical constructor, so that its validation and
 * normalisation apply.
 *
 * @param type the record class
 * @param accessor the component's accessor
 * @param constructor the canonical constructor
 * @param componentType the component's generic type
 */
record ScalarRecord(Class<?> type, Method accessor, Constructor<?> constructor, Type componentType) {

  private static final ClassValue<Optional<ScalarRecord>> CACHE = new ClassValue<>() {
    @Override
    protected Optional<ScalarRecord> computeValue(Class<?> c) {
      return Optional.ofNullable(introspect(c));
    }
  };

  /** Returns the model of a record that follows the convention. */
  static Optional<ScalarRecord> of(Class<?> c) {
    return CACHE.get(c);
  }

  /** Returns the one value the record wraps. */
  Object unwrap(Object value) {
    return Conventions.invoke(accessor, value);
  }

  /** Creates the record from its one value; the record's validation exceptions pass unwrapped. */
  Object wrap(Object component) {
    try {
      return constructor.newInstance(component);
    } catch (InvocationTargetException e) {
      throw Conventions.rethrow(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type.getName(), e);
    }
  }

  private static ScalarRecord introspect(Class<?> c) {
    if (!Conventions.isLumpsumType(c) || !c.isRecord() || SealedTypes.isPolymorphic(c)) {
      return null;
    }
    RecordComponent[] components = c.getRecordComponents();
    if (components.length != 1) {
      return null;
    }
    Class<?> raw = components[0].getType();
    if (raw.isArray() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
        || raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
        || raw == OptionalDouble.class) {
      return null;
    }
    Constructor<?> constructor;
    try {
      constructor = c.getDeclaredConstructor(raw);
    } catch (NoSuchMethodException e) {
      return null;
    }
    return new ScalarRecord(c, Conventions.accessible(components[0].getAccessor()),
        Conventions.accessible(constructor), components[0].getGenericType());
  }
}
