package in.lumpsum.core.store.tck;

import static in.lumpsum.core.store.tck.TckData.CODE_1;
import static in.lumpsum.core.store.tck.TckData.CODE_2;
import static in.lumpsum.core.store.tck.TckData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeRename;
import in.lumpsum.core.store.spi.SchemeLineageStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SchemeLineageStore}: idempotent recording, each scheme's renames oldest first
 * (by date, then in the order recorded), and listing in scheme-code order.
 *
 * <p>Extend it with {@link #newStore()} returning a fresh, empty store.
 *
 * @since 0.2.0
 */
public abstract class SchemeLineageStoreContract {

  /** The store under test, fresh for each test. */
  protected SchemeLineageStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract SchemeLineageStore newStore();

  /** Creates the store under test. */
  @BeforeEach
  public void createStore() {
    store = newStore();
  }

  private static SchemeRename rename(SchemeCode code, String oldName, String newName, LocalDate date) {
    return new SchemeRename(code, oldName, newName, date);
  }

  @Test
  public void empty_hasNoLineage() {
    assertThat(store.lineage(CODE_1)).isEmpty();
    assertThat(store.all()).isEmpty();
  }

  @Test
  public void record_thenLineage_returnsTheRename() {
    SchemeRename r = rename(CODE_1, "Narmada Gilt Fund", "Narmada G-Sec Fund", TODAY);

    store.record(r);

    assertThat(store.lineage(CODE_1)).containsExactly(r);
    assertThat(store.lineage(CODE_2)).isEmpty();
    assertThat(store.all()).containsExactly(r);
  }

  @Test
  public void record_sameRenameTwice_keepsOne() {
    SchemeRename r = rename(CODE_1, "Narmada Gilt Fund", "Narmada G-Sec Fund", TODAY);

    store.record(r);
    store.record(rename(CODE_1, "Narmada Gilt Fund", "Narmada G-Sec Fund", TODAY));

    assertThat(store.lineage(CODE_1)).containsExactly(r);
    assertThat(store.all()).hasSize(1);
  }

  @Test
  public void record_sameNamesOnAnotherDate_isAnotherRename() {
    SchemeRename first = rename(CODE_1, "A Fund", "B Fund", TODAY);
    SchemeRename later = rename(CODE_1, "A Fund", "B Fund", TODAY.plusDays(7));

    store.record(first);
    store.record(later);

    assertThat(store.lineage(CODE_1)).containsExactly(first, later);
  }

  @Test
  public void record_duplicateLater_keepsTheFirstPlace() {
    SchemeRename ab = rename(CODE_1, "A Fund", "B Fund", TODAY);
    SchemeRename bc = rename(CODE_1, "B Fund", "C Fund", TODAY);
    store.record(ab);
    store.record(bc);

    store.record(ab);

    assertThat(store.lineage(CODE_1)).containsExactly(ab, bc);
  }

  @Test
  public void lineage_isByDate_notByOrderRecorded() {
    SchemeRename march = rename(CODE_1, "B Fund", "C Fund", LocalDate.of(2026, 3, 2));
    SchemeRename january = rename(CODE_1, "A Fund", "B Fund", LocalDate.of(2026, 1, 5));
    SchemeRename may = rename(CODE_1, "C Fund", "D Fund", LocalDate.of(2026, 5, 4));

    store.record(march);
    store.record(may);
    store.record(january);

    assertThat(store.lineage(CODE_1)).containsExactly(january, march, may);
  }

  @Test
  public void lineage_sameDate_keepsOrderRecorded() {
    // Two renames published on one day (a correction of the first): the order recorded decides.
    SchemeRename second = rename(CODE_1, "B Fund", "A Fund", TODAY);
    SchemeRename first = rename(CODE_1, "A Fund", "B Fund", TODAY);
    SchemeRename earlier = rename(CODE_1, "Z Fund", "A Fund", TODAY.minusDays(1));

    store.record(second);
    store.record(first);
    store.record(earlier);

    assertThat(store.lineage(CODE_1)).containsExactly(earlier, second, first);
  }

  @Test
  public void all_isByCodeThenLineageOrder() {
    SchemeRename code2 = rename(CODE_2, "P Fund", "Q Fund", TODAY.minusDays(30));
    SchemeRename code1Late = rename(CODE_1, "B Fund", "C Fund", TODAY);
    SchemeRename code1Early = rename(CODE_1, "A Fund", "B Fund", TODAY.minusDays(10));

    store.record(code2);
    store.record(code1Late);
    store.record(code1Early);

    assertThat(store.all()).containsExactly(code1Early, code1Late, code2);
    assertThat(store.lineage(CODE_2)).containsExactly(code2);
  }

  @Test
  public void results_areImmutable() {
    store.record(rename(CODE_1, "A Fund", "B Fund", TODAY));

    List<SchemeRename> lineage = store.lineage(CODE_1);
    List<SchemeRename> all = store.all();
    SchemeRename extra = rename(CODE_1, "B Fund", "C Fund", TODAY);

    assertThatThrownBy(() -> lineage.add(extra)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> all.add(extra)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(store.lineage(CODE_1)).hasSize(1);
  }

  @Test
  public void namesAreStoredVerbatim() {
    SchemeRename r = rename(CODE_1, "  Fund's \"Old\" Name - Growth ", "Fund नया % _ Name", TODAY);

    store.record(r);

    assertThat(store.lineage(CODE_1)).containsExactly(r);
  }

  @Test
  public void nulls_areRefused() {
    assertThatThrownBy(() -> store.record(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.lineage(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  public void record_concurrentSameRenames_keepsOneOfEach() throws Exception {
    int threads = 4;
    int renames = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < renames; i++) {
            store.record(rename(CODE_1, "Name " + i, "Name " + (i + 1), TODAY.plusDays(i)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.lineage(CODE_1)).hasSize(renames)
        .extracting(SchemeRename::date).isSorted();
  }
}
