package in.lumpsum.store.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class OutageTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final Outage outage =
      new Outage(LoggerFactory.getLogger(OutageTest.class), "test", "testing", 500, now::get);

  @Test
  public void healthy_alwaysAllows() {
    assertThat(outage.allow()).isTrue();
    assertThat(outage.allow()).isTrue();
    assertThat(outage.isDown()).isFalse();
  }

  @Test
  public void afterFailure_skipsRedisForTheBackoff_thenLetsOneCallerProbe() {
    outage.failure(new RuntimeException("connection refused"));

    assertThat(outage.isDown()).isTrue();
    assertThat(outage.allow()).isFalse();
    now.addAndGet(499);
    assertThat(outage.allow()).isFalse();
    now.addAndGet(1);
    assertThat(outage.allow()).as("the probe").isTrue();
    assertThat(outage.allow()).as("others while the probe runs").isFalse();
  }

  @Test
  public void success_endsTheOutage() {
    outage.failure(new RuntimeException("timeout"));
    outage.failure(new RuntimeException("timeout"));

    outage.success();

    assertThat(outage.isDown()).isFalse();
    assertThat(outage.allow()).isTrue();
    assertThat(outage.totalFailures()).isEqualTo(2);
  }
}
