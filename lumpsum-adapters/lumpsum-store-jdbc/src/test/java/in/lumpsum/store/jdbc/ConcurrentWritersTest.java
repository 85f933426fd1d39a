package in.lumpsum.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.VersionConflictException;
import in.lumpsum.core.store.spi.PortfolioStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6: concurrent writers to one portfolio from several threads and two store instances (each
 * with its own pool, as two processes would have) lose no update.
 */
@ExtendWith(Pg.class)
class ConcurrentWritersTest {

  private static final TestSchema SCHEMA = new TestSchema();
  private static final int THREADS_PER_INSTANCE = 3;
  private static final int WRITES_PER_THREAD = 20;

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }

  private static Transaction purchase(String id) {
    return Transaction.builder().id(TransactionId.of(id)).schemeCode(SchemeCode.of(119_551))
        .folio(FolioKey.of(Amc.of("HDFC Mutual Fund"), "1234567/89")).type(TransactionType.PURCHASE)
        .tradeDate(LocalDate.of(2025, 4, 1)).amount(Money.ofRupees(500))
        .units(Units.of(new BigDecimal("5.000"))).nav(Nav.of(new BigDecimal("100"))).build();
  }

  @Test
  void twoInstances_severalThreads_compareAndSetAppends_loseNothing() throws Exception {
    JdbcStores first = SCHEMA.fresh();
    PortfolioId id = PortfolioId.of("shared");
    first.portfolios().create(Portfolio.builder().id(id).owner(InvestorId.of("alice")).name("Shared").build());
    AtomicInteger conflicts = new AtomicInteger();
    try (HikariDataSource secondPool = Pg.newPool(4)) {
      JdbcStores second = JdbcStores.builder(secondPool).schema(SCHEMA.name()).keyProvider(Pg.KEYS).build();
      List<PortfolioStore> instances = List.of(first.portfolios(), second.portfolios());
      ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 2 * THREADS_PER_INSTANCE; i++) {
          PortfolioStore store = instances.get(i % 2);
          String writer = "w" + i;
          futures.add(pool.submit(() -> {
            start.await();
            for (int n = 0; n < WRITES_PER_THREAD; n++) {
              // Optimistic: read, append at the version read, on conflict read again and retry.
              Transaction t = purchase(writer + "-" + n);
              while (true) {
                Portfolio p = store.find(id).orElseThrow();
                try {
                  store.append(id, p.version(), List.of(t));
                  break;
                } catch (VersionConflictException e) {
                  conflicts.incrementAndGet();
                }
              }
              // And through update(), alternating instances' stores.
              store.update(id, p -> p.plusTransactions(List.of(purchase(writer + "-u" + p.version()
                  + "-" + Thread.currentThread().getId()))), 100);
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> f : futures) {
          f.get(5, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    Portfolio end = first.portfolios().find(id).orElseThrow();
    int expected = 2 * THREADS_PER_INSTANCE * WRITES_PER_THREAD * 2;
    System.out.printf("ConcurrentWritersTest: writers=%d (2 instances), writes=%d, stored=%d, version=%d,"
        + " conflicts retried=%d, lost=%d%n", 2 * THREADS_PER_INSTANCE, expected, end.transactions().size(),
        end.version(), conflicts.get(), expected - end.transactions().size());
    assertThat(end.transactions()).hasSize(expected);
    assertThat(end.version()).isEqualTo(expected);
    for (int i = 0; i < 2 * THREADS_PER_INSTANCE; i++) {
      for (int n = 0; n < WRITES_PER_THREAD; n++) {
        assertThat(end.transaction(TransactionId.of("w" + i + "-" + n))).isPresent();
      }
    }
  }
}
