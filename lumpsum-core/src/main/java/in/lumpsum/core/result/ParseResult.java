package in.lumpsum.core.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of reading input that may be partly bad: the values read, and one {@link Problem} per
 * row or field that was not.
 *
 * <p>A reader that returns a {@code ParseResult} drops nothing silently: every input row is either
 * among the {@link #values()} or named by a whole-row {@link Problem}. Both lists are immutable and keep
 * input order.
 *
 * <p>Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the type of the values read
 * @param values the values read, in input order
 * @param problems the problems, in input order
 * @since 0.1.0
 */
public record ParseResult<T>(List<T> values, List<Problem> problems) {

  /**
   * Creates a result, copying both lists.
   *
   * @param values the values read
   * @param problems the problems
   * @throws NullPointerException if either list or any element is null
   */
  public ParseResult {
    values = List.copyOf(values);
    problems = List.copyOf(problems);
  }

  /**
   * Returns a result.
   *
   * @param <T> the type of the values
   * @param values the values read
   * @param problems the problems
   * @return the result
   */
  public static <T> ParseResult<T> of(List<T> values, List<Problem> problems) {
    return new ParseResult<>(values, problems);
  }

  /**
   * Returns a builder that collects values and problems as a reader meets them.
   *
   * @param <T> the type of the values
   * @return a new builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Tells whether everything was read: there are no problems.
   *
   * @return true when {@link #problems()} is empty
   */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  /**
   * Returns the number of rows left out: the problems that concern a whole row.
   *
   * @return the count of whole-row problems
   */
  public int rejectedCount() {
    int n = 0;
    for (Problem p : problems) {
      if (p.isWholeRow()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Counts the problems by reason.
   *
   * @return an unmodifiable map from reason to count, in order of each reason's first occurrence
   */
  public Map<String, Integer> problemCountsByReason() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Problem p : problems) {
      counts.merge(p.reason(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Collects the values and problems of a {@link ParseResult}. Not thread-safe.
   *
   * @param <T> the type of the values
   */
  public static final class Builder<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a value read.
     *
     * @param value the value
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder<T> add(T value) {
      values.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a problem.
     *
     * @param problem the problem
     * @return this builder
     * @throws NullPointerException if {@code problem} is null
     */
    public Builder<T> problem(Problem problem) {
      problems.add(Objects.requireNonNull(problem, "problem"));
      return this;
    }

    /**
     * Returns the result collected so far; the builder may go on collecting.
     *
     * @return the result
     */
    public ParseResult<T> build() {
      return new ParseResult<>(values, problems);
    }
  }
}
