package in.lumpsum.core.store.tck;

import static in.lumpsum.core.store.tck.TckData.ALICE;
import static in.lumpsum.core.store.tck.TckData.BOB;
import static in.lumpsum.core.store.tck.TckData.CODE_1;
import static in.lumpsum.core.store.tck.TckData.FOLIO;
import static in.lumpsum.core.store.tck.TckData.goal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.goal.GoalPriority;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.store.AlreadyExistsException;
import in.lumpsum.core.store.spi.GoalStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link GoalStore}: save and replace, lookups and listing scoped to the investor, and
 * goals that never change investor.
 *
 * <p>Extend it with {@link #newStore()} returning a fresh, empty store.
 */
public abstract class GoalStoreContract {

  /** The store under test, fresh for each test. */
  protected GoalStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract GoalStore newStore();

  /** Creates the store under test. */
  @BeforeEach
  public void createStore() {
    store = newStore();
  }

  @Test
  public void save_thenFind_returnsEqualGoal() {
    Goal g = Goal.builder().from(goal("g1", ALICE, "2040-04-01"))
        .addLinkedHoldings(HoldingRef.of(CODE_1, FOLIO)).build();

    assertThat(store.save(g)).isEqualTo(g);

    assertThat(store.find(GoalId.of("g1"))).contains(g);
  }

  @Test
  public void save_existingId_replacesGoal() {
    store.save(goal("g1", ALICE, "2040-04-01"));
    Goal changed = Goal.builder().from(goal("g1", ALICE, "2040-04-01"))
        .priority(GoalPriority.ESSENTIAL).build();

    store.save(changed);

    assertThat(store.find(GoalId.of("g1"))).contains(changed);
    assertThat(store.listByInvestor(ALICE)).containsExactly(changed);
  }

  @Test
  public void save_idOfAnotherInvestorsGoal_throwsAndKeepsTheirs() {
    Goal alices = store.save(goal("g1", ALICE, "2040-04-01"));

    assertThatThrownBy(() -> store.save(goal("g1", BOB, "2035-04-01")))
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(store.find(GoalId.of("g1"))).contains(alices);
    assertThat(store.listByInvestor(BOB)).isEmpty();
  }

  @Test
  public void find_unknown_isEmpty() {
    assertThat(store.find(GoalId.of("nope"))).isEmpty();
    assertThat(store.find(ALICE, GoalId.of("nope"))).isEmpty();
  }

  @Test
  public void find_scopedToInvestor_hidesOthersGoals() {
    store.save(goal("g1", ALICE, "2040-04-01"));

    assertThat(store.find(ALICE, GoalId.of("g1"))).isPresent();
    assertThat(store.find(BOB, GoalId.of("g1"))).isEmpty();
  }

  @Test
  public void listByInvestor_ordersByTargetDateThenId_andOmitsOthers() {
    store.save(goal("g3", ALICE, "2030-01-01"));
    store.save(goal("g2", ALICE, "2045-01-01"));
    store.save(goal("g1", ALICE, "2030-01-01"));
    store.save(goal("g0", BOB, "2028-01-01"));

    assertThat(store.listByInvestor(ALICE)).extracting(g -> g.id().value())
        .containsExactly("g1", "g3", "g2");
    assertThat(store.listByInvestor(in.lumpsum.core.portfolio.InvestorId.of("carol"))).isEmpty();
  }

  @Test
  public void delete_scopedToInvestor() {
    store.save(goal("g1", ALICE, "2040-04-01"));

    assertThat(store.delete(BOB, GoalId.of("g1"))).isFalse();
    assertThat(store.find(GoalId.of("g1"))).isPresent();

    assertThat(store.delete(ALICE, GoalId.of("g1"))).isTrue();
    assertThat(store.find(GoalId.of("g1"))).isEmpty();
    assertThat(store.listByInvestor(ALICE)).isEmpty();
    assertThat(store.delete(ALICE, GoalId.of("g1"))).isFalse();
  }

  @Test
  public void save_afterDelete_mayGoToAnotherInvestor() {
    store.save(goal("g1", ALICE, "2040-04-01"));
    store.delete(ALICE, GoalId.of("g1"));

    store.save(goal("g1", BOB, "2040-04-01"));

    assertThat(store.listByInvestor(BOB)).hasSize(1);
    assertThat(store.listByInvestor(ALICE)).isEmpty();
  }
}
