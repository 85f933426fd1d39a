package in.lumpsum.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.goal.GoalPriority;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.Role;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Isolation between investors: owner-scoped queries, an advisor reaching only assigned clients, and
 * the optional row-level security policies, tested as a freshly created role that neither owns the
 * tables nor is a superuser (an owner or superuser bypasses the policies, so the test would pass
 * falsely).
 */
@ExtendWith(Pg.class)
class IsolationTest {

  private static final TestSchema SCHEMA = new TestSchema();
  private static final InvestorId ADVISOR = InvestorId.of("adv");
  private static final InvestorId CLIENT = InvestorId.of("client");
  private static final InvestorId STRANGER = InvestorId.of("stranger");

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }

  private static void seed(JdbcStores s) {
    s.investors().save(investor(ADVISOR, Role.ADVISOR));
    s.investors().save(investor(CLIENT, Role.USER));
    s.investors().save(investor(STRANGER, Role.USER));
    s.investors().assignAdvisor(CLIENT, ADVISOR);
    for (InvestorId owner : new InvestorId[] {CLIENT, STRANGER}) {
      s.portfolios().create(Portfolio.builder().id(PortfolioId.of("p-" + owner)).owner(owner).name("P").build());
      s.goals().save(Goal.builder().id(GoalId.of("g-" + owner)).investorId(owner).name("G")
          .targetAmount(Money.ofRupees(1000)).targetDate(LocalDate.of(2030, 1, 1)).inflation(BigDecimal.ZERO)
          .priority(GoalPriority.IMPORTANT).createdOn(LocalDate.of(2026, 1, 1)).build());
    }
  }

  private static Investor investor(InvestorId id, Role role) {
    return Investor.builder().id(id).displayName("Name " + id).roles(Set.of(role)).createdAt(Instant.EPOCH)
        .build();
  }

  @Test
  void advisor_reachesOnlyAssignedClients() {
    JdbcStores s = SCHEMA.fresh();
    seed(s);

    assertThat(s.portfolios().listForAdvisor(ADVISOR, CLIENT)).extracting(Portfolio::owner).containsExactly(CLIENT);
    assertThat(s.portfolios().listForAdvisor(ADVISOR, STRANGER)).isEmpty();
    assertThat(s.goals().listForAdvisor(ADVISOR, CLIENT)).hasSize(1);
    assertThat(s.goals().listForAdvisor(ADVISOR, STRANGER)).isEmpty();
    assertThat(s.investors().findClient(ADVISOR, CLIENT)).isPresent();
    assertThat(s.investors().findClient(ADVISOR, STRANGER)).isEmpty();
    assertThat(s.investors().findClient(STRANGER, CLIENT)).isEmpty();
    // Scoped by owner: another investor's ids find nothing and delete nothing.
    assertThat(s.portfolios().find(STRANGER, PortfolioId.of("p-client"))).isEmpty();
    assertThat(s.portfolios().delete(STRANGER, PortfolioId.of("p-client"))).isFalse();
    assertThat(s.goals().find(STRANGER, GoalId.of("g-client"))).isEmpty();

    s.investors().unassignAdvisor(CLIENT);
    assertThat(s.portfolios().listForAdvisor(ADVISOR, CLIENT)).isEmpty();
  }

  @Test
  void rowLevelSecurity_asNonOwnerRole_showsOnlyOwnAndClientsRows() throws Exception {
    JdbcStores s = SCHEMA.fresh();
    seed(s);
    String schema = SCHEMA.name();
    String role = schema + "_app";
    try (Connection c = Pg.connect(); Statement st = c.createStatement()) {
      st.execute(s.migrator().renderedRowLevelSecurityScript());
      st.execute("CREATE ROLE " + role + " NOLOGIN NOSUPERUSER NOBYPASSRLS");
      st.execute("GRANT USAGE ON SCHEMA \"" + schema + "\" TO " + role);
      st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \"" + schema + "\" TO " + role);
    }
    try {
      assertThat(asRole(role, CLIENT, schema).portfolios().find(PortfolioId.of("p-stranger"))).isEmpty();
      assertThat(asRole(role, CLIENT, schema).portfolios().find(PortfolioId.of("p-client"))).isPresent();
      JdbcStores advisor = asRole(role, ADVISOR, schema);
      assertThat(advisor.portfolios().find(PortfolioId.of("p-client"))).isPresent();
      assertThat(advisor.portfolios().find(PortfolioId.of("p-stranger"))).isEmpty();
      assertThat(advisor.goals().find(GoalId.of("g-stranger"))).isEmpty();
      assertThat(advisor.investors().listWithRole(Role.USER)).extracting(Investor::id).containsExactly(CLIENT);
      // The owner (superuser here) still sees everything: the policies bind only the app role.
      assertThat(s.portfolios().find(PortfolioId.of("p-stranger"))).isPresent();
    } finally {
      try (Connection c = Pg.connect(); Statement st = c.createStatement()) {
        st.execute("DROP OWNED BY " + role);
        st.execute("DROP ROLE " + role);
      }
    }
  }

  // Stores whose connections act as the app role for one investor. The role name and investor id are
  // test constants (plain identifiers), so they are safe to write into the init SQL.
  private static JdbcStores asRole(String role, InvestorId investor, String schema) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(Pg.URL);
    config.setMaximumPoolSize(1);
    config.setConnectionInitSql("SET ROLE " + role + "; SELECT set_config('lumpsum.investor', '"
        + investor.value() + "', false)");
    HikariDataSource ds = new HikariDataSource(config);
    Runtime.getRuntime().addShutdownHook(new Thread(ds::close));
    return JdbcStores.builder(ds).schema(schema).keyProvider(Pg.KEYS).migrate(false).build();
  }
}
