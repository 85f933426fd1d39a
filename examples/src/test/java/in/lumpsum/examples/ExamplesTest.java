package in.lumpsum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.time.IndianTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs every example program offline. */
class ExamplesTest {

  @Test
  void embeddingExample_findsNavOnOrBeforeAHoliday() {
    Clock clock = Clock.fixed(Instant.parse("2026-08-22T16:00:00Z"), IndianTime.ZONE);
    assertThat(EmbeddingExample.run(clock)).hasValueSatisfying(r -> {
      assertThat(r.date()).isEqualTo(LocalDate.of(2026, 8, 19));
      assertThat(r.nav()).isEqualTo(Nav.parse("105.1234"));
    });
  }
}
