package in.lumpsum.core.internal.json;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Which classes the conventions of this package apply to, and small reflection helpers. */
final class Conventions {

  /** The package prefix of the types mapped by convention. */
  static final String PACKAGE_PREFIX = "in.lumpsum.";

  /** The discriminator property of members of a sealed hierarchy. */
  static final String TYPE_PROPERTY = "type";

  private Conventions() {}

  /** True for lumpsum's classes (and test classes in its packages): the conventions apply to these only. */
  static boolean isLumpsumType(Class<?> c) {
    return c != null && !c.isPrimitive() && !c.isArray() && c.getName().startsWith(PACKAGE_PREFIX);
  }

  /**
   * Makes a member accessible: accessors and builder methods are often declared in package-private
   * generated classes. The caller is in lumpsum-core's module, which opens its packages.
   */
  static <T extends AccessibleObject> T accessible(T member) {
    member.setAccessible(true);
    return member;
  }

  /** Invokes a method, rethrowing what the method itself threw (validation errors) unwrapped. */
  static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  /** Returns an unchecked form of a throwable thrown by model code, to be thrown by the caller. */
  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /** Returns the message of a model's exception, or its class name when it has none. */
  static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
