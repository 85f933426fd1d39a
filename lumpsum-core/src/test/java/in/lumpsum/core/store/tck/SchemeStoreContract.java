package in.lumpsum.core.store.tck;

import static in.lumpsum.core.store.tck.TckData.isin;
import static in.lumpsum.core.store.tck.TckData.scheme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.core.store.spi.SchemeUpsertResult;
import in.lumpsum.core.store.spi.UpsertOutcome;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SchemeStore}: idempotent upserts that say what changed, lookups by code and by
 * either ISIN, and listing in code order.
 *
 * <p>Extend it with {@link #newStore()} returning a fresh, empty store.
 */
public abstract class SchemeStoreContract {

  private static final Isin GROWTH = isin("F179K01BE");
  private static final Isin REINVEST = isin("F179K01BF");

  /** The store under test, fresh for each test. */
  protected SchemeStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract SchemeStore newStore();

  /** Creates the store under test. */
  @BeforeEach
  public void createStore() {
    store = newStore();
  }

  private static Scheme withIsins(int code, Isin growth, Isin reinvest) {
    Scheme.Builder b = Scheme.builder().from(scheme(code, "Fund " + code)).isinGrowthOrPayout(growth);
    if (reinvest != null) {
      b.isinReinvestment(reinvest);
    }
    return b.build();
  }

  @Test
  public void put_reportsInsertedThenUnchangedThenUpdated() {
    Scheme s = scheme(119551, "HDFC Flexi Cap Fund - Direct Plan - Growth");

    assertThat(store.put(s)).isEqualTo(UpsertOutcome.INSERTED);
    assertThat(store.put(s)).isEqualTo(UpsertOutcome.UNCHANGED);
    assertThat(store.put(scheme(119551, "HDFC Flexi Cap Fund - Direct - Growth")))
        .isEqualTo(UpsertOutcome.UPDATED);
    assertThat(store.find(SchemeCode.of(119551)).orElseThrow().name())
        .isEqualTo("HDFC Flexi Cap Fund - Direct - Growth");
  }

  @Test
  public void putAll_listsCodesInsertedAndUpdatedAscending() {
    store.putAll(List.of(scheme(3, "C"), scheme(1, "A")));

    SchemeUpsertResult r = store.putAll(List.of(scheme(5, "E"), scheme(3, "C2"), scheme(1, "A"),
        scheme(4, "D")));

    assertThat(r.inserted()).containsExactly(SchemeCode.of(4), SchemeCode.of(5));
    assertThat(r.updated()).containsExactly(SchemeCode.of(3));
    assertThat(r.unchanged()).isEqualTo(1);
    assertThat(r.total()).isEqualTo(4);
    assertThat(r.changed()).isTrue();
  }

  @Test
  public void putAll_sameBatchTwice_secondChangesNothing() {
    List<Scheme> batch = List.of(scheme(1, "A"), scheme(2, "B"));
    store.putAll(batch);

    SchemeUpsertResult again = store.putAll(batch);

    assertThat(again.changed()).isFalse();
    assertThat(again.unchanged()).isEqualTo(2);
  }

  @Test
  public void putAll_repeatedCodeInBatch_lastWins() {
    SchemeUpsertResult r = store.putAll(List.of(scheme(1, "First"), scheme(1, "Last")));

    assertThat(r.inserted()).containsExactly(SchemeCode.of(1));
    assertThat(r.total()).isEqualTo(1);
    assertThat(store.find(SchemeCode.of(1)).orElseThrow().name()).isEqualTo("Last");
  }

  @Test
  public void putAll_nullElement_throwsAndWritesNothing() {
    assertThatThrownBy(() -> store.putAll(Arrays.asList(scheme(1, "A"), null)))
        .isInstanceOf(NullPointerException.class);
    assertThat(store.count()).isZero();
  }

  @Test
  public void find_unknownCode_isEmpty() {
    assertThat(store.find(SchemeCode.of(1))).isEmpty();
  }

  @Test
  public void findByIsin_findsByEitherIsin() {
    Scheme s = withIsins(100, GROWTH, REINVEST);
    store.put(s);

    assertThat(store.findByIsin(GROWTH)).contains(s);
    assertThat(store.findByIsin(REINVEST)).contains(s);
    assertThat(store.findByIsin(isin("F00000000"))).isEmpty();
  }

  @Test
  public void findByIsin_afterUpdateDropsIsin_noLongerFindsIt() {
    store.put(withIsins(100, GROWTH, REINVEST));
    store.put(withIsins(100, GROWTH, null));

    assertThat(store.findByIsin(REINVEST)).isEmpty();
    assertThat(store.findByIsin(GROWTH)).isPresent();
  }

  @Test
  public void findByIsin_sharedBySchemes_givesLowestCode() {
    store.put(withIsins(200, GROWTH, null));
    store.put(withIsins(100, GROWTH, null));

    assertThat(store.findByIsin(GROWTH).orElseThrow().code()).isEqualTo(SchemeCode.of(100));
  }

  @Test
  public void all_isAscendingByCode_andCountMatches() {
    assertThat(store.all()).isEmpty();
    store.putAll(List.of(scheme(30, "C"), scheme(10, "A"), scheme(20, "B")));

    assertThat(store.all()).extracting(Scheme::code)
        .containsExactly(SchemeCode.of(10), SchemeCode.of(20), SchemeCode.of(30));
    assertThat(store.count()).isEqualTo(3);
  }
}
