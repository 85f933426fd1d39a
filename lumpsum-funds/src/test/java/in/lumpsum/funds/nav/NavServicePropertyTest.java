package in.lumpsum.funds.nav;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavLookup;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.time.IndianTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NavServicePropertyTest {

  private static final SchemeCode CODE = SchemeCode.of(4242);
  private static final LocalDate BASE = LocalDate.of(2020, 1, 1);
  private static final Clock CLOCK = Clock.fixed(
      LocalDate.of(2030, 1, 1).atStartOfDay(IndianTime.ZONE).toInstant(), IndianTime.ZONE);

  @Provide
  Arbitrary<Set<Integer>> days() {
    return Arbitraries.integers().between(0, 400).set().ofMinSize(1).ofMaxSize(120);
  }

  @Provide
  Arbitrary<NavPolicy> policies() {
    return Arbitraries.oneOf(Arbitraries.just(NavPolicy.EXACT), Arbitraries.just(NavPolicy.VALUATION),
        Arbitraries.just(NavPolicy.ALLOTMENT),
        Arbitraries.integers().between(0, 60).map(NavPolicy::onOrBefore),
        Arbitraries.integers().between(0, 60).map(NavPolicy::onOrAfter));
  }

  /** With no source, every look-up equals the reference: floor/ceiling in a map, within the bound. */
  @Property
  void lookup_storeOnly_matchesTreeMapReference(@ForAll("days") Set<Integer> days,
      @ForAll @IntRange(min = -30, max = 430) int asked, @ForAll("policies") NavPolicy policy) {
    InMemoryNavStore store = new InMemoryNavStore();
    TreeMap<LocalDate, BigDecimal> reference = new TreeMap<>();
    List<NavRecord> records = new ArrayList<>();
    for (int d : days) {
      BigDecimal nav = BigDecimal.valueOf(1000 + d, 2);
      reference.put(BASE.plusDays(d), nav);
      records.add(new NavRecord(CODE, BASE.plusDays(d), Nav.of(nav)));
    }
    store.upsert(records);
    NavService service = NavService.builder().store(store).clock(CLOCK).build();
    LocalDate date = BASE.plusDays(asked);

    Map.Entry<LocalDate, BigDecimal> e = policy.lookup() == NavLookup.EXACT
        ? (reference.containsKey(date) ? Map.entry(date, reference.get(date)) : null)
        : policy.lookup() == NavLookup.ON_OR_BEFORE ? reference.floorEntry(date)
        : reference.ceilingEntry(date);
    Optional<LocalDate> expected = Optional.ofNullable(e).map(Map.Entry::getKey)
        .filter(d -> Math.abs(ChronoUnit.DAYS.between(date, d)) <= policy.maxGapDays());

    Optional<NavQuote> q = service.lookup(CODE, date, policy);
    assertThat(q.map(NavQuote::date)).isEqualTo(expected);
    q.ifPresent(quote -> {
      assertThat(quote.nav()).isEqualTo(Nav.of(reference.get(quote.date())));
      assertThat(quote.source()).isEqualTo(NavService.STORE);
      assertThat(quote.requested()).isEqualTo(date);
    });
  }
}
