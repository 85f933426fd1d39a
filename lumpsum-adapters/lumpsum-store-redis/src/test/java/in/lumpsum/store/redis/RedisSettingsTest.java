package in.lumpsum.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

  @Test
  public void defaults_failFast() {
    RedisSettings s = RedisSettings.builder().build();

    assertThat(s.uri()).isEqualTo("redis://127.0.0.1:6379");
    assertThat(s.commandTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.keyPrefix()).isEqualTo("lumpsum");
  }

  @Test
  public void build_reportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> RedisSettings.builder().keyPrefix("a b").commandTimeout(Duration.ZERO)
        .localCacheMaxBytes(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keyPrefix").hasMessageContaining("commandTimeout")
        .hasMessageContaining("localCacheMaxBytes");
  }

  @Test
  public void toString_hidesThePassword() {
    RedisSettings s = RedisSettings.builder().uri("redis://:s3cret@cache.example:6380/2").build();

    assertThat(s.toString()).contains("cache.example:6380/2").doesNotContain("s3cret");
  }
}
