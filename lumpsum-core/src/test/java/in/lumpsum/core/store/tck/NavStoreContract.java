package in.lumpsum.core.store.tck;

import static in.lumpsum.core.store.tck.TckData.nav;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavCorrection;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavUpsertResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link NavStore}: idempotent upserts that report insertions, corrections (old and new
 * value) and unchanged NAVs; exact, on-or-before, on-or-after, range and latest lookups; batches applied
 * atomically per scheme.
 *
 * <p>Extend it with {@link #newStore()} returning a fresh, empty store.
 */
public abstract class NavStoreContract {

  private static final SchemeCode A = SchemeCode.of(100001);
  private static final SchemeCode B = SchemeCode.of(100002);

  /** The store under test, fresh for each JUnit test. */
  protected NavStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract NavStore newStore();

  /** Creates the store under test. */
  @BeforeEach
  public void createStore() {
    store = newStore();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** Three NAVs of scheme A around a weekend (2025-05-24/25), one of B. */
  private void seed() {
    store.upsert(List.of(
        nav(100001, "2025-05-22", "10.1000"),
        nav(100001, "2025-05-23", "10.2000"),
        nav(100001, "2025-05-26", "10.3000"),
        nav(100002, "2025-05-23", "55.5")));
  }

  @Test
  public void upsert_newNavs_insertsAll() {
    NavUpsertResult r = store.upsert(List.of(nav(100001, "2025-05-22", "10.1"),
        nav(100002, "2025-05-22", "20.2")));

    assertThat(r.inserted()).isEqualTo(2);
    assertThat(r.corrected()).isEmpty();
    assertThat(r.unchanged()).isZero();
    assertThat(r.changed()).isTrue();
    assertThat(store.exact(A, d("2025-05-22"))).contains(nav(100001, "2025-05-22", "10.1"));
  }

  @Test
  public void upsert_sameBatchTwice_secondChangesNothing() {
    seed();

    NavUpsertResult again = store.upsert(List.of(
        nav(100001, "2025-05-22", "10.1000"),
        nav(100001, "2025-05-23", "10.2000"),
        nav(100001, "2025-05-26", "10.3000"),
        nav(100002, "2025-05-23", "55.5")));

    assertThat(again.inserted()).isZero();
    assertThat(again.corrected()).isEmpty();
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(again.changed()).isFalse();
    assertThat(store.count(A)).isEqualTo(3);
  }

  @Test
  public void upsert_sameValueWithOtherTrailingZeros_isUnchanged() {
    store.upsert(List.of(nav(100001, "2025-05-22", "10.50")));

    NavUpsertResult r = store.upsert(List.of(nav(100001, "2025-05-22", "10.5000")));

    assertThat(r.unchanged()).isEqualTo(1);
  }

  @Test
  public void upsert_differentNav_isACorrectionWithOldAndNewValues() {
    seed();

    NavUpsertResult r = store.upsert(List.of(nav(100001, "2025-05-23", "10.2500"),
        nav(100001, "2025-05-27", "10.4")));

    assertThat(r.inserted()).isEqualTo(1);
    assertThat(r.unchanged()).isZero();
    assertThat(r.corrected()).containsExactly(
        new NavCorrection(A, d("2025-05-23"), Nav.parse("10.2"), Nav.parse("10.25")));
    assertThat(store.exact(A, d("2025-05-23")).orElseThrow().nav()).isEqualTo(Nav.parse("10.25"));
  }

  @Test
  public void upsert_correctionsListedBySchemeThenDate() {
    seed();

    NavUpsertResult r = store.upsert(List.of(nav(100002, "2025-05-23", "56"),
        nav(100001, "2025-05-26", "11"), nav(100001, "2025-05-22", "9")));

    assertThat(r.corrected()).extracting(NavCorrection::scheme, NavCorrection::date).containsExactly(
        org.assertj.core.groups.Tuple.tuple(A, d("2025-05-22")),
        org.assertj.core.groups.Tuple.tuple(A, d("2025-05-26")),
        org.assertj.core.groups.Tuple.tuple(B, d("2025-05-23")));
  }

  @Test
  public void upsert_repeatedKeyInBatch_lastWinsAndBatchIsIdempotent() {
    List<NavRecord> batch = List.of(nav(100001, "2025-05-22", "10"), nav(100001, "2025-05-22", "11"));

    NavUpsertResult first = store.upsert(batch);
    NavUpsertResult second = store.upsert(batch);

    assertThat(first.inserted()).isEqualTo(1);
    assertThat(first.total()).isEqualTo(1);
    assertThat(store.exact(A, d("2025-05-22")).orElseThrow().nav()).isEqualTo(Nav.parse("11"));
    assertThat(second.changed()).isFalse();
    assertThat(second.unchanged()).isEqualTo(1);
  }

  @Test
  public void upsert_emptyBatch_changesNothing() {
    assertThat(store.upsert(List.of())).isEqualTo(NavUpsertResult.empty());
    assertThat(store.schemes()).isEmpty();
  }

  @Test
  public void upsert_nullElement_throwsAndWritesNothing() {
    List<NavRecord> batch = Arrays.asList(nav(100001, "2025-05-22", "10"), null);

    assertThatThrownBy(() -> store.upsert(batch)).isInstanceOf(NullPointerException.class);
    assertThat(store.count(A)).isZero();
  }

  @Test
  public void exact_missingDateOrScheme_isEmpty() {
    seed();

    assertThat(store.exact(A, d("2025-05-24"))).isEmpty();
    assertThat(store.exact(SchemeCode.of(999), d("2025-05-22"))).isEmpty();
  }

  @Test
  public void onOrBefore_holiday_givesPreviousNav() {
    seed();

    assertThat(store.onOrBefore(A, d("2025-05-25"))).contains(nav(100001, "2025-05-23", "10.2"));
    assertThat(store.onOrBefore(A, d("2025-05-23"))).contains(nav(100001, "2025-05-23", "10.2"));
    assertThat(store.onOrBefore(A, d("2025-05-21"))).isEmpty();
    assertThat(store.onOrBefore(SchemeCode.of(999), d("2025-05-25"))).isEmpty();
  }

  @Test
  public void onOrAfter_holiday_givesNextNav() {
    seed();

    assertThat(store.onOrAfter(A, d("2025-05-24"))).contains(nav(100001, "2025-05-26", "10.3"));
    assertThat(store.onOrAfter(A, d("2025-05-22"))).contains(nav(100001, "2025-05-22", "10.1"));
    assertThat(store.onOrAfter(A, d("2025-05-27"))).isEmpty();
    assertThat(store.onOrAfter(SchemeCode.of(999), d("2025-05-01"))).isEmpty();
  }

  @Test
  public void range_includesBothEndsAscending() {
    seed();

    assertThat(store.range(A, d("2025-05-22"), d("2025-05-26"))).containsExactly(
        nav(100001, "2025-05-22", "10.1"), nav(100001, "2025-05-23", "10.2"),
        nav(100001, "2025-05-26", "10.3"));
    assertThat(store.range(A, d("2025-05-23"), d("2025-05-25"))).containsExactly(
        nav(100001, "2025-05-23", "10.2"));
    assertThat(store.range(A, d("2025-05-24"), d("2025-05-24"))).isEmpty();
    assertThat(store.range(SchemeCode.of(999), d("2025-01-01"), d("2025-12-31"))).isEmpty();
  }

  @Test
  public void series_isTheWholeHistoryCompact() {
    seed();

    NavSeries series = store.series(A);
    assertThat(series.size()).isEqualTo(store.count(A));
    assertThat(series.onOrBefore(d("2025-05-25"))).hasValueSatisfying(p -> {
      assertThat(p.date()).isEqualTo(d("2025-05-23"));
      assertThat(p.nav()).isEqualByComparingTo("10.2");
    });
    assertThat(store.series(SchemeCode.of(999)).isEmpty()).isTrue();
  }

  @Test
  public void range_toBeforeFrom_throwsNamingTo() {
    assertThatThrownBy(() -> store.range(A, d("2025-05-26"), d("2025-05-22")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  public void latest_givesMostRecentNav() {
    seed();

    assertThat(store.latest(A)).contains(nav(100001, "2025-05-26", "10.3"));
    assertThat(store.latest(SchemeCode.of(999))).isEmpty();
  }

  @Test
  public void latest_ofSeveral_leavesOutSchemesWithNone() {
    seed();

    Map<SchemeCode, NavRecord> latest = store.latest(List.of(B, SchemeCode.of(999), A));

    assertThat(latest).containsOnlyKeys(B, A);
    assertThat(latest.get(B)).isEqualTo(nav(100002, "2025-05-23", "55.5"));
  }

  @Test
  public void onOrBefore_ofSeveral_givesEachSchemesNavInTheOrderGiven() {
    seed();

    Map<SchemeCode, NavRecord> found = store.onOrBefore(List.of(B, SchemeCode.of(999), A),
        d("2025-05-25"));

    assertThat(found.keySet()).containsExactly(B, A);
    assertThat(found.get(A)).isEqualTo(nav(100001, "2025-05-23", "10.2"));
    assertThat(found.get(B)).isEqualTo(nav(100002, "2025-05-23", "55.5"));
    assertThat(store.onOrBefore(List.of(A, B), d("2025-05-21"))).isEmpty();
    assertThat(store.onOrBefore(List.of(), d("2025-05-25"))).isEmpty();
  }

  @Test
  public void schemes_andCount_reflectStoredNavs() {
    assertThat(store.schemes()).isEmpty();
    seed();

    assertThat(store.schemes()).containsExactly(A, B);
    assertThat(store.count(A)).isEqualTo(3);
    assertThat(store.count(B)).isEqualTo(1);
    assertThat(store.count(SchemeCode.of(999))).isZero();
  }

  /**
   * While writers upsert one scheme in batches of 20 new dates, readers never see part of a batch: every
   * range they read holds a whole number of batches. Writers to other schemes run alongside.
   */
  @Test
  public void upsert_batchIsAtomicPerScheme() throws Exception {
    int batches = 40;
    int batchSize = 20;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicBoolean done = new AtomicBoolean();
    LocalDate start = d("2000-01-01");
    try {
      Future<?> writer = pool.submit(() -> {
        for (int b = 0; b < batches; b++) {
          List<NavRecord> batch = new ArrayList<>();
          for (int i = 0; i < batchSize; i++) {
            batch.add(NavRecord.of(A, start.plusDays((long) b * batchSize + i), Nav.parse("10")));
          }
          store.upsert(batch);
        }
        return null;
      });
      Future<?> otherWriter = pool.submit(() -> {
        for (int b = 0; b < batches; b++) {
          store.upsert(List.of(NavRecord.of(B, start.plusDays(b), Nav.parse("20"))));
        }
        return null;
      });
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(pool.submit(() -> {
          while (!done.get()) {
            int seen = store.range(A, start, start.plusDays((long) batches * batchSize)).size();
            assertThat(seen % batchSize).as("NAVs seen mid-batch").isZero();
          }
          return null;
        }));
      }
      writer.get(60, TimeUnit.SECONDS);
      otherWriter.get(60, TimeUnit.SECONDS);
      done.set(true);
      for (Future<?> r : readers) {
        r.get(60, TimeUnit.SECONDS);
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    assertThat(store.count(A)).isEqualTo(batches * batchSize);
    assertThat(store.count(B)).isEqualTo(batches);
  }

  /**
   * Any sequence of batches leaves the store equal to a sorted-map model, and every batch's result counts
   * what the model says it inserted, corrected and left unchanged.
   *
   * @param batches the batches, in order
   */
  @Property(tries = 60)
  public void upsertBatches_matchSortedMapModel(@ForAll("batches") List<List<NavRecord>> batches) {
    NavStore s = newStore();
    TreeMap<SchemeCode, TreeMap<LocalDate, Nav>> model = new TreeMap<>();
    for (List<NavRecord> batch : batches) {
      TreeMap<SchemeCode, TreeMap<LocalDate, Nav>> last = new TreeMap<>();
      for (NavRecord r : batch) {
        last.computeIfAbsent(r.scheme(), k -> new TreeMap<>()).put(r.date(), r.nav());
      }
      int inserted = 0;
      int unchanged = 0;
      List<NavCorrection> corrected = new ArrayList<>();
      for (var e : last.entrySet()) {
        TreeMap<LocalDate, Nav> m = model.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
        for (var p : e.getValue().entrySet()) {
          Nav old = m.put(p.getKey(), p.getValue());
          if (old == null) {
            inserted++;
          } else if (old.equals(p.getValue())) {
            unchanged++;
          } else {
            corrected.add(new NavCorrection(e.getKey(), p.getKey(), old, p.getValue()));
          }
        }
      }

      NavUpsertResult result = s.upsert(batch);

      assertThat(result).isEqualTo(new NavUpsertResult(inserted, corrected, unchanged));
    }
    assertThat(s.schemes()).containsExactlyElementsOf(model.keySet());
    LocalDate probe = d("2025-01-05");
    for (var e : model.entrySet()) {
      SchemeCode code = e.getKey();
      TreeMap<LocalDate, Nav> m = e.getValue();
      assertThat(s.count(code)).isEqualTo(m.size());
      assertThat(s.range(code, d("2024-12-01"), d("2025-02-01"))).containsExactlyElementsOf(
          m.entrySet().stream().map(p -> NavRecord.of(code, p.getKey(), p.getValue())).toList());
      assertThat(s.latest(code).map(NavRecord::date)).contains(m.lastKey());
      assertThat(s.onOrBefore(code, probe).map(NavRecord::date))
          .isEqualTo(java.util.Optional.ofNullable(m.floorKey(probe)));
      assertThat(s.onOrAfter(code, probe).map(NavRecord::date))
          .isEqualTo(java.util.Optional.ofNullable(m.ceilingKey(probe)));
    }
  }

  /**
   * Supplies batches over three schemes, ten dates and three NAV values, so that keys repeat and values
   * are often corrected.
   *
   * @return lists of up to 8 batches of up to 12 records
   */
  @Provide
  public Arbitrary<List<List<NavRecord>>> batches() {
    Arbitrary<NavRecord> record = Combinators.combine(
        Arbitraries.of(A, B, SchemeCode.of(100003)),
        Arbitraries.integers().between(0, 9).map(i -> d("2025-01-01").plusDays(i)),
        Arbitraries.of("10", "10.5", "11.25").map(v -> new Nav(new BigDecimal(v))))
        .as(NavRecord::new);
    return record.list().ofMaxSize(12).list().ofMaxSize(8);
  }
}
