package in.lumpsum.funds.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.funds.client.internal.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Backoff, Retry-After and publishing cut-overs: the arithmetic, without a server. */
class RetryTimingTest {

  private static final Instant NOW = Instant.parse("2026-11-26T06:30:00Z");

  @Test
  void backoff_doublesUpToTheCap() {
    RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(3), 0, Duration.ZERO);

    assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(p.backoff(2)).isEqualTo(Duration.ofMillis(1000));
    assertThat(p.backoff(3)).isEqualTo(Duration.ofMillis(2000));
    assertThat(p.backoff(4)).isEqualTo(Duration.ofMillis(3000));
    assertThat(p.backoff(40)).isEqualTo(Duration.ofMillis(3000));
  }

  @Test
  void policy_badValues_throwNamingTheComponent() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ZERO))
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMillis(5), Duration.ofMillis(1), 0, Duration.ZERO))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), 1.5, Duration.ZERO))
        .hasMessageContaining("jitter");
  }

  @Test
  void retryAfter_secondsAndHttpDate() {
    assertThat(RetryAfter.parse("120", NOW)).hasValue(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).hasValue(Duration.ZERO);
    assertThat(RetryAfter.parse("Thu, 26 Nov 2026 06:31:30 GMT", NOW)).hasValue(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("Thu, 26 Nov 2026 06:00:00 GMT", NOW)).hasValue(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
  }

  @Test
  void schedule_lastCutover_acrossMidnight() {
    PublishingSchedule s = PublishingSchedule.DEFAULT;

    assertThat(s.lastCutover(ClientTestSupport.at("2026-11-26T09:59")))
        .isEqualTo(ClientTestSupport.at("2026-11-25T23:00"));
    assertThat(s.lastCutover(ClientTestSupport.at("2026-11-26T10:00")))
        .isEqualTo(ClientTestSupport.at("2026-11-26T10:00"));
    assertThat(s.lastCutover(ClientTestSupport.at("2026-11-26T22:15")))
        .isEqualTo(ClientTestSupport.at("2026-11-26T21:00"));
    assertThat(s.isFresh(ClientTestSupport.at("2026-11-26T20:59"), ClientTestSupport.at("2026-11-26T21:00")))
        .isFalse();
    assertThat(s.isFresh(ClientTestSupport.at("2026-11-26T23:01"), ClientTestSupport.at("2026-11-27T09:00")))
        .isTrue();
  }

  @Test
  void schedule_sortsAndRejectsEmpty() {
    assertThat(PublishingSchedule.of(LocalTime.of(21, 0), LocalTime.of(9, 0), LocalTime.of(21, 0)).cutovers())
        .containsExactly(LocalTime.of(9, 0), LocalTime.of(21, 0));
    assertThatThrownBy(PublishingSchedule::of).hasMessageContaining("cutovers");
  }
}
