package in.lumpsum.core.json;

/** Sealed hierarchies that the conventions must reject with a clear definition error. */
final class BadHierarchies {

  private BadHierarchies() {}

  /** Two members with one simple name, so one type id: ambiguous on reading. */
  sealed interface Clash permits First.Same, Second.Same {}

  /** Holds one {@code Same}. */
  static final class First {
    private First() {}

    /** One member. */
    record Same(int a) implements Clash {}
  }

  /** Holds the other {@code Same}. */
  static final class Second {
    private Second() {}

    /** The other member. */
    record Same(String b) implements Clash {}
  }

  /** A member with its own {@code type} component, which would collide with the discriminator. */
  sealed interface Typed permits Kinded {}

  /** The colliding member. */
  record Kinded(String type, int n) implements Typed {}
}
