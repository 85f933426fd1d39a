package in.lumpsum.core.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavCorrection;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavUpsertResult;
import in.lumpsum.core.store.tck.NavStoreContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@link NavStoreContract} against {@link InMemoryNavStore}, plus checks of what it keeps
 * beside each series: the latest NAV, over histories long enough to span many encoded blocks.
 */
class InMemoryNavStoreTest extends NavStoreContract {

  private static final SchemeCode X = SchemeCode.of(119551);
  private static final SchemeCode Y = SchemeCode.of(120503);
  private static final LocalDate START = LocalDate.of(2015, 1, 1);

  @Override
  protected NavStore newStore() {
    return new InMemoryNavStore();
  }

  /**
   * A daily feed of many days, with late NAVs and corrections mixed in (of the latest date too),
   * leaves the store equal to a sorted-map model: the latest record in full after every batch, and
   * each series at the end. (The contract's model property checks the upsert results.)
   *
   * @param seed drives the days, batches and NAVs
   */
  @Property(tries = 40)
  void dailyBatchesWithCorrections_latestAndSeriesMatchModel(@ForAll long seed) {
    Random random = new Random(seed);
    InMemoryNavStore store = new InMemoryNavStore();
    Map<SchemeCode, TreeMap<LocalDate, Nav>> model = new TreeMap<>();
    int days = 1 + random.nextInt(700);
    for (int day = 0; day < days; day++) {
      List<NavRecord> batch = new ArrayList<>();
      for (SchemeCode code : List.of(X, Y)) {
        if (random.nextInt(5) != 0) {
          batch.add(NavRecord.of(code, START.plusDays(day), nav(random)));
        }
        if (random.nextInt(12) == 0) {
          // A late or corrected NAV, at times for today's date again (the last one given wins).
          batch.add(NavRecord.of(code, START.plusDays(random.nextInt(day + 1)), nav(random)));
        }
      }
      Collections.shuffle(batch, random);
      for (NavRecord r : batch) {
        model.computeIfAbsent(r.scheme(), k -> new TreeMap<>()).put(r.date(), r.nav());
      }

      store.upsert(batch);

      // Mostly only the reads the daily feed makes, so that new NAVs pile up before being encoded.
      boolean readAll = random.nextInt(10) == 0;
      for (NavRecord r : batch) {
        TreeMap<LocalDate, Nav> m = model.get(r.scheme());
        assertThat(store.latest(r.scheme()))
            .contains(NavRecord.of(r.scheme(), m.lastKey(), m.lastEntry().getValue()));
        assertThat(store.count(r.scheme())).isEqualTo(m.size());
        if (readAll) {
          assertThat(store.exact(r.scheme(), r.date()))
              .contains(NavRecord.of(r.scheme(), r.date(), m.get(r.date())));
        }
      }
    }
    for (SchemeCode code : List.of(X, Y)) {
      TreeMap<LocalDate, Nav> m = model.getOrDefault(code, new TreeMap<>());
      if (m.isEmpty()) {
        assertThat(store.latest(code)).isEmpty();
        continue;
      }
      Map.Entry<LocalDate, Nav> last = m.lastEntry();
      assertThat(store.latest(code)).contains(NavRecord.of(code, last.getKey(), last.getValue()));
      NavSeries.Builder b = NavSeries.builder();
      m.forEach((date, nav) -> b.add(date, nav.value()));
      NavSeries series = store.series(code);
      assertThat(series.toList().stream().map(p -> NavRecord.of(code, p.date(), Nav.of(p.nav()))))
          .containsExactlyElementsOf(b.build().toList().stream()
              .map(p -> NavRecord.of(code, p.date(), Nav.of(p.nav()))).toList());
    }
  }

  @Test
  void latest_afterCorrectionOfLastDateAndLateEarlierNav_isTheCorrectedLast() {
    InMemoryNavStore store = new InMemoryNavStore();
    store.upsert(List.of(NavRecord.of(X, START, Nav.of(new BigDecimal("10"))),
        NavRecord.of(X, START.plusDays(2), Nav.of(new BigDecimal("10.2")))));

    store.upsert(List.of(NavRecord.of(X, START.plusDays(1), Nav.of(new BigDecimal("10.1")))));
    assertThat(store.latest(X)).contains(
        NavRecord.of(X, START.plusDays(2), Nav.of(new BigDecimal("10.2"))));

    NavUpsertResult r = store.upsert(List.of(
        NavRecord.of(X, START.plusDays(2), Nav.of(new BigDecimal("10.25")))));
    assertThat(r.corrected()).containsExactly(new NavCorrection(X, START.plusDays(2),
        Nav.of(new BigDecimal("10.2")), Nav.of(new BigDecimal("10.25"))));
    assertThat(store.latest(X)).contains(
        NavRecord.of(X, START.plusDays(2), Nav.of(new BigDecimal("10.25"))));
  }

  /** A NAV from a few values of scales 0 to 4, so that repeats and scale changes occur. */
  private static Nav nav(Random random) {
    String[] values = {"10", "10.5", "11.25", "12.3456", "10.50"};
    return Nav.of(new BigDecimal(values[random.nextInt(values.length)]));
  }
}
