package in.lumpsum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.examples.demo.Demo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code lumpsum demo --store postgres://...} against the real server ({@code LUMPSUM_PG_URL}, as in
 * DEVELOPERS.md): the same demo, the same output as in memory. Skipped with a message when the server
 * is down, failed under CI.
 */
class DemoPostgresTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), IndianTime.ZONE);

  private static String url() {
    String env = System.getenv("LUMPSUM_PG_URL");
    String url = env == null || env.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : env;
    try (Connection c = DriverManager.getConnection(DemoStore.jdbcUrl(url))) {
      return url;
    } catch (SQLException e) {
      String message = "SKIPPED (no PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***") + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " (CI=true: integration tests must run)", e);
      }
      System.err.println(message);
      Assumptions.abort(message);
      throw new AssertionError("unreachable");
    }
  }

  private static String render(String store) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream notes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream note = new PrintStream(notes, true, StandardCharsets.UTF_8);
        DemoStore s = DemoStore.open(store, null, note);
        Lumpsum lumpsum = Lumpsum.builder().clock(CLOCK).stores(s.stores()).build()) {
      new Demo(lumpsum, out).run();
    }
    String schemaLine = notes.toString(StandardCharsets.UTF_8);
    if (!store.equals("memory")) {
      String schema = schemaLine.replaceAll("(?s).*schema (\\S+).*", "$1");
      assertThat(schema).startsWith("lumpsum_demo_");
      assertThat(schemaExists(store, schema)).as("the run's schema is dropped").isFalse();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean schemaExists(String store, String schema) {
    try (Connection c = DriverManager.getConnection(DemoStore.jdbcUrl(store));
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_namespace WHERE nspname = ?")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void demo_onPostgres_printsExactlyWhatTheInMemoryDemoPrints() {
    String jdbc = url();
    String postgres = "postgres://" + DemoStore.jdbcUrl(jdbc).substring("jdbc:postgresql://".length());

    String onPostgres = render(postgres);

    assertThat(onPostgres).contains("Total").contains("Asha (sample investor)").isEqualTo(render("memory"));
    assertThat(render(jdbc)).isEqualTo(onPostgres);
  }

  @Test
  void cli_demoWithStore_exitsZero_andRejectsAnUnknownStore() {
    String jdbc = url();
    assertThat(LumpsumCli.run("demo", "--as-of", "2025-03-31", "--store", jdbc)).isZero();
    assertThat(LumpsumCli.run("demo", "--store", "mysql://localhost/x")).isNotZero();
  }
}
