package in.lumpsum.core.internal.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The convention for sealed hierarchies: every lumpsum class with a sealed lumpsum supertype, and every
 * sealed lumpsum interface or class itself, is polymorphic, with the simple name of its permitted class
 * as type id in a {@code "type"} property.
 *
 * <p>The members are found from {@link Class#getPermittedSubclasses()}, so a new member needs no
 * registration. A hierarchy is checked once, when first used: two concrete members with one simple name,
 * or a member with its own {@code type} component or attribute, are definition errors.
 */
final class SealedTypes {

  private static final ClassValue<Boolean> POLYMORPHIC = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> c) {
      if (!Conventions.isLumpsumType(c) || c.isEnum() || c.isAnnotation()) {
        return false;
      }
      boolean polymorphic = false;
      for (Class<?> s : ancestorsAndSelf(c)) {
        if (s.isSealed() && Conventions.isLumpsumType(s)) {
          concreteMembers(s); // validates the hierarchy once
          polymorphic = true;
        }
      }
      return polymorphic;
    }
  };

  private static final ClassValue<List<Class<?>>> MEMBERS = new ClassValue<>() {
    @Override
    protected List<Class<?>> computeValue(Class<?> sealed) {
      List<Class<?>> members = new ArrayList<>();
      collect(sealed, members, new HashSet<>());
      Map<String, Class<?>> byName = new HashMap<>();
      for (Class<?> m : members) {
        Class<?> other = byName.put(m.getSimpleName(), m);
        if (other != null) {
          throw new IllegalStateException("sealed " + sealed.getName() + ": " + other.getName() + " and "
              + m.getName() + " share the type id '" + m.getSimpleName() + "'; rename one");
        }
        if (ownProperties(m).contains(Conventions.TYPE_PROPERTY)) {
          throw new IllegalStateException("sealed " + sealed.getName() + ": " + m.getName()
              + " has a property named '" + Conventions.TYPE_PROPERTY
              + "', which is the type discriminator of sealed hierarchies; rename it");
        }
      }
      return List.copyOf(members);
    }
  };

  private SealedTypes() {}

  /** True if values of the class carry a type id: it is sealed, or has a sealed lumpsum ancestor. */
  static boolean isPolymorphic(Class<?> c) {
    return POLYMORPHIC.get(c);
  }

  /**
   * Returns the members of a sealed type that values can have: its permitted subclasses, with each sealed
   * one replaced by its own members.
   */
  static List<Class<?>> concreteMembers(Class<?> sealed) {
    return MEMBERS.get(sealed);
  }

  /**
   * Returns the type id of a class: the simple name of the nearest class in its superclass chain that a
   * sealed type permits. A generated implementation ({@code ImmutableX extends X}) so takes the name of
   * its abstract type.
   */
  static String typeId(Class<?> c) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      if (isPermittedMember(k)) {
        return k.getSimpleName();
      }
    }
    return c.getSimpleName();
  }

  private static boolean isPermittedMember(Class<?> k) {
    Class<?> sup = k.getSuperclass();
    if (sup != null && permits(sup, k)) {
      return true;
    }
    for (Class<?> i : k.getInterfaces()) {
      if (permits(i, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean permits(Class<?> sealed, Class<?> k) {
    return sealed.isSealed() && Arrays.asList(sealed.getPermittedSubclasses()).contains(k);
  }

  private static void collect(Class<?> sealed, List<Class<?>> out, Set<Class<?>> seen) {
    for (Class<?> p : sealed.getPermittedSubclasses()) {
      if (!seen.add(p)) {
        continue;
      }
      if (p.isSealed()) {
        collect(p, out, seen);
      } else {
        out.add(p);
      }
    }
  }

  private static Set<String> ownProperties(Class<?> m) {
    Set<String> names = new HashSet<>();
    if (m.isRecord()) {
      for (var rc : m.getRecordComponents()) {
        names.add(rc.getName());
      }
    }
    BuiltValue.of(m).ifPresent(b -> b.attributes().forEach(a -> names.add(a.name())));
    return names;
  }

  private static List<Class<?>> ancestorsAndSelf(Class<?> c) {
    List<Class<?>> out = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    todo.add(c);
    while (!todo.isEmpty()) {
      Class<?> k = todo.poll();
      if (k == null || k == Object.class || !seen.add(k)) {
        continue;
      }
      out.add(k);
      if (k.getSuperclass() != null) {
        todo.add(k.getSuperclass());
      }
      todo.addAll(Arrays.asList(k.getInterfaces()));
    }
    return out;
  }
}
