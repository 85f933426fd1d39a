package in.lumpsum.funds.client;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the retry backoff. */
class RetryPolicyPropertyTest {

  @Property
  void backoff_withJitter_staysWithinItsFraction(@ForAll @IntRange(min = 1, max = 50) int failures,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
    RetryPolicy p = RetryPolicy.DEFAULT;
    long full = p.backoff(failures).toMillis();
    long jittered = p.backoff(failures, random).toMillis();

    assertThat(jittered).isBetween(Math.round(full * (1 - p.jitter())), full);
  }

  @Property
  void backoff_neverShrinksAsFailuresGrow(@ForAll @IntRange(min = 1, max = 60) int failures) {
    RetryPolicy p = RetryPolicy.DEFAULT;

    assertThat(p.backoff(failures + 1)).isGreaterThanOrEqualTo(p.backoff(failures));
    assertThat(p.backoff(failures)).isLessThanOrEqualTo(p.maxBackoff());
  }
}
