package in.lumpsum.core.goal;

/**
 * How much a goal matters, which decides what gives way when money falls short. Declared from most to
 * least important.
 *
 * @since 0.1.0
 */
public enum GoalPriority {
  /** Must be met: retirement, an emergency fund, a child's education. */
  ESSENTIAL,
  /** Should be met: a house, a car. */
  IMPORTANT,
  /** Nice to meet: travel, a second home. */
  ASPIRATIONAL
}
