package in.lumpsum.core.store.tck;

import static in.lumpsum.core.store.tck.TckData.ALICE;
import static in.lumpsum.core.store.tck.TckData.BOB;
import static in.lumpsum.core.store.tck.TckData.portfolio;
import static in.lumpsum.core.store.tck.TckData.purchase;
import static in.lumpsum.core.store.tck.TckData.purchases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.store.AlreadyExistsException;
import in.lumpsum.core.store.NotFoundException;
import in.lumpsum.core.store.VersionConflictException;
import in.lumpsum.core.store.spi.PortfolioStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PortfolioStore}: creation at version 0, owner scoping, compare-and-set writes
 * that refuse stale versions and write nothing, a retrying {@code update}, and no lost writes under
 * concurrency.
 *
 * <p>Extend it with {@link #newStore()} returning a fresh, empty store.
 */
public abstract class PortfolioStoreContract {

  /** Concurrent writers in {@link #update_concurrentWriters_loseNoWrite()}. */
  protected static final int THREADS = 8;

  /** Appends per writer in {@link #update_concurrentWriters_loseNoWrite()}. */
  protected static final int APPENDS_PER_THREAD = 50;

  /** The store under test, fresh for each JUnit test. */
  protected PortfolioStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract PortfolioStore newStore();

  /** Creates the store under test. */
  @BeforeEach
  public void createStore() {
    store = newStore();
  }

  private static PortfolioId id(String id) {
    return PortfolioId.of(id);
  }

  @Test
  public void create_new_isFoundAtVersionZero() {
    Portfolio p = portfolio("p1", ALICE, "t1", "t2");

    Portfolio created = store.create(p);

    assertThat(created).isEqualTo(p);
    assertThat(store.find(id("p1"))).contains(p);
    assertThat(store.find(id("p1")).orElseThrow().version()).isZero();
    assertThat(store.find(id("p1")).orElseThrow().transactions()).isEqualTo(purchases("t1", "t2"));
  }

  @Test
  public void create_takenId_throwsAlreadyExistsWhoeverOwnsIt() {
    store.create(portfolio("p1", ALICE));

    assertThatThrownBy(() -> store.create(portfolio("p1", BOB)))
        .isInstanceOf(AlreadyExistsException.class)
        .satisfies(e -> assertThat(((AlreadyExistsException) e).id()).isEqualTo("p1"));
    assertThat(store.find(id("p1")).orElseThrow().owner()).isEqualTo(ALICE);
  }

  @Test
  public void create_nonZeroVersion_throwsNamingVersion() {
    assertThatThrownBy(() -> store.create(portfolio("p1", ALICE).withVersion(3)))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("version"));
    assertThat(store.find(id("p1"))).isEmpty();
  }

  @Test
  public void find_unknown_isEmpty() {
    assertThat(store.find(id("nope"))).isEmpty();
    assertThat(store.find(ALICE, id("nope"))).isEmpty();
  }

  @Test
  public void find_scopedToOwner_hidesOtherOwnersPortfolio() {
    store.create(portfolio("p1", ALICE));

    assertThat(store.find(ALICE, id("p1"))).isPresent();
    assertThat(store.find(BOB, id("p1"))).isEmpty();
  }

  @Test
  public void listByOwner_listsOnlyThatOwnersPortfoliosById() {
    store.create(portfolio("p3", ALICE));
    store.create(portfolio("p1", ALICE));
    store.create(portfolio("p2", BOB));

    assertThat(store.listByOwner(ALICE)).extracting(Portfolio::id).containsExactly(id("p1"), id("p3"));
    assertThat(store.listByOwner(BOB)).extracting(Portfolio::id).containsExactly(id("p2"));
    assertThat(store.listByOwner(in.lumpsum.core.portfolio.InvestorId.of("carol"))).isEmpty();
  }

  @Test
  public void listByOwner_seesLatestVersion() {
    store.create(portfolio("p1", ALICE));
    store.append(id("p1"), 0, purchases("t1"));

    assertThat(store.listByOwner(ALICE)).singleElement()
        .satisfies(p -> assertThat(p.version()).isEqualTo(1));
  }

  @Test
  public void append_atExpectedVersion_addsInOrderAndBumpsVersion() {
    store.create(portfolio("p1", ALICE, "t1"));

    Portfolio v1 = store.append(id("p1"), 0, purchases("t3", "t2"));
    Portfolio v2 = store.append(id("p1"), 1, purchases("t4"));

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.transactions()).extracting(Transaction::id)
        .containsExactly(TransactionId.of("t1"), TransactionId.of("t3"), TransactionId.of("t2"),
            TransactionId.of("t4"));
    assertThat(store.find(id("p1"))).contains(v2);
  }

  @Test
  public void append_staleVersion_throwsConflictAndWritesNothing() {
    store.create(portfolio("p1", ALICE));
    store.append(id("p1"), 0, purchases("t1"));

    assertThatThrownBy(() -> store.append(id("p1"), 0, purchases("t2")))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.id()).isEqualTo("p1");
          assertThat(e.expectedVersion()).isZero();
          assertThat(e.actualVersion()).isEqualTo(1);
        });
    Portfolio stored = store.find(id("p1")).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.transactions()).hasSize(1);
  }

  @Test
  public void append_futureVersion_throwsConflict() {
    store.create(portfolio("p1", ALICE));

    assertThatThrownBy(() -> store.append(id("p1"), 5, purchases("t1")))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  public void append_unknownPortfolio_throwsNotFound() {
    assertThatThrownBy(() -> store.append(id("nope"), 0, purchases("t1")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void append_duplicateTransactionId_throwsNamingTransactionsAndWritesNothing() {
    store.create(portfolio("p1", ALICE, "t1"));

    assertThatThrownBy(() -> store.append(id("p1"), 0, purchases("t2", "t1")))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("transactions"));
    Portfolio stored = store.find(id("p1")).orElseThrow();
    assertThat(stored.version()).isZero();
    assertThat(stored.transactions()).hasSize(1);
  }

  @Test
  public void replace_atExpectedVersion_storesChangeAtNextVersionIgnoringItsVersion() {
    Portfolio p = store.create(portfolio("p1", ALICE, "t1", "t2"));

    Portfolio changed = p.withName("Retirement").withTransactions(purchases("t2")).withVersion(42);
    Portfolio stored = store.replace(changed, 0);

    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.name()).isEqualTo("Retirement");
    assertThat(stored.transactions()).isEqualTo(purchases("t2"));
    assertThat(store.find(id("p1"))).contains(stored);
  }

  @Test
  public void replace_staleVersion_throwsConflictAndWritesNothing() {
    Portfolio p = store.create(portfolio("p1", ALICE));
    store.replace(p.withName("First"), 0);

    assertThatThrownBy(() -> store.replace(p.withName("Second"), 0))
        .isInstanceOf(VersionConflictException.class);
    assertThat(store.find(id("p1")).orElseThrow().name()).isEqualTo("First");
  }

  @Test
  public void replace_anotherOwner_throwsNamingOwner() {
    store.create(portfolio("p1", ALICE));

    assertThatThrownBy(() -> store.replace(portfolio("p1", BOB), 0))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("owner"));
    assertThat(store.find(id("p1")).orElseThrow().owner()).isEqualTo(ALICE);
  }

  @Test
  public void replace_unknownPortfolio_throwsNotFound() {
    assertThatThrownBy(() -> store.replace(portfolio("nope", ALICE), 0))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void delete_byOwner_removesIt() {
    store.create(portfolio("p1", ALICE));

    assertThat(store.delete(ALICE, id("p1"))).isTrue();

    assertThat(store.find(id("p1"))).isEmpty();
    assertThat(store.listByOwner(ALICE)).isEmpty();
    assertThat(store.delete(ALICE, id("p1"))).isFalse();
  }

  @Test
  public void delete_byAnotherInvestor_keepsIt() {
    store.create(portfolio("p1", ALICE));

    assertThat(store.delete(BOB, id("p1"))).isFalse();

    assertThat(store.find(id("p1"))).isPresent();
  }

  @Test
  public void create_afterDelete_startsAgainAtVersionZero() {
    store.create(portfolio("p1", ALICE));
    store.append(id("p1"), 0, purchases("t1"));
    store.delete(ALICE, id("p1"));

    store.create(portfolio("p1", BOB));

    assertThat(store.find(id("p1")).orElseThrow().version()).isZero();
    assertThat(store.listByOwner(ALICE)).isEmpty();
    assertThat(store.listByOwner(BOB)).hasSize(1);
  }

  @Test
  public void update_appliesChangeToLatestVersion() {
    store.create(portfolio("p1", ALICE));
    store.append(id("p1"), 0, purchases("t1"));

    Portfolio updated = store.update(id("p1"), p -> p.plusTransactions(purchases("t2")), 0);

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.transactions()).hasSize(2);
    assertThat(store.find(id("p1"))).contains(updated);
  }

  @Test
  public void update_noChange_writesNothing() {
    store.create(portfolio("p1", ALICE));

    Portfolio same = store.update(id("p1"), p -> p, 0);

    assertThat(same.version()).isZero();
    assertThat(store.find(id("p1")).orElseThrow().version()).isZero();
  }

  @Test
  public void update_conflictWithinRetries_retriesOnFreshCopy() {
    store.create(portfolio("p1", ALICE));
    AtomicBoolean interfered = new AtomicBoolean();

    Portfolio updated = store.update(id("p1"), p -> {
      if (interfered.compareAndSet(false, true)) {
        store.append(id("p1"), p.version(), purchases("other-writer"));
      }
      return p.plusTransactions(purchases("mine"));
    }, 1);

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.transactions()).extracting(t -> t.id().value())
        .containsExactly("other-writer", "mine");
  }

  @Test
  public void update_conflictBeyondRetries_throwsConflict() {
    store.create(portfolio("p1", ALICE));
    AtomicBoolean interfered = new AtomicBoolean();

    assertThatThrownBy(() -> store.update(id("p1"), p -> {
      if (interfered.compareAndSet(false, true)) {
        store.append(id("p1"), p.version(), purchases("other-writer"));
      }
      return p.plusTransactions(purchases("mine"));
    }, 0)).isInstanceOf(VersionConflictException.class);
    assertThat(store.find(id("p1")).orElseThrow().transactions()).hasSize(1);
  }

  @Test
  public void update_unknownPortfolio_throwsNotFound() {
    assertThatThrownBy(() -> store.update(id("nope"), p -> p, 3)).isInstanceOf(NotFoundException.class);
  }

  @Test
  public void update_negativeRetries_throwsNamingMaxRetries() {
    store.create(portfolio("p1", ALICE));

    assertThatThrownBy(() -> store.update(id("p1"), p -> p, -1))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("maxRetries"));
  }

  /**
   * {@value #THREADS} threads each append {@value #APPENDS_PER_THREAD} transactions to one portfolio
   * through {@code update}, all at once: every append survives, exactly once, and each accepted write
   * added one to the version.
   */
  @Test
  public void update_concurrentWriters_loseNoWrite() throws Exception {
    store.create(portfolio("shared", ALICE));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < APPENDS_PER_THREAD; i++) {
            Transaction tx = purchase("w" + thread + "-" + i);
            store.update(id("shared"), p -> p.plusTransactions(List.of(tx)), Integer.MAX_VALUE);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    Portfolio result = store.find(id("shared")).orElseThrow();
    assertThat(result.transactions()).hasSize(THREADS * APPENDS_PER_THREAD);
    assertThat(result.version()).isEqualTo((long) THREADS * APPENDS_PER_THREAD);
    Set<String> ids = new HashSet<>();
    result.transactions().forEach(tx -> ids.add(tx.id().value()));
    for (int t = 0; t < THREADS; t++) {
      String prefix = "w" + t + "-";
      List<String> mine = result.transactions().stream().map(tx -> tx.id().value())
          .filter(s -> s.startsWith(prefix)).toList();
      // Each writer's appends keep the order it made them in.
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < APPENDS_PER_THREAD; i++) {
        expected.add(prefix + i);
      }
      assertThat(mine).isEqualTo(expected);
    }
    assertThat(ids).hasSize(THREADS * APPENDS_PER_THREAD);
  }

  /** One step of {@link #operations_matchModel}: append, append at a stale version, or rename. */
  public record Op(int kind, int size) {}

  /**
   * Any sequence of appends, stale appends and renames leaves the store equal to a simple model: the
   * transactions accepted in order, one version per accepted write, stale writes refused.
   *
   * @param ops the operations
   */
  @Property(tries = 50)
  public void operations_matchModel(@ForAll("ops") List<Op> ops) {
    PortfolioStore s = newStore();
    s.create(portfolio("p", ALICE));
    List<String> modelTx = new ArrayList<>();
    long modelVersion = 0;
    String modelName = "Portfolio p";
    int next = 0;
    for (Op op : ops) {
      switch (op.kind()) {
        case 0 -> {
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < op.size(); i++) {
            ids.add("t" + next++);
          }
          s.append(id("p"), modelVersion, purchases(ids.toArray(String[]::new)));
          modelTx.addAll(ids);
          modelVersion++;
        }
        case 1 -> {
          long stale = modelVersion == 0 ? 1 : modelVersion - 1;
          assertThatThrownBy(() -> s.append(id("p"), stale, purchases("stale")))
              .isInstanceOf(VersionConflictException.class);
        }
        default -> {
          modelName = "Name " + op.size();
          Portfolio current = s.find(id("p")).orElseThrow();
          s.replace(current.withName(modelName), modelVersion);
          modelVersion++;
        }
      }
      Portfolio stored = s.find(id("p")).orElseThrow();
      assertThat(stored.version()).isEqualTo(modelVersion);
      assertThat(stored.name()).isEqualTo(modelName);
      assertThat(stored.transactions()).extracting(t -> t.id().value()).isEqualTo(modelTx);
    }
  }

  /**
   * Supplies operation sequences.
   *
   * @return sequences of up to 30 operations
   */
  @Provide
  public Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 4)).as(Op::new);
    return op.list().ofMaxSize(30);
  }
}
