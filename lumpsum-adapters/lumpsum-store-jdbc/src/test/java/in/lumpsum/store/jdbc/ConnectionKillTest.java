package in.lumpsum.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

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
import in.lumpsum.core.store.StoreException;
import in.lumpsum.core.store.VersionConflictException;
import in.lumpsum.core.store.spi.NavRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6: a connection killed mid-transaction ({@code pg_terminate_backend} from a second connection)
 * leaves no partial write, and the operation retried completes. Repeated many times; the counts are
 * printed and asserted.
 */
@ExtendWith(Pg.class)
class ConnectionKillTest {

  private static final TestSchema SCHEMA = new TestSchema();
  private static final int ROUNDS = 200;
  private static final InvestorId OWNER = InvestorId.of("kill-owner");
  private static final PortfolioId PORTFOLIO = PortfolioId.of("kill-p");
  private static final SchemeCode SCHEME = SchemeCode.of(120_503);

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }

  private static Transaction purchase(int i) {
    return Transaction.builder().id(TransactionId.of("t" + i)).schemeCode(SCHEME)
        .folio(FolioKey.of(Amc.of("Axis Mutual Fund"), "9104" + i)).type(TransactionType.PURCHASE)
        .tradeDate(LocalDate.of(2024, 1, 1).plusDays(i)).amount(Money.ofRupees(1000))
        .units(Units.of(new BigDecimal("10.000"))).nav(Nav.of(new BigDecimal("100"))).build();
  }

  private static List<NavRecord> navBlock(int round) {
    List<NavRecord> out = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      out.add(NavRecord.of(SCHEME, LocalDate.of(2000, 1, 1).plusDays(round * 20L + d),
          Nav.of(new BigDecimal("10." + (round % 97)))));
    }
    return out;
  }

  @Test
  void killMidTransaction_leavesNoPartialWrite_andRetryCompletes() {
    JdbcStores healthy = SCHEMA.fresh();
    KillingDataSource killing = new KillingDataSource();
    JdbcStores victim = JdbcStores.builder(killing).schema(SCHEMA.name()).keyProvider(Pg.KEYS)
        .migrate(false).build();
    healthy.portfolios().create(Portfolio.builder().id(PORTFOLIO).owner(OWNER).name("Kill test").build());
    Random random = new Random(6);
    int killsTried = 0;
    int killsLanded = 0;
    int failedWrites = 0;
    int partialWrites = 0;
    for (int round = 0; round < ROUNDS; round++) {
      boolean portfolioWrite = round % 2 == 0;
      // Statements and commit of one write: append makes 5 calls (lock, read, bump, insert, commit),
      // NAV upsert 4 (lock, read, insert, commit). Kill before a random one after the first, so the
      // transaction has begun and written or locked something.
      killing.killAt(2 + random.nextInt(portfolioWrite ? 4 : 3));
      killsTried++;
      Portfolio before = healthy.portfolios().find(PORTFOLIO).orElseThrow();
      int navsBefore = healthy.navs().count(SCHEME);
      Transaction t = purchase(round);
      boolean failed = false;
      try {
        if (portfolioWrite) {
          victim.portfolios().append(PORTFOLIO, before.version(), List.of(t));
        } else {
          victim.navs().upsert(navBlock(round));
        }
      } catch (StoreException e) {
        failed = true;
      }
      if (killing.killed()) {
        killsLanded++;
      }
      if (failed) {
        failedWrites++;
        // All or nothing: the failed write left no trace.
        Portfolio after = healthy.portfolios().find(PORTFOLIO).orElseThrow();
        int navsAfter = healthy.navs().count(SCHEME);
        if (!after.equals(before) || navsAfter != navsBefore) {
          partialWrites++;
        }
      }
      // Retry to completion on a healthy connection; idempotent, since a kill at commit is ambiguous.
      if (portfolioWrite) {
        retryAppend(healthy, t);
      } else {
        healthy.navs().upsert(navBlock(round));
      }
    }
    Portfolio end = healthy.portfolios().find(PORTFOLIO).orElseThrow();
    int expectedTx = (ROUNDS + 1) / 2;
    int expectedNavs = ROUNDS / 2 * 20;
    long distinctTx = end.transactions().stream().map(Transaction::id).distinct().count();
    int lost = expectedTx - (int) distinctTx + expectedNavs - healthy.navs().count(SCHEME);
    System.out.printf("ConnectionKillTest: kills tried=%d, landed=%d, writes failed=%d, partial writes=%d,"
        + " writes lost=%d (transactions %d of %d, NAVs %d of %d)%n", killsTried, killsLanded, failedWrites,
        partialWrites, lost, distinctTx, expectedTx, healthy.navs().count(SCHEME), expectedNavs);

    assertThat(killsLanded).isEqualTo(ROUNDS);
    assertThat(failedWrites).isEqualTo(ROUNDS);
    assertThat(partialWrites).isZero();
    assertThat(lost).isZero();
    assertThat(end.transactions()).hasSize(expectedTx);
    assertThat(end.version()).isEqualTo(expectedTx);
  }

  private static void retryAppend(JdbcStores stores, Transaction t) {
    for (int attempt = 0; ; attempt++) {
      Portfolio p = stores.portfolios().find(PORTFOLIO).orElseThrow();
      if (p.transaction(t.id()).isPresent()) {
        return;
      }
      try {
        stores.portfolios().append(PORTFOLIO, p.version(), List.of(t));
        return;
      } catch (VersionConflictException e) {
        if (attempt > 3) {
          throw e;
        }
      }
    }
  }
}
