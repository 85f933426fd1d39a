package in.lumpsum.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.goal.GoalPriority;
import in.lumpsum.core.investor.Investor;
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
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6: SQL injection attempts through every string a user controls (names, ids, search text,
 * folio numbers) are inert: stored and read back verbatim, matching nothing they should not, and the
 * tables intact.
 */
@ExtendWith(Pg.class)
class SqlInjectionTest {

  private static final TestSchema SCHEMA = new TestSchema();
  private static final List<String> ATTACKS = List.of(
      "x'); DROP TABLE ls_portfolio; --",
      "' OR '1'='1",
      "Robert\"); DELETE FROM ls_investor; --",
      "%' UNION SELECT doc_enc FROM ls_investor --",
      "\\'; TRUNCATE ls_nav; --",
      "_%",
      "$$; DROP SCHEMA public CASCADE; $$");

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }

  private static int tables() throws Exception {
    try (Connection c = Pg.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
            + SCHEMA.name() + "'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void attacksThroughNamesIdsSearchAndFolio_areStoredVerbatimAndInert() throws Exception {
    JdbcStores s = SCHEMA.fresh();
    int tablesBefore = tables();
    s.schemes().put(Scheme.builder().code(SchemeCode.of(1)).name("Safe Fund - Growth")
        .amc(Amc.of("Safe Mutual Fund")).build());
    int n = 0;
    for (String attack : ATTACKS) {
      n++;
      InvestorId owner = InvestorId.of("inv" + n + attack.replaceAll("\\s", ""));
      s.investors().save(Investor.builder().id(owner).displayName(attack).email("a" + n + "@example.com")
          .createdAt(Instant.EPOCH).build());
      PortfolioId pid = PortfolioId.of("p" + n + attack.replaceAll("\\s", ""));
      Transaction t = Transaction.builder().id(TransactionId.of("t" + n + attack.replaceAll("\\s", "")))
          .schemeCode(SchemeCode.of(1)).folio(FolioKey.of(Amc.of(attack), "12345/" + n))
          .type(TransactionType.PURCHASE).tradeDate(LocalDate.of(2026, 1, 1)).amount(Money.ofRupees(100))
          .units(Units.of(BigDecimal.ONE)).nav(Nav.of(new BigDecimal("100"))).description(attack).build();
      Portfolio p = Portfolio.builder().id(pid).owner(owner).name(attack).addTransactions(t).build();
      s.portfolios().create(p);
      s.goals().save(Goal.builder().id(GoalId.of("g" + n)).investorId(owner).name(attack)
          .targetAmount(Money.ofRupees(1000)).targetDate(LocalDate.of(2030, 1, 1)).inflation(BigDecimal.ZERO)
          .priority(GoalPriority.IMPORTANT).createdOn(LocalDate.of(2026, 1, 1)).build());
      s.schemes().put(Scheme.builder().code(SchemeCode.of(100 + n)).name("Fund " + attack)
          .amc(Amc.of("A " + n)).build());

      assertThat(s.portfolios().find(pid)).contains(p);
      assertThat(s.portfolios().find(owner, pid)).contains(p);
      assertThat(s.portfolios().find(InvestorId.of("someone-else"), pid)).isEmpty();
      assertThat(s.investors().find(owner).orElseThrow().displayName()).isEqualTo(attack);
      assertThat(s.goals().listByInvestor(owner)).extracting(Goal::name).containsExactly(attack);
      // The search text is matched literally: the attack finds only the scheme named after it.
      assertThat(s.schemes().search(attack, 10)).extracting(Scheme::code).containsExactly(SchemeCode.of(100 + n));
    }
    assertThat(s.schemes().search("'", 50))
        .hasSize((int) ATTACKS.stream().filter(a -> a.contains("'")).count());
    assertThat(s.schemes().search("%", 50)).extracting(Scheme::name)
        .allMatch(name -> name.contains("%"));
    assertThat(s.schemes().count()).isEqualTo(ATTACKS.size() + 1);
    assertThat(s.portfolios().listByOwner(InvestorId.of("'OR'1'='1"))).isEmpty();
    assertThat(tables()).isEqualTo(tablesBefore);
  }
}
