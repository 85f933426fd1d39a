package in.lumpsum.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The migrator: version table, concurrent start-up under the advisory lock, checksums, names. */
@ExtendWith(Pg.class)
class JdbcMigratorTest {

  private final List<String> schemas = new ArrayList<>();

  private String schema() {
    String s = Pg.randomSchema();
    schemas.add(s);
    return s;
  }

  @AfterEach
  void dropSchemas() {
    schemas.forEach(Pg::drop);
  }

  @Test
  void migrate_twice_appliesOnceThenNothing() {
    JdbcMigrator m = JdbcMigrator.of(Pg.pool(), schema(), "ls_");

    assertThat(m.currentVersion()).isZero();
    assertThat(m.migrate()).containsExactly(1, 2);
    assertThat(m.migrate()).isEmpty();
    assertThat(m.currentVersion()).isEqualTo(2);
  }

  @Test
  void scripts_areTheShippedVersionsInOrder() {
    assertThat(JdbcMigrator.scripts()).extracting(JdbcMigrator.Script::version).containsExactly(1, 2);
    assertThat(JdbcMigrator.scripts()).extracting(JdbcMigrator.Script::description)
        .containsExactly("stores", "scheme lineage");
    assertThat(JdbcMigrator.scripts()).extracting(JdbcMigrator.Script::checksum).doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[0-9a-f]{64}"));
  }

  @Test
  void migrate_schemaAtVersion1_appliesOnlyVersion2AndKeepsItsData() throws Exception {
    String schema = schema();
    JdbcStores old = JdbcStores.builder(Pg.pool()).schema(schema).keyProvider(Pg.KEYS).build();
    old.schemes().put(Scheme.builder().code(SchemeCode.of(1)).name("Kept Fund")
        .amc(Amc.of("Kept Mutual Fund")).build());
    // Back to what 0.1.0 left: version 1 only, no lineage table.
    try (Connection c = Pg.connect(); Statement st = c.createStatement()) {
      st.execute("DROP TABLE \"" + schema + "\".ls_scheme_rename");
      st.execute("DELETE FROM \"" + schema + "\".ls_schema_version WHERE version = 2");
    }
    JdbcMigrator m = JdbcMigrator.of(Pg.pool(), schema, "ls_");
    assertThat(m.currentVersion()).isEqualTo(1);

    assertThat(m.migrate()).containsExactly(2);
    assertThat(m.currentVersion()).isEqualTo(2);
    assertThat(old.schemes().count()).isEqualTo(1);
    assertThat(old.lineage().all()).isEmpty();
  }

  @Test
  void migrate_concurrentInstances_exactlyOneApplies() throws Exception {
    String schema = schema();
    int instances = 6;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        // Each "instance" has its own pool, as separate processes would.
        results.add(pool.submit(() -> {
          try (var ds = Pg.newPool(2)) {
            start.await();
            return JdbcMigrator.of(ds, schema, "ls_").migrate();
          }
        }));
      }
      start.countDown();
      List<List<Integer>> applied = new ArrayList<>();
      for (Future<List<Integer>> f : results) {
        applied.add(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(applied).filteredOn(l -> !l.isEmpty()).containsExactly(List.of(1, 2));
      assertThat(applied).filteredOn(List::isEmpty).hasSize(instances - 1);
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = Pg.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + schema + "\".ls_schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  void migrate_prefixes_keepTwoStoresApartInOneSchema() {
    String schema = schema();
    JdbcMigrator.of(Pg.pool(), schema, "a_").migrate();
    JdbcMigrator.of(Pg.pool(), schema, "").migrate();

    assertThat(JdbcMigrator.of(Pg.pool(), schema, "a_").currentVersion()).isEqualTo(2);
    assertThat(JdbcMigrator.of(Pg.pool(), schema, "").currentVersion()).isEqualTo(2);
  }

  @Test
  void migrate_changedAppliedScript_isRefused() throws Exception {
    String schema = schema();
    JdbcMigrator m = JdbcMigrator.of(Pg.pool(), schema, "ls_");
    m.migrate();
    try (Connection c = Pg.connect(); Statement st = c.createStatement()) {
      st.execute("UPDATE \"" + schema + "\".ls_schema_version SET checksum = 'x'");
    }

    assertThatThrownBy(m::migrate).isInstanceOf(StoreException.class).hasMessageContaining("checksum");
  }

  @Test
  void of_namesThatAreNotPlainIdentifiers_areRefusedNamingTheArgument() {
    assertThatThrownBy(() -> JdbcMigrator.of(Pg.pool(), "x\"; DROP SCHEMA public; --", "ls_"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("schema:");
    assertThatThrownBy(() -> JdbcMigrator.of(Pg.pool(), "Lumpsum", "ls_"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("schema:");
    assertThatThrownBy(() -> JdbcMigrator.of(Pg.pool(), "lumpsum", "ls\"_"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("tablePrefix:");
    assertThatThrownBy(() -> JdbcStores.builder(Pg.pool()).tablePrefix("a b").keyProvider(Pg.KEYS).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("tablePrefix:");
  }

  @Test
  void renderedScripts_haveNoPlaceholdersLeft_andRunWithoutTheMigrator() throws Exception {
    String schema = schema();
    JdbcMigrator m = JdbcMigrator.of(Pg.pool(), schema, "own_");
    List<String> scripts = m.renderedScripts();

    assertThat(scripts).hasSize(JdbcMigrator.scripts().size()).noneMatch(s -> s.contains("${"));
    assertThat(m.renderedRowLevelSecurityScript()).doesNotContain("${");
    // A host's own tool: run the rendered text, then build the stores without migrating.
    try (Connection c = Pg.connect(); Statement st = c.createStatement()) {
      for (String s : scripts) {
        st.execute(s);
      }
    }
    JdbcStores stores = JdbcStores.builder(Pg.pool()).schema(schema).tablePrefix("own_")
        .keyProvider(Pg.KEYS).migrate(false).build();
    assertThat(stores.schemes().count()).isZero();
    assertThat(stores.lineage().all()).isEmpty();
  }
}
