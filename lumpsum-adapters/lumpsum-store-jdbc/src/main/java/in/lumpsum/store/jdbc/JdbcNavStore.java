package in.lumpsum.store.jdbc;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.StoreException;
import in.lumpsum.core.store.spi.NavCorrection;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavUpsertResult;
import in.lumpsum.store.jdbc.NavLoadResult.LoadPath;
import in.lumpsum.store.jdbc.internal.NavCopy;
import in.lumpsum.store.jdbc.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A {@link NavStore} in PostgreSQL: one row per (scheme, date), whose primary key serves on-or-before
 * and on-or-after lookups with one index probe, and a revision row for every corrected NAV.
 *
 * <p>{@link #upsert} is one transaction. It takes a transaction-scoped advisory lock per scheme in the
 * batch (ascending, so writers never deadlock), reads the stored values, and writes only what is new
 * or different, so it reports inserted, corrected and unchanged exactly as the in-memory store does,
 * even with concurrent writers; readers see each batch whole or not at all.
 *
 * <p>For history in bulk (decades, tens of millions of rows) use {@link #bulkLoad(Iterator)}: rows
 * travel by {@code COPY} into a temporary staging table and are merged in one statement per chunk.
 *
 * <p>Thread-safe. Obtain one from {@link JdbcStores}.
 *
 * @since 0.1.0
 */
public final class JdbcNavStore implements NavStore {

  /** Rows per bulk-load transaction unless configured. */
  static final int DEFAULT_CHUNK_ROWS = 500_000;

  private final Sql sql;
  private final String nav;
  private final String revision;
  private final int lockClass;
  private final int chunkRows;

  JdbcNavStore(Sql sql, int chunkRows) {
    this.sql = sql;
    this.nav = sql.names().table("nav");
    this.revision = sql.names().table("nav_revision");
    // The advisory-lock namespace of this table: one int, the scheme code is the other.
    this.lockClass = nav.hashCode();
    this.chunkRows = chunkRows;
  }

  @Override
  public NavUpsertResult upsert(Collection<NavRecord> records) {
    Objects.requireNonNull(records, "records");
    TreeMap<SchemeCode, TreeMap<LocalDate, Nav>> batch = new TreeMap<>();
    int size = 0;
    for (NavRecord r : records) {
      Objects.requireNonNull(r, "records element");
      if (batch.computeIfAbsent(r.scheme(), k -> new TreeMap<>()).put(r.date(), r.nav()) == null) {
        size++;
      }
    }
    if (batch.isEmpty()) {
      return NavUpsertResult.empty();
    }
    int n = size;
    return sql.tx("storing " + n + " NAVs", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT pg_advisory_xact_lock(?, s) FROM unnest(?::integer[]) AS s")) {
        ps.setInt(1, lockClass);
        ps.setArray(2, c.createArrayOf("integer",
            batch.keySet().stream().map(SchemeCode::value).toArray(Integer[]::new)));
        ps.execute();
      }
      Integer[] schemes = new Integer[n];
      String[] dates = new String[n];
      int i = 0;
      for (var e : batch.entrySet()) {
        for (LocalDate d : e.getValue().keySet()) {
          schemes[i] = e.getKey().value();
          dates[i++] = d.toString();
        }
      }
      Map<SchemeCode, Map<LocalDate, Nav>> stored = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT n.scheme, n.nav_date, n.nav FROM " + nav
          + " n JOIN unnest(?::integer[], ?::date[]) AS k(scheme, nav_date)"
          + " ON n.scheme = k.scheme AND n.nav_date = k.nav_date")) {
        ps.setArray(1, c.createArrayOf("integer", schemes));
        ps.setArray(2, c.createArrayOf("text", dates));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stored.computeIfAbsent(SchemeCode.of(rs.getInt(1)), k -> new HashMap<>())
                .put(rs.getObject(2, LocalDate.class), Nav.of(rs.getBigDecimal(3)));
          }
        }
      }
      List<NavRecord> fresh = new ArrayList<>();
      List<NavCorrection> corrected = new ArrayList<>();
      int unchanged = 0;
      for (var e : batch.entrySet()) {
        Map<LocalDate, Nav> old = stored.getOrDefault(e.getKey(), Map.of());
        for (var p : e.getValue().entrySet()) {
          Nav was = old.get(p.getKey());
          if (was == null) {
            fresh.add(new NavRecord(e.getKey(), p.getKey(), p.getValue()));
          } else if (was.equals(p.getValue())) {
            unchanged++;
          } else {
            corrected.add(new NavCorrection(e.getKey(), p.getKey(), was, p.getValue()));
          }
        }
      }
      if (!fresh.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + nav
            + " (scheme, nav_date, nav) SELECT * FROM unnest(?::integer[], ?::date[], ?::numeric[])")) {
          bindRecords(c, ps, fresh);
          ps.executeUpdate();
        }
      }
      if (!corrected.isEmpty()) {
        List<NavRecord> now = corrected.stream()
            .map(k -> new NavRecord(k.scheme(), k.date(), k.current())).toList();
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + nav + " n SET nav = k.nav"
            + " FROM unnest(?::integer[], ?::date[], ?::numeric[]) AS k(scheme, nav_date, nav)"
            + " WHERE n.scheme = k.scheme AND n.nav_date = k.nav_date")) {
          bindRecords(c, ps, now);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + revision
            + " (scheme, nav_date, old_nav, new_nav) SELECT * FROM"
            + " unnest(?::integer[], ?::date[], ?::numeric[], ?::numeric[])")) {
          bindRecords(c, ps, corrected.stream()
              .map(k -> new NavRecord(k.scheme(), k.date(), k.previous())).toList());
          ps.setArray(4, c.createArrayOf("text",
              corrected.stream().map(k -> k.current().value().toPlainString()).toArray(String[]::new)));
          ps.executeUpdate();
        }
      }
      return new NavUpsertResult(fresh.size(), corrected, unchanged);
    });
  }

  private static void bindRecords(Connection c, PreparedStatement ps, List<NavRecord> rs)
      throws SQLException {
    ps.setArray(1, c.createArrayOf("integer", rs.stream().map(r -> r.scheme().value()).toArray(Integer[]::new)));
    ps.setArray(2, c.createArrayOf("text", rs.stream().map(r -> r.date().toString()).toArray(String[]::new)));
    ps.setArray(3, c.createArrayOf("text",
        rs.stream().map(r -> r.nav().value().toPlainString()).toArray(String[]::new)));
  }

  @Override
  public Optional<NavRecord> exact(SchemeCode scheme, LocalDate date) {
    return one(scheme, date, "nav_date = ?", "");
  }

  @Override
  public Optional<NavRecord> onOrBefore(SchemeCode scheme, LocalDate date) {
    return one(scheme, date, "nav_date <= ?", " ORDER BY nav_date DESC LIMIT 1");
  }

  @Override
  public Optional<NavRecord> onOrAfter(SchemeCode scheme, LocalDate date) {
    return one(scheme, date, "nav_date >= ?", " ORDER BY nav_date LIMIT 1");
  }

  private Optional<NavRecord> one(SchemeCode scheme, LocalDate date, String where, String tail) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(date, "date");
    List<NavRecord> l = sql.read("reading a NAV of scheme " + scheme, c -> query(c,
        "SELECT nav_date, nav FROM " + nav + " WHERE scheme = ? AND " + where + tail, scheme, date, null));
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  @Override
  public List<NavRecord> range(SchemeCode scheme, LocalDate from, LocalDate to) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", to, "must not be before from, " + from);
    }
    return sql.read("reading NAVs of scheme " + scheme, c -> query(c, "SELECT nav_date, nav FROM " + nav
        + " WHERE scheme = ? AND nav_date >= ? AND nav_date <= ? ORDER BY nav_date", scheme, from, to));
  }

  @Override
  public Optional<NavRecord> latest(SchemeCode scheme) {
    Objects.requireNonNull(scheme, "scheme");
    List<NavRecord> l = sql.read("reading the latest NAV of scheme " + scheme, c -> query(c,
        "SELECT nav_date, nav FROM " + nav + " WHERE scheme = ? ORDER BY nav_date DESC LIMIT 1",
        scheme, null, null));
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** One query: an index probe per scheme (LATERAL ... LIMIT 1). */
  @Override
  public Map<SchemeCode, NavRecord> latest(Collection<SchemeCode> schemes) {
    return newestOfEach(schemes, null, "reading latest NAVs");
  }

  /**
   * Finds the NAV on or before a date of each of several schemes in one query (an index probe per
   * scheme): what valuing a portfolio needs, without a round trip per holding.
   *
   * @param schemes the schemes
   * @param date the date
   * @return the NAV of each scheme that has one on or before the date, in the order given
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  @Override
  public Map<SchemeCode, NavRecord> onOrBefore(Collection<SchemeCode> schemes, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return newestOfEach(schemes, date, "reading NAVs on or before " + date);
  }

  /** Each scheme's newest NAV, on or before {@code date} when it is given, in the order given. */
  private Map<SchemeCode, NavRecord> newestOfEach(Collection<SchemeCode> schemes, LocalDate date,
      String what) {
    Objects.requireNonNull(schemes, "schemes");
    if (schemes.isEmpty()) {
      return Map.of();
    }
    Integer[] codes = schemes.stream().map(s -> Objects.requireNonNull(s, "schemes element").value())
        .distinct().toArray(Integer[]::new);
    Map<SchemeCode, NavRecord> found = sql.read(what, c -> {
      Map<SchemeCode, NavRecord> out = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT s.code, n.nav_date, n.nav"
          + " FROM unnest(?::integer[]) AS s(code) CROSS JOIN LATERAL (SELECT nav_date, nav FROM " + nav
          + " WHERE scheme = s.code" + (date == null ? "" : " AND nav_date <= ?")
          + " ORDER BY nav_date DESC LIMIT 1) n")) {
        ps.setArray(1, c.createArrayOf("integer", codes));
        if (date != null) {
          ps.setObject(2, date);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            SchemeCode code = SchemeCode.of(rs.getInt(1));
            out.put(code, new NavRecord(code, rs.getObject(2, LocalDate.class), Nav.of(rs.getBigDecimal(3))));
          }
        }
      }
      return out;
    });
    Map<SchemeCode, NavRecord> ordered = new LinkedHashMap<>();
    for (SchemeCode s : schemes) {
      NavRecord r = found.get(s);
      if (r != null) {
        ordered.put(s, r);
      }
    }
    return Collections.unmodifiableMap(ordered);
  }

  /** A loose index scan: one probe per distinct scheme, not a scan of every NAV. */
  @Override
  public Set<SchemeCode> schemes() {
    return sql.read("listing schemes with NAVs", c -> {
      TreeSet<SchemeCode> out = new TreeSet<>();
      try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE t(s) AS ("
          + "SELECT min(scheme) FROM " + nav + " UNION ALL SELECT (SELECT min(scheme) FROM " + nav
          + " WHERE scheme > t.s) FROM t WHERE t.s IS NOT NULL) SELECT s FROM t WHERE s IS NOT NULL");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(SchemeCode.of(rs.getInt(1)));
        }
      }
      return Collections.unmodifiableSet(out);
    });
  }

  @Override
  public int count(SchemeCode scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return sql.read("counting NAVs of scheme " + scheme, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + nav + " WHERE scheme = ?")) {
        ps.setInt(1, scheme.value());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    });
  }

  /**
   * Returns the recorded corrections of a scheme's NAVs.
   *
   * @param scheme the scheme
   * @return the revisions, oldest first
   * @throws StoreException if the store fails
   */
  public List<NavRevision> revisions(SchemeCode scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return sql.read("reading NAV revisions of scheme " + scheme, c -> {
      List<NavRevision> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT nav_date, old_nav, new_nav, revised_at FROM "
          + revision + " WHERE scheme = ? ORDER BY id")) {
        ps.setInt(1, scheme.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new NavRevision(scheme, rs.getObject(1, LocalDate.class), Nav.of(rs.getBigDecimal(2)),
                Nav.of(rs.getBigDecimal(3)), rs.getTimestamp(4).toInstant()));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * Loads NAV history in bulk, by COPY when the connection is pgjdbc's, else by batched inserts.
   *
   * @param records the NAVs, in any order; where one (scheme, date) repeats, the last one counts
   * @return what the load did
   * @throws NullPointerException if {@code records} or an element is null
   * @throws StoreException if the store fails; chunks committed before the failure stay
   * @see #bulkLoad(Iterator, LoadPath)
   */
  public NavLoadResult bulkLoad(Iterator<NavRecord> records) {
    return bulkLoad(records, null);
  }

  /**
   * Loads NAV history in bulk from a stream, as {@link #bulkLoad(Iterator)} does.
   *
   * @param records the NAVs
   * @return what the load did
   * @throws StoreException if the store fails
   */
  public NavLoadResult bulkLoad(Stream<NavRecord> records) {
    Objects.requireNonNull(records, "records");
    return bulkLoad(records.iterator(), null);
  }

  /**
   * Loads NAV history in bulk along a chosen path.
   *
   * <p>Rows go in chunks (500,000 rows unless configured), each one transaction: the chunk is sent to a
   * temporary, unindexed staging table, then merged into the NAV table in one statement that inserts
   * new NAVs, corrects changed ones (recording each in the revision table) and leaves equal ones alone.
   * The merge takes a {@code SHARE ROW EXCLUSIVE} lock on the NAV table, so concurrent
   * {@link #upsert}s wait for it (readers do not). Loading the same history twice changes nothing.
   *
   * @param records the NAVs, in any order; where one (scheme, date) repeats within a chunk, the last
   *     one counts
   * @param path {@link LoadPath#COPY}, {@link LoadPath#BATCH}, or null to choose COPY when possible
   * @return what the load did
   * @throws NullPointerException if {@code records} or an element is null
   * @throws IllegalArgumentException if COPY is asked for but the connection is not pgjdbc's
   * @throws StoreException if the store fails; chunks committed before the failure stay
   */
  public NavLoadResult bulkLoad(Iterator<NavRecord> records, LoadPath path) {
    Objects.requireNonNull(records, "records");
    NavLoadResult total = null;
    long seq = 0;
    do {
      long first = seq;
      NavLoadResult chunk = sql.tx("bulk-loading NAVs", c -> loadChunk(c, records, path, first));
      seq += chunk.rows();
      total = total == null ? chunk : total.plus(chunk);
    } while (records.hasNext());
    return total;
  }

  private NavLoadResult loadChunk(Connection c, Iterator<NavRecord> records, LoadPath asked, long firstSeq)
      throws SQLException {
    boolean canCopy = NavCopy.canCopy(c);
    if (asked == LoadPath.COPY && !canCopy) {
      throw new IllegalArgumentException("path: COPY needs a pgjdbc connection (org.postgresql)");
    }
    LoadPath path = asked != null ? asked : canCopy ? LoadPath.COPY : LoadPath.BATCH;
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TEMP TABLE lumpsum_nav_stage (seq bigint, scheme integer, nav_date date,"
          + " nav numeric) ON COMMIT DROP");
    }
    long rows;
    if (path == LoadPath.COPY) {
      rows = NavCopy.copy(c, "COPY lumpsum_nav_stage (seq, scheme, nav_date, nav) FROM STDIN", records,
          firstSeq, chunkRows);
    } else {
      rows = 0;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO lumpsum_nav_stage (seq, scheme, nav_date, nav) VALUES (?, ?, ?, ?)")) {
        while (rows < chunkRows && records.hasNext()) {
          NavRecord r = Objects.requireNonNull(records.next(), "records element");
          ps.setLong(1, firstSeq + rows);
          ps.setInt(2, r.scheme().value());
          ps.setObject(3, r.date());
          ps.setBigDecimal(4, r.nav().value());
          ps.addBatch();
          if (++rows % 5_000 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
    }
    try (Statement st = c.createStatement()) {
      // No other writer while the chunk merges, so new rows need no ON CONFLICT (a plain insert of the
      // keys not stored is about twice as fast); readers are not blocked. The sort of a chunk fits in
      // memory with a larger work_mem, for this transaction only.
      st.execute("LOCK TABLE " + nav + " IN SHARE ROW EXCLUSIVE MODE");
      st.execute("SET LOCAL work_mem = '64MB'");
    }
    try (PreparedStatement ps = c.prepareStatement("WITH s AS (SELECT DISTINCT ON (scheme, nav_date)"
        + " scheme, nav_date, nav FROM lumpsum_nav_stage ORDER BY scheme, nav_date, seq DESC),"
        + " old AS (SELECT s.scheme, s.nav_date, n.nav AS old_nav, s.nav AS new_nav FROM s JOIN " + nav
        + " n ON n.scheme = s.scheme AND n.nav_date = s.nav_date),"
        + " rev AS (INSERT INTO " + revision + " (scheme, nav_date, old_nav, new_nav)"
        + " SELECT scheme, nav_date, old_nav, new_nav FROM old WHERE old_nav <> new_nav RETURNING 1),"
        + " ins AS (INSERT INTO " + nav + " (scheme, nav_date, nav) SELECT scheme, nav_date, nav FROM s"
        + " WHERE NOT EXISTS (SELECT 1 FROM " + nav + " n WHERE n.scheme = s.scheme AND n.nav_date = s.nav_date)"
        + " RETURNING 1),"
        + " upd AS (UPDATE " + nav + " n SET nav = o.new_nav FROM old o WHERE n.scheme = o.scheme"
        + " AND n.nav_date = o.nav_date AND o.old_nav <> o.new_nav RETURNING 1)"
        + " SELECT (SELECT count(*) FROM s), (SELECT count(*) FROM old), (SELECT count(*) FROM rev),"
        + " (SELECT count(*) FROM ins), (SELECT count(*) FROM upd)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      long distinct = rs.getLong(1);
      long existing = rs.getLong(2);
      long corrected = rs.getLong(3);
      if (rs.getLong(4) != distinct - existing || rs.getLong(5) != corrected) {
        throw new StoreException("bulk load: the merge wrote " + rs.getLong(4) + " new and " + rs.getLong(5)
            + " corrected NAVs, expected " + (distinct - existing) + " and " + corrected);
      }
      return new NavLoadResult(rows, distinct - existing, corrected, existing - corrected, path);
    }
  }

  private static List<NavRecord> query(Connection c, String q, SchemeCode scheme, LocalDate a, LocalDate b)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(q)) {
      ps.setInt(1, scheme.value());
      if (a != null) {
        ps.setObject(2, a);
      }
      if (b != null) {
        ps.setObject(3, b);
      }
      List<NavRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new NavRecord(scheme, rs.getObject(1, LocalDate.class), Nav.of(rs.getBigDecimal(2))));
        }
      }
      return List.copyOf(out);
    }
  }

  @Override
  public String toString() {
    return "JdbcNavStore{" + nav + "}";
  }
}
