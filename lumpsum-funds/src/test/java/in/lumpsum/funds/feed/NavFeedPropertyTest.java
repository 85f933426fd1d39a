package in.lumpsum.funds.feed;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NavFeedPropertyTest {

  private static final DateTimeFormatter AMFI = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
  private static final List<String> WORDS = List.of("Flexi Cap", "Liquid", "Gilt", "Nifty 50 Index",
      "Small Cap", "Arbitrage", "Value", "Overnight");

  /** One listed scheme: code offset, name word, direct or not, NAV in paise (hundredths), day of August. */
  record Listed(int code, int word, boolean direct, long navHundredths, int day) {}

  @Provide
  Arbitrary<List<Listed>> files() {
    Arbitrary<Listed> row = Combinators.combine(Arbitraries.integers().between(1, 40),
        Arbitraries.integers().between(0, WORDS.size() - 1), Arbitraries.of(true, false),
        Arbitraries.longs().between(1, 500_000), Arbitraries.integers().between(3, 28)).as(Listed::new);
    return row.list().ofMinSize(1).ofMaxSize(30).uniqueElements(Listed::code);
  }

  private static byte[] file(List<Listed> rows, boolean eightFields) {
    List<String> lines = new ArrayList<>();
    lines.add("Open Ended Schemes(Equity Scheme - Flexi Cap Fund)");
    lines.add("Kaveri Mutual Fund");
    for (Listed r : rows) {
      String plan = r.direct() ? "Direct Plan" : "Regular Plan";
      String base = "Kaveri " + WORDS.get(r.word()) + " Fund";
      String nav = Nav.of(java.math.BigDecimal.valueOf(r.navHundredths(), 2)).toString();
      String date = AMFI.format(LocalDate.of(2026, 8, r.day()));
      lines.add((900600 + r.code()) + ";-;-;" + (eightFields ? base + ";" + plan + ";Growth"
          : base + " - " + plan + " - Growth") + ";" + nav + ";" + date);
    }
    return FeedFixtures.file(eightFields ? FeedFixtures.HEADER_8 : FeedFixtures.HEADER_6,
        lines.toArray(String[]::new));
  }

  @Property(tries = 200)
  void anyFileTwice_secondRunPublishesNothing_andTheStoreHoldsTheFile(
      @ForAll("files") List<Listed> first, @ForAll("files") List<Listed> second,
      @ForAll boolean eight) {
    RecordingBus bus = new RecordingBus();
    InMemoryNavStore navs = new InMemoryNavStore();
    NavFeed feed = NavFeed.builder().schemes(new InMemorySchemeStore()).navs(navs).events(bus)
        .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
    feed.run(file(first, false));
    byte[] f = file(second, eight);
    FeedRun run = feed.run(f);
    assertThat(run.status()).isEqualTo(FeedStatus.APPLIED);
    for (Listed r : second) {
      assertThat(navs.exact(SchemeCode.of(900600 + r.code()), LocalDate.of(2026, 8, r.day())))
          .hasValueSatisfying(n -> assertThat(n.nav().value().movePointRight(2).longValueExact())
              .isEqualTo(r.navHundredths()));
    }
    bus.clear();

    FeedRun again = feed.run(f);

    assertThat(again.changed()).isFalse();
    assertThat(bus.events).isEmpty();
  }
}
