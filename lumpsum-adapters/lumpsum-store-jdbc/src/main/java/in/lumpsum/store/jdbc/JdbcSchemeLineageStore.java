package in.lumpsum.store.jdbc;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeRename;
import in.lumpsum.core.store.spi.SchemeLineageStore;
import in.lumpsum.store.jdbc.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link SchemeLineageStore} in PostgreSQL: one row per rename, numbered in the order recorded by an
 * identity column, with a unique key on the scheme, date and names that makes recording idempotent.
 *
 * <p>Thread-safe; several instances may share the table. Recording is one {@code INSERT ... ON
 * CONFLICT DO NOTHING}, so concurrent writers of the same rename keep one row. Obtain one from
 * {@link JdbcStores#lineage()}; the table comes with schema version 2 ({@code V2__scheme_lineage.sql}).
 *
 * @since 0.2.0
 */
public final class JdbcSchemeLineageStore implements SchemeLineageStore {

  private final Sql sql;
  private final String table;

  JdbcSchemeLineageStore(Sql sql) {
    this.sql = sql;
    this.table = sql.names().table("scheme_rename");
  }

  @Override
  public void record(SchemeRename rename) {
    Objects.requireNonNull(rename, "rename");
    sql.tx("recording a rename of scheme " + rename.code(), c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
          + " (scheme, old_name, new_name, rename_date) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        ps.setInt(1, rename.code().value());
        ps.setString(2, rename.oldName());
        ps.setString(3, rename.newName());
        ps.setObject(4, rename.date());
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public List<SchemeRename> lineage(SchemeCode code) {
    Objects.requireNonNull(code, "code");
    return sql.read("reading the lineage of scheme " + code, c -> list(c, "SELECT scheme, old_name,"
        + " new_name, rename_date FROM " + table + " WHERE scheme = ? ORDER BY rename_date, id",
        code.value()));
  }

  @Override
  public List<SchemeRename> all() {
    return sql.read("listing scheme renames", c -> list(c, "SELECT scheme, old_name, new_name,"
        + " rename_date FROM " + table + " ORDER BY scheme, rename_date, id", null));
  }

  private static List<SchemeRename> list(Connection c, String query, Integer scheme)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      if (scheme != null) {
        ps.setInt(1, scheme);
      }
      List<SchemeRename> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SchemeRename(SchemeCode.of(rs.getInt(1)), rs.getString(2), rs.getString(3),
              rs.getObject(4, LocalDate.class)));
        }
      }
      return List.copyOf(out);
    }
  }

  @Override
  public String toString() {
    return "JdbcSchemeLineageStore{" + table + "}";
  }
}
