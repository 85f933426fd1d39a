package in.lumpsum.store.jdbc;

import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.store.AlreadyExistsException;
import in.lumpsum.core.store.spi.GoalStore;
import in.lumpsum.store.jdbc.internal.PiiCipher;
import in.lumpsum.store.jdbc.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link GoalStore} in PostgreSQL. A goal links holdings, whose folio numbers are personal data, so
 * the goal is stored encrypted; its investor and target date stay plain for scoping and ordering.
 *
 * <p>Thread-safe; each write is one statement. Obtain one from {@link JdbcStores}.
 *
 * @since 0.1.0
 */
public final class JdbcGoalStore implements GoalStore {

  private static final JsonCodec JSON = JsonCodec.standard();

  private final Sql sql;
  private final PiiCipher cipher;
  private final String goal;
  private final String investor;

  JdbcGoalStore(Sql sql, PiiCipher cipher) {
    this.sql = sql;
    this.cipher = cipher;
    this.goal = sql.names().table("goal");
    this.investor = sql.names().table("investor");
  }

  @Override
  public Goal save(Goal g) {
    Objects.requireNonNull(g, "goal");
    byte[] doc = cipher.encrypt(JSON.toJson(g), context(g.id().value()));
    return sql.tx("storing goal " + g.id(), c -> {
      // The update applies only to the same investor's goal: another investor's id stays theirs.
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + goal
          + " AS g (id, investor_id, target_date, doc_enc) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
          + " SET target_date = EXCLUDED.target_date, doc_enc = EXCLUDED.doc_enc"
          + " WHERE g.investor_id = EXCLUDED.investor_id")) {
        ps.setString(1, g.id().value());
        ps.setString(2, g.investorId().value());
        ps.setObject(3, g.targetDate());
        ps.setBytes(4, doc);
        if (ps.executeUpdate() == 0) {
          throw new AlreadyExistsException(KIND, g.id().value());
        }
      }
      return g;
    });
  }

  @Override
  public Optional<Goal> find(GoalId id) {
    Objects.requireNonNull(id, "id");
    return first(sql.read("reading goal " + id, c -> select(c, "id = ?", id.value())));
  }

  @Override
  public Optional<Goal> find(InvestorId investorId, GoalId id) {
    Objects.requireNonNull(investorId, "investor");
    Objects.requireNonNull(id, "id");
    return first(sql.read("reading goal " + id,
        c -> select(c, "id = ? AND investor_id = ?", id.value(), investorId.value())));
  }

  @Override
  public List<Goal> listByInvestor(InvestorId investorId) {
    Objects.requireNonNull(investorId, "investor");
    return sql.read("listing goals", c -> select(c, "investor_id = ?", investorId.value()));
  }

  /**
   * Returns a client's goals as their advisor sees them: only if the client is assigned to the advisor
   * in the investor store (the check is part of the query).
   *
   * @param advisor the advisor acting
   * @param client the client
   * @return the client's goals, ascending by target date then id; empty if the client is not the
   *     advisor's
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public List<Goal> listForAdvisor(InvestorId advisor, InvestorId client) {
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(client, "client");
    return sql.read("listing a client's goals", c -> select(c, "investor_id = ? AND EXISTS (SELECT 1 FROM "
        + investor + " i WHERE i.id = investor_id AND i.advisor_id = ?)", client.value(), advisor.value()));
  }

  @Override
  public boolean delete(InvestorId investorId, GoalId id) {
    Objects.requireNonNull(investorId, "investor");
    Objects.requireNonNull(id, "id");
    return sql.tx("deleting goal " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + goal + " WHERE id = ? AND investor_id = ?")) {
        ps.setString(1, id.value());
        ps.setString(2, investorId.value());
        return ps.executeUpdate() > 0;
      }
    });
  }

  private List<Goal> select(Connection c, String where, String... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, doc_enc FROM " + goal + " WHERE " + where
        + " ORDER BY target_date, id")) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<Goal> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(JSON.fromJson(cipher.decrypt(rs.getBytes(2), context(rs.getString(1))), Goal.class));
        }
      }
      return List.copyOf(out);
    }
  }

  private static String context(String id) {
    return "goal:" + id;
  }

  private static Optional<Goal> first(List<Goal> l) {
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  @Override
  public String toString() {
    return "JdbcGoalStore{" + goal + "}";
  }
}
