package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared partial-success types of {@code in.lumpsum.core.result}, as the AMFI reader uses them.
 * (Kept with the reader's tests, which introduced them.)
 */
class ProblemAndParseResultTest {

  @Test
  void problem_wholeRowOrField() {
    Problem row = Problem.row(12, "x;y", "date is not a valid dd-MMM-yyyy date");
    Problem field = Problem.field(13, "isinReinvestment", "a;b", "not a valid ISIN, read as no ISIN");

    assertThat(row.isWholeRow()).isTrue();
    assertThat(row.field()).isEmpty();
    assertThat(field.isWholeRow()).isFalse();
    assertThat(row).hasToString("line 12: date is not a valid dd-MMM-yyyy date ('x;y')");
    assertThat(field).hasToString("line 13: isinReinvestment: not a valid ISIN, read as no ISIN ('a;b')");
    assertThat(row).isEqualTo(new Problem(12, "", "x;y", "date is not a valid dd-MMM-yyyy date"));
  }

  @Test
  void problem_rejectsBadArguments() {
    assertThatThrownBy(() -> Problem.row(-1, "", "r")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line:");
    assertThatThrownBy(() -> Problem.row(1, "", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reason:");
    assertThatThrownBy(() -> Problem.field(1, " ", "", "r")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field:");
    assertThatThrownBy(() -> new Problem(1, null, "", "r")).isInstanceOf(NullPointerException.class)
        .hasMessage("field");
  }

  @Test
  void parseResult_isImmutableAndCounts() {
    List<String> values = new ArrayList<>(List.of("a", "b"));
    List<Problem> problems = new ArrayList<>(List.of(Problem.row(3, "?", "bad"),
        Problem.field(4, "f", "?", "odd"), Problem.row(5, "?", "bad")));
    ParseResult<String> r = ParseResult.of(values, problems);
    values.add("c");
    problems.clear();

    assertThat(r.values()).containsExactly("a", "b");
    assertThat(r.problems()).hasSize(3);
    assertThat(r.rejectedCount()).isEqualTo(2);
    assertThat(r.isComplete()).isFalse();
    assertThat(r.problemCountsByReason()).containsExactly(Map.entry("bad", 2), Map.entry("odd", 1));
    assertThatThrownBy(() -> r.values().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parseResult_builder() {
    ParseResult.Builder<Integer> b = ParseResult.builder();
    b.add(1).add(2).problem(Problem.row(1, "", "bad"));
    ParseResult<Integer> first = b.build();
    b.add(3);

    assertThat(first.values()).containsExactly(1, 2);
    assertThat(b.build().values()).containsExactly(1, 2, 3);
    assertThat(ParseResult.<Integer>builder().build().isComplete()).isTrue();
    assertThatThrownBy(() -> b.add(null)).isInstanceOf(NullPointerException.class);
  }
}
