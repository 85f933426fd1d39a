package in.lumpsum.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.goal.GoalPriority;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.InvestorProfile;
import in.lumpsum.core.investor.Pan;
import in.lumpsum.core.investor.RiskProfile;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.HoldingRef;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.StoreException;
import in.lumpsum.store.jdbc.internal.PiiCipher;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Personal data at rest: encrypted with AES-GCM, key id stored with each value, keys rotating. */
@ExtendWith(Pg.class)
class PersonalDataTest {

  private static final TestSchema SCHEMA = new TestSchema();
  private static final String PAN = "ABCPK1234Q";
  private static final String EMAIL = "priya.k@example.in";
  private static final String FOLIO = "4455667/21";
  private static final InvestorId PRIYA = InvestorId.of("priya");

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }

  private static byte[] key() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  private static JdbcStores stores(StaticKeyProvider keys) {
    return JdbcStores.builder(Pg.pool()).schema(SCHEMA.name()).keyProvider(keys).build();
  }

  private static void writeAll(JdbcStores s, String suffix) {
    InvestorId id = InvestorId.of("priya" + suffix);
    s.investors().save(Investor.builder().id(id).displayName("Priya K").email(EMAIL)
        .createdAt(Instant.parse("2026-01-05T10:00:00Z")).build());
    s.investors().saveProfile(InvestorProfile.builder().investorId(id).pan(Pan.parse(PAN))
        .riskProfile(RiskProfile.MODERATE).horizonYears(15).build());
    FolioKey folio = FolioKey.of(Amc.of("HDFC Mutual Fund"), FOLIO);
    s.portfolios().create(Portfolio.builder().id(PortfolioId.of("p" + suffix)).owner(id).name("Core")
        .addTransactions(Transaction.builder().id(TransactionId.of("t1")).schemeCode(SchemeCode.of(119_551))
            .folio(folio).type(TransactionType.PURCHASE).tradeDate(LocalDate.of(2026, 1, 6))
            .amount(Money.ofRupees(5000)).units(Units.of(new BigDecimal("50.000")))
            .nav(Nav.of(new BigDecimal("100"))).build())
        .build());
    s.goals().save(Goal.builder().id(GoalId.of("g" + suffix)).investorId(id).name("Home")
        .targetAmount(Money.ofRupees(2_000_000)).targetDate(LocalDate.of(2036, 1, 1))
        .inflation(new BigDecimal("0.06")).priority(GoalPriority.ESSENTIAL)
        .addLinkedHoldings(new HoldingRef(SchemeCode.of(119_551), folio)).createdOn(LocalDate.of(2026, 1, 5))
        .build());
  }

  /** Every encrypted column of every table, raw. */
  private static List<byte[]> rawValues() throws Exception {
    List<byte[]> out = new ArrayList<>();
    try (Connection c = Pg.connect(); Statement st = c.createStatement()) {
      for (String table : List.of("investor.doc_enc", "investor_profile.doc_enc", "goal.doc_enc",
          "transaction.folio_enc")) {
        String[] tc = table.split("\\.");
        try (ResultSet rs = st.executeQuery("SELECT " + tc[1] + " FROM \"" + SCHEMA.name() + "\".ls_" + tc[0])) {
          while (rs.next()) {
            out.add(rs.getBytes(1));
          }
        }
      }
    }
    return out;
  }

  @Test
  void personalData_isNotStoredInClear_anywhere() throws Exception {
    JdbcStores s = stores(StaticKeyProvider.builder().add("k1", key()).current("k1").build());
    SCHEMA.fresh();
    writeAll(s, "");

    List<byte[]> raw = rawValues();
    assertThat(raw).hasSize(4);
    for (byte[] v : raw) {
      String asText = new String(v, StandardCharsets.ISO_8859_1);
      assertThat(asText).doesNotContain(PAN).doesNotContain(EMAIL).doesNotContain(FOLIO)
          .doesNotContain("4455667");
      assertThat(PiiCipher.keyIdOf(v)).isEqualTo("k1");
    }
    // A text dump of every row of every table finds none of them either.
    try (Connection c = Pg.connect(); Statement st = c.createStatement()) {
      for (String table : List.of("investor", "investor_profile", "goal", "portfolio", "transaction")) {
        try (ResultSet rs = st.executeQuery("SELECT string_agg(t::text, '|') FROM (SELECT * FROM \""
            + SCHEMA.name() + "\".ls_" + table + ") t")) {
          rs.next();
          assertThat(rs.getString(1)).doesNotContain(EMAIL).doesNotContain(PAN).doesNotContain(FOLIO)
              .doesNotContain("4455667");
        }
      }
    }
    assertThat(s.investors().findProfile(PRIYA).orElseThrow().pan()).contains(Pan.parse(PAN));
    assertThat(s.investors().find(PRIYA).orElseThrow().email()).contains(EMAIL);
  }

  @Test
  void keyRotation_oldRowsReadable_newRowsUnderNewKey_retiredKeyNamedWhenMissing() throws Exception {
    byte[] k1 = key();
    byte[] k2 = key();
    SCHEMA.fresh();
    writeAll(stores(StaticKeyProvider.builder().add("k1", k1).current("k1").build()), "-old");

    JdbcStores rotated = stores(StaticKeyProvider.builder().add("k1", k1).add("k2", k2).current("k2").build());
    writeAll(rotated, "-new");

    InvestorId old = InvestorId.of("priya-old");
    assertThat(rotated.investors().find(old).orElseThrow().email()).contains(EMAIL);
    assertThat(rotated.investors().findProfile(old).orElseThrow().pan()).contains(Pan.parse(PAN));
    assertThat(rotated.portfolios().find(PortfolioId.of("p-old")).orElseThrow().transactions().get(0)
        .folio().number().value()).isEqualTo(FOLIO);
    assertThat(rotated.goals().find(GoalId.of("g-old"))).isPresent();
    assertThat(rawValues()).extracting(PiiCipher::keyIdOf).containsOnly("k1", "k2")
        .filteredOn("k2"::equals).hasSize(4);

    // Without the retired key, old rows fail loudly (naming the key), new rows still read.
    JdbcStores onlyNew = stores(StaticKeyProvider.builder().add("k2", k2).current("k2").build());
    assertThat(onlyNew.investors().find(InvestorId.of("priya-new"))).isPresent();
    assertThatThrownBy(() -> onlyNew.investors().find(old)).isInstanceOf(StoreException.class)
        .hasMessageContaining("'k1'").hasMessageNotContaining(EMAIL);
  }

  @Test
  void valueMovedToAnotherRow_failsToDecrypt() throws Exception {
    JdbcStores s = stores(StaticKeyProvider.builder().add("k1", key()).current("k1").build());
    SCHEMA.fresh();
    writeAll(s, "-a");
    writeAll(s, "-b");
    try (Connection c = Pg.connect(); Statement st = c.createStatement()) {
      st.execute("UPDATE \"" + SCHEMA.name() + "\".ls_investor_profile SET doc_enc = (SELECT doc_enc FROM \""
          + SCHEMA.name() + "\".ls_investor_profile WHERE investor_id = 'priya-a') WHERE investor_id = 'priya-b'");
    }

    assertThat(s.investors().findProfile(InvestorId.of("priya-a"))).isPresent();
    assertThatThrownBy(() -> s.investors().findProfile(InvestorId.of("priya-b")))
        .isInstanceOf(StoreException.class).hasMessageContaining("another row");
  }

  @Test
  void toStrings_revealNoPersonalData() {
    JdbcStores s = stores(StaticKeyProvider.builder().add("k1", key()).current("k1").build());
    assertThat(List.of(s.toString(), s.investors().toString(), s.portfolios().toString(),
        s.goals().toString(), StaticKeyProvider.generate("kx").toString()))
        .allSatisfy(t -> assertThat(t).doesNotContain(PAN).doesNotContain(EMAIL));
  }
}
