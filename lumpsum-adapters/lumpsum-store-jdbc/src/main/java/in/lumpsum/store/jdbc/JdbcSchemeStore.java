package in.lumpsum.store.jdbc;

import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.SchemeStore;
import in.lumpsum.core.store.spi.SchemeUpsertResult;
import in.lumpsum.store.jdbc.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link SchemeStore} in PostgreSQL: one row per scheme code, the scheme as lumpsum JSON, its ISINs
 * in indexed columns.
 *
 * <p>Thread-safe. A batch is one transaction; writers take a transaction-scoped advisory lock on the
 * table so that concurrent batches are reported exactly (the scheme master changes once a day, so they
 * rarely wait). Obtain one from {@link JdbcStores}.
 *
 * @since 0.1.0
 */
public final class JdbcSchemeStore implements SchemeStore {

  private static final JsonCodec JSON = JsonCodec.standard();

  private final Sql sql;
  private final String table;

  JdbcSchemeStore(Sql sql) {
    this.sql = sql;
    this.table = sql.names().table("scheme");
  }

  @Override
  public SchemeUpsertResult putAll(Collection<Scheme> schemes) {
    Objects.requireNonNull(schemes, "schemes");
    TreeMap<SchemeCode, Scheme> batch = new TreeMap<>();
    for (Scheme s : schemes) {
      Objects.requireNonNull(s, "schemes element");
      batch.put(s.code(), s);
    }
    if (batch.isEmpty()) {
      return new SchemeUpsertResult(List.of(), List.of(), 0);
    }
    return sql.tx("storing " + batch.size() + " schemes", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
        ps.setString(1, table);
        ps.execute();
      }
      Map<Integer, String> stored = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT code, doc FROM " + table + " WHERE code = ANY (?)")) {
        ps.setArray(1, c.createArrayOf("integer",
            batch.keySet().stream().map(SchemeCode::value).toArray(Integer[]::new)));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stored.put(rs.getInt(1), rs.getString(2));
          }
        }
      }
      List<SchemeCode> inserted = new ArrayList<>();
      List<SchemeCode> updated = new ArrayList<>();
      int unchanged = 0;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
          + " (code, name, amc, isin_growth, isin_reinv, doc) VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, amc = EXCLUDED.amc,"
          + " isin_growth = EXCLUDED.isin_growth, isin_reinv = EXCLUDED.isin_reinv, doc = EXCLUDED.doc")) {
        for (Scheme s : batch.values()) {
          String old = stored.get(s.code().value());
          if (old != null && JSON.fromJson(old, Scheme.class).equals(s)) {
            unchanged++;
            continue;
          }
          (old == null ? inserted : updated).add(s.code());
          ps.setInt(1, s.code().value());
          ps.setString(2, s.name());
          ps.setString(3, s.amc().name());
          ps.setString(4, s.isinGrowthOrPayout().map(Isin::value).orElse(null));
          ps.setString(5, s.isinReinvestment().map(Isin::value).orElse(null));
          ps.setString(6, JSON.toJson(s));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return new SchemeUpsertResult(inserted, updated, unchanged);
    });
  }

  @Override
  public Optional<Scheme> find(SchemeCode code) {
    Objects.requireNonNull(code, "code");
    return sql.read("finding scheme " + code, c -> first(c,
        "SELECT doc FROM " + table + " WHERE code = ?", ps -> ps.setInt(1, code.value())));
  }

  @Override
  public Optional<Scheme> findByIsin(Isin isin) {
    Objects.requireNonNull(isin, "isin");
    return sql.read("finding a scheme by ISIN", c -> first(c, "SELECT doc FROM " + table
        + " WHERE isin_growth = ? OR isin_reinv = ? ORDER BY code LIMIT 1", ps -> {
          ps.setString(1, isin.value());
          ps.setString(2, isin.value());
        }));
  }

  @Override
  public List<Scheme> all() {
    return sql.read("listing schemes", c -> list(c, "SELECT doc FROM " + table + " ORDER BY code",
        ps -> { }));
  }

  /**
   * Finds schemes whose name contains a text, ignoring case: the search box of a fund picker. The
   * text is matched literally: {@code %}, {@code _} and quotes are ordinary characters.
   *
   * @param text the text to look for
   * @param limit the most schemes to return, 1 or more
   * @return the matching schemes, ascending by code
   * @throws IllegalArgumentException if {@code limit} is less than 1
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public List<Scheme> search(String text, int limit) {
    Objects.requireNonNull(text, "text");
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be at least 1 (got " + limit + ")");
    }
    String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return sql.read("searching schemes", c -> list(c, "SELECT doc FROM " + table
        + " WHERE name ILIKE ? ESCAPE '\\' ORDER BY code LIMIT ?", ps -> {
          ps.setString(1, pattern);
          ps.setInt(2, limit);
        }));
  }

  @Override
  public int count() {
    return sql.read("counting schemes", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private static Optional<Scheme> first(Connection c, String query, Binder binder) throws SQLException {
    List<Scheme> l = list(c, query, binder);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  private static List<Scheme> list(Connection c, String query, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      binder.bind(ps);
      List<Scheme> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(JSON.fromJson(rs.getString(1), Scheme.class));
        }
      }
      return List.copyOf(out);
    }
  }

  @Override
  public String toString() {
    return "JdbcSchemeStore{" + table + "}";
  }
}
