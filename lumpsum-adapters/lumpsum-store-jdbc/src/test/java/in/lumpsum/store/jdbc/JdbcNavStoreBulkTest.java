package in.lumpsum.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavUpsertResult;
import in.lumpsum.store.jdbc.NavLoadResult.LoadPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** NAV history beyond the contract: the revision table, COPY and batched bulk loads, the index. */
@ExtendWith(Pg.class)
class JdbcNavStoreBulkTest {

  private static final TestSchema SCHEMA = new TestSchema();
  private static final LocalDate START = LocalDate.of(2016, 1, 1);

  @AfterAll
  static void dropSchema() {
    SCHEMA.drop();
  }

  private static NavRecord nav(int scheme, int day, String value) {
    return NavRecord.of(SchemeCode.of(scheme), START.plusDays(day), Nav.of(new BigDecimal(value)));
  }

  /** 20 schemes x 500 days, NAV a function of both. */
  private static List<NavRecord> history(int bump) {
    List<NavRecord> out = new ArrayList<>();
    for (int s = 100_000; s < 100_020; s++) {
      for (int d = 0; d < 500; d++) {
        out.add(nav(s, d, (10 + s % 7) + "." + String.format("%04d", (d * 37 + bump) % 10_000)));
      }
    }
    return out;
  }

  @Test
  void upsert_correction_isRecordedAsRevisionWithOldAndNewValue() {
    JdbcNavStore store = SCHEMA.fresh().navs();
    store.upsert(List.of(nav(1, 0, "10.5"), nav(1, 1, "10.6")));

    NavUpsertResult r = store.upsert(List.of(nav(1, 0, "10.50000"), nav(1, 1, "10.65")));

    assertThat(r.unchanged()).isEqualTo(1);
    assertThat(r.corrected()).hasSize(1);
    List<NavRevision> revisions = store.revisions(SchemeCode.of(1));
    assertThat(revisions).hasSize(1);
    NavRevision rev = revisions.get(0);
    assertThat(rev.date()).isEqualTo(START.plusDays(1));
    assertThat(rev.previous()).isEqualTo(Nav.of(new BigDecimal("10.6")));
    assertThat(rev.current()).isEqualTo(Nav.of(new BigDecimal("10.65")));
    assertThat(rev.revisedAt()).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(LoadPath.class)
  void bulkLoad_thenAgain_thenCorrected_reportsLikeUpsert(LoadPath path) {
    JdbcNavStore store = SCHEMA.fresh().navs();
    List<NavRecord> rows = history(0);

    NavLoadResult first = store.bulkLoad(rows.iterator(), path);
    NavLoadResult again = store.bulkLoad(rows.stream());
    List<NavRecord> changed = new ArrayList<>(rows.subList(0, 10));
    changed.set(3, nav(100_000, 3, "99.1234"));
    changed.add(nav(100_000, 3, "99.5")); // repeated key: the last one counts
    NavLoadResult third = store.bulkLoad(changed.iterator(), path);

    assertThat(first).isEqualTo(new NavLoadResult(10_000, 10_000, 0, 0, path));
    assertThat(again.inserted()).isZero();
    assertThat(again.unchanged()).isEqualTo(10_000);
    assertThat(third).isEqualTo(new NavLoadResult(11, 0, 1, 9, path));
    assertThat(store.exact(SchemeCode.of(100_000), START.plusDays(3)).orElseThrow().nav())
        .isEqualTo(Nav.of(new BigDecimal("99.5")));
    assertThat(store.revisions(SchemeCode.of(100_000))).singleElement()
        .satisfies(r -> assertThat(r.current()).isEqualTo(Nav.of(new BigDecimal("99.5"))));
    assertThat(store.count(SchemeCode.of(100_007))).isEqualTo(500);
    assertThat(store.onOrBefore(SchemeCode.of(100_007), START.plusDays(10_000)).orElseThrow())
        .isEqualTo(rows.get(7 * 500 + 499));
  }

  @Test
  void bulkLoad_inChunks_commitsEachAndCountsAll() {
    JdbcStores stores = JdbcStores.builder(Pg.pool()).schema(SCHEMA.name()).tablePrefix("chunk_")
        .keyProvider(Pg.KEYS).bulkChunkRows(1_000).build();

    NavLoadResult r = stores.navs().bulkLoad(history(3).iterator());

    assertThat(r.rows()).isEqualTo(10_000);
    assertThat(r.inserted()).isEqualTo(10_000);
    assertThat(stores.navs().schemes()).hasSize(20);
  }

  @Test
  void onOrBeforeMany_matchesOneLookupPerScheme() {
    JdbcNavStore store = SCHEMA.fresh().navs();
    store.upsert(history(2));
    List<SchemeCode> schemes = List.of(SchemeCode.of(100_005), SchemeCode.of(9), SchemeCode.of(100_001));
    LocalDate date = START.plusDays(123);

    var many = store.onOrBefore(schemes, date);

    assertThat(many.keySet()).containsExactly(SchemeCode.of(100_005), SchemeCode.of(100_001));
    for (SchemeCode s : many.keySet()) {
      assertThat(many.get(s)).isEqualTo(store.onOrBefore(s, date).orElseThrow());
    }
    assertThat(store.onOrBefore(schemes, START.minusDays(1))).isEmpty();
  }

  @Test
  void onOrBefore_usesThePrimaryKeyIndex() throws Exception {
    JdbcNavStore store = SCHEMA.fresh().navs();
    store.bulkLoad(history(1).iterator());
    try (Connection c = Pg.connect()) {
      c.createStatement().execute("ANALYZE \"" + SCHEMA.name() + "\".ls_nav");
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT nav_date, nav FROM \"" + SCHEMA.name()
          + "\".ls_nav WHERE scheme = ? AND nav_date <= ? ORDER BY nav_date DESC LIMIT 1")) {
        ps.setInt(1, 100_003);
        ps.setObject(2, START.plusDays(250));
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        assertThat(plan.toString()).contains("Index").contains("ls_nav_pkey").doesNotContain("Seq Scan");
      }
    }
  }
}
