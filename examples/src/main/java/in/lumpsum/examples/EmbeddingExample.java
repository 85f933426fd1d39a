package in.lumpsum.examples;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.event.NavPublished;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.time.IndianTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The README's embedding example: wire lumpsum with its embedded defaults, listen to an event, store
 * a NAV and look one up on or before a date. Run by {@code ExamplesTest}.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(run(Clock.system(IndianTime.ZONE)));
  }

  /**
   * Runs the example with a clock.
   *
   * @param clock the clock lumpsum reads time from
   * @return the NAV found on or before 22 August 2026
   */
  static Optional<NavRecord> run(Clock clock) {
    SchemeCode code = SchemeCode.of(990001);
    try (Lumpsum lumpsum = Lumpsum.builder().clock(clock).build()) {
      lumpsum.events().subscribe(NavPublished.class, e -> System.out.println("published " + e));
      lumpsum.stores().navs().upsert(List.of(new NavRecord(code, LocalDate.of(2026, 8, 19), Nav.parse("105.1234"))));
      return lumpsum.stores().navs().onOrBefore(code, LocalDate.of(2026, 8, 22));
    }
  }
}
