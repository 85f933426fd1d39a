package in.lumpsum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.event.DomainEvent;
import in.lumpsum.core.event.InProcessEventBus;
import in.lumpsum.core.event.PortfolioChanged;
import in.lumpsum.core.event.SchemeAdded;
import in.lumpsum.core.event.SchemeRenamed;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.store.AlreadyExistsException;
import in.lumpsum.core.store.Stores;
import in.lumpsum.core.store.spi.SchemeUpsertResult;
import in.lumpsum.core.store.tck.TckData;
import in.lumpsum.core.time.IndianTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LumpsumTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-19T18:30:00Z"), IndianTime.ZONE);

  @Test
  void builder_defaultsAreEmbedded_andTodayIsIndian() {
    try (Lumpsum lumpsum = Lumpsum.builder().clock(CLOCK).build()) {
      // 18:30 UTC on 19 August is past midnight in India.
      assertThat(lumpsum.today()).isEqualTo(LocalDate.of(2026, 8, 20));
      assertThat(lumpsum.stores().schemes().count()).isZero();
      assertThat(lumpsum.events()).isInstanceOf(InProcessEventBus.class);
      assertThat(lumpsum.json().toJson(Money.parse("12.5"))).isEqualTo("\"12.50\"");
      assertThat(lumpsum.component(String.class)).isEmpty();
    }
  }

  @Test
  void registerSchemes_publishesAddedThenRenamed_andNothingWhenUnchanged() {
    try (Lumpsum lumpsum = Lumpsum.builder().clock(CLOCK).build()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      lumpsum.events().subscribeAll(seen::add);
      Scheme s = TckData.scheme(TckData.CODE_1.value(), "Sample Fund - Direct Plan - Growth");
      SchemeUpsertResult first = lumpsum.registerSchemes(List.of(s));
      assertThat(first.inserted()).containsExactly(TckData.CODE_1);
      lumpsum.registerSchemes(List.of(s));
      lumpsum.registerSchemes(List.of(TckData.scheme(TckData.CODE_1.value(), "Sample Fund (renamed) - Direct - Growth")));
      assertThat(seen).hasSize(2);
      assertThat(seen.get(0)).isEqualTo(new SchemeAdded(TckData.CODE_1, s.name(), CLOCK.instant()));
      assertThat(seen.get(1)).isInstanceOfSatisfying(SchemeRenamed.class,
          r -> assertThat(r.oldName()).isEqualTo(s.name()));
    }
  }

  @Test
  void record_fromManyThreads_losesNothing_andPublishesEachVersion() throws Exception {
    try (Lumpsum lumpsum = Lumpsum.builder().clock(CLOCK).build()) {
      List<PortfolioChanged> changes = new CopyOnWriteArrayList<>();
      lumpsum.events().subscribe(PortfolioChanged.class, changes::add);
      PortfolioId id = PortfolioId.of("p1");
      lumpsum.createPortfolio(Portfolio.builder().id(id).owner(TckData.ALICE).name("Family").build());
      int threads = 4;
      int each = 25;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          futures.add(pool.submit(() -> {
            for (int i = 0; i < each; i++) {
              lumpsum.record(id, List.of(purchase("t" + thread + "-" + i)));
            }
          }));
        }
        for (Future<?> f : futures) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      Portfolio p = lumpsum.stores().portfolios().find(id).orElseThrow();
      assertThat(p.transactions()).hasSize(threads * each);
      assertThat(p.version()).isEqualTo(threads * each);
      assertThat(changes).hasSize(threads * each + 1);
      assertThat(changes).extracting(PortfolioChanged::version).doesNotHaveDuplicates();
    }
  }

  @Test
  void record_duplicateTransactionId_rejectedAndNothingWritten() {
    try (Lumpsum lumpsum = Lumpsum.builder().clock(CLOCK).build()) {
      PortfolioId id = PortfolioId.of("p1");
      lumpsum.createPortfolio(Portfolio.builder().id(id).owner(TckData.ALICE).name("Family").build());
      lumpsum.record(id, List.of(purchase("a")));
      assertThatThrownBy(() -> lumpsum.record(id, List.of(purchase("b"), purchase("a"))))
          .isInstanceOf(InvalidValueException.class);
      assertThat(lumpsum.stores().portfolios().find(id).orElseThrow().transactions()).hasSize(1);
    }
  }

  @Test
  void signUp_twice_isAlreadyExists() {
    try (Lumpsum lumpsum = Lumpsum.builder().clock(CLOCK).build()) {
      lumpsum.signUp(TckData.investor(TckData.ALICE.value()));
      assertThatThrownBy(() -> lumpsum.signUp(TckData.investor(TckData.ALICE.value())))
          .isInstanceOf(AlreadyExistsException.class);
    }
  }

  @Test
  void close_closesOnlyTheBusItOwns() {
    InProcessEventBus hostBus = InProcessEventBus.builder().build();
    Lumpsum.builder().events(hostBus).stores(Stores.inMemory()).build().close();
    assertThat(hostBus.isClosed()).isFalse();
    hostBus.close();

    Lumpsum own = Lumpsum.builder().build();
    own.close();
    assertThat(own.events().isClosed()).isTrue();
  }

  @Test
  void component_addedOnce_foundByType() {
    try (Lumpsum lumpsum = Lumpsum.builder().component(CharSequence.class, "x").build()) {
      assertThat(lumpsum.component(CharSequence.class)).contains("x");
    }
    assertThatThrownBy(() -> Lumpsum.builder().component(CharSequence.class, "x")
        .component(CharSequence.class, "y")).isInstanceOf(IllegalStateException.class);
  }

  private static Transaction purchase(String id) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(TckData.CODE_1).folio(TckData.FOLIO)
        .type(TransactionType.PURCHASE).tradeDate(LocalDate.of(2026, 8, 19))
        .amount(Money.ofRupees(1000)).units(Units.parse("10")).build();
  }
}
