package in.lumpsum.core.internal.json;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The convention for types built through a builder, as Immutables generates them: an abstract class or
 * interface {@code T} with a public static {@code builder()} whose result has a public no-argument
 * {@code build()} returning a {@code T}.
 *
 * <p>The attributes of {@code T} are its public no-argument, non-void instance methods for which the
 * builder has a one-argument method of the same name accepting the method's return type. That pairs
 * {@code code()} with {@code code(SchemeCode)}, {@code isin()} of type {@code Optional<Isin>} with
 * {@code isin(Optional<? extends Isin>)} (not with the overload {@code isin(Isin)}), and
 * {@code holdings()} of type {@code List<Holding>} with {@code holdings(Iterable<? extends Holding>)}.
 * Methods that take parameters, and derived methods without a builder method, are not attributes.
 *
 * <p>Attributes are in declaration order, which is the order of the builder's fields (the order the
 * generator writes them in); any attribute without a field follows, by name.
 *
 * @param type the abstract type {@code T}
 * @param builderFactory the static {@code builder()} of {@code T}
 * @param build the builder's {@code build()}
 * @param attributes the attributes, in declaration order
 */
record BuiltValue(Class<?> type, Method builderFactory, Method build, List<Attribute> attributes) {

  /**
   * One attribute.
   *
   * @param name the name, used as the JSON property name
   * @param accessor the no-argument accessor on the abstract type
   * @param setter the builder method that accepts the accessor's type
   * @param genericType the accessor's generic return type
   */
  record Attribute(String name, Method accessor, Method setter, Type genericType) {

    Object get(Object value) {
      return Conventions.invoke(accessor, value);
    }

    void set(Object builder, Object attributeValue) {
      Conventions.invoke(setter, builder, attributeValue);
    }
  }

  private static final ClassValue<Optional<BuiltValue>> EXACT = new ClassValue<>() {
    @Override
    protected Optional<BuiltValue> computeValue(Class<?> c) {
      return Optional.ofNullable(introspect(c));
    }
  };

  private static final ClassValue<Optional<BuiltValue>> OF_INSTANCE = new ClassValue<>() {
    @Override
    protected Optional<BuiltValue> computeValue(Class<?> c) {
      for (Class<?> k = c; k != null && Conventions.isLumpsumType(k); k = k.getSuperclass()) {
        Optional<BuiltValue> b = EXACT.get(k);
        if (b.isPresent()) {
          return b;
        }
      }
      for (Class<?> i : c.getInterfaces()) {
        Optional<BuiltValue> b = EXACT.get(i);
        if (b.isPresent()) {
          return b;
        }
      }
      return Optional.empty();
    }
  };

  /** Returns the model of a type that is itself built through a builder. */
  static Optional<BuiltValue> of(Class<?> type) {
    return EXACT.get(type);
  }

  /**
   * Returns the model for instances of a class: that of the class or of the nearest ancestor built
   * through a builder, so that a generated {@code ImmutableScheme} maps as a {@code Scheme}.
   */
  static Optional<BuiltValue> ofInstancesOf(Class<?> c) {
    return OF_INSTANCE.get(c);
  }

  /** Returns a new, empty builder. */
  Object newBuilder() {
    return Conventions.invoke(builderFactory, null);
  }

  /** Builds the value; the type's checks run here. */
  Object build(Object builder) {
    return Conventions.invoke(build, builder);
  }

  private static BuiltValue introspect(Class<?> c) {
    if (!Conventions.isLumpsumType(c) || c.isRecord() || c.isEnum() || c.isPrimitive()
        || Modifier.isFinal(c.getModifiers())) {
      return null;
    }
    Method factory;
    try {
      factory = c.getDeclaredMethod("builder");
    } catch (NoSuchMethodException e) {
      return null;
    }
    int mods = factory.getModifiers();
    if (!Modifier.isStatic(mods) || !Modifier.isPublic(mods)) {
      return null;
    }
    Class<?> builderClass = factory.getReturnType();
    Method build;
    try {
      build = builderClass.getMethod("build");
    } catch (NoSuchMethodException e) {
      return null;
    }
    if (!c.isAssignableFrom(build.getReturnType())) {
      return null;
    }
    Map<String, Attribute> byName = new LinkedHashMap<>();
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
          || m.getReturnType() == void.class || m.isBridge() || m.isSynthetic()
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Method setter = setterFor(builderClass, m.getName(), m.getReturnType());
      if (setter == null) {
        continue;
      }
      Attribute previous = byName.get(m.getName());
      // A covariant override appears twice among the public methods: keep the narrower return type.
      if (previous == null
          || previous.accessor().getReturnType().isAssignableFrom(m.getReturnType())) {
        byName.put(m.getName(), new Attribute(m.getName(), Conventions.accessible(m),
            Conventions.accessible(setter), m.getGenericReturnType()));
      }
    }
    Conventions.accessible(factory);
    Conventions.accessible(build);
    return new BuiltValue(c, factory, build, ordered(builderClass, byName));
  }

  /**
   * Returns the builder method named like the attribute whose one parameter accepts the attribute's
   * type, the narrowest if several, or null.
   */
  private static Method setterFor(Class<?> builderClass, String name, Class<?> attributeType) {
    Method best = null;
    for (Method s : builderClass.getMethods()) {
      if (!s.getName().equals(name) || s.getParameterCount() != 1 || Modifier.isStatic(s.getModifiers())
          || s.isBridge() || s.isSynthetic()) {
        continue;
      }
      Class<?> p = s.getParameterTypes()[0];
      boolean accepts = attributeType.isPrimitive() ? p == attributeType : p.isAssignableFrom(attributeType);
      if (accepts && (best == null || best.getParameterTypes()[0].isAssignableFrom(p))) {
        best = s;
      }
    }
    return best;
  }

  private static List<Attribute> ordered(Class<?> builderClass, Map<String, Attribute> byName) {
    Map<String, Attribute> rest = new LinkedHashMap<>(byName);
    List<Attribute> out = new ArrayList<>(byName.size());
    List<Class<?>> chain = new ArrayList<>();
    for (Class<?> k = builderClass; k != null && k != Object.class; k = k.getSuperclass()) {
      chain.add(0, k);
    }
    for (Class<?> k : chain) {
      for (Field f : k.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          Attribute a = rest.remove(f.getName());
          if (a != null) {
            out.add(a);
          }
        }
      }
    }
    rest.values().stream().sorted(Comparator.comparing(Attribute::name)).forEach(out::add);
    return List.copyOf(out);
  }
}
