package in.lumpsum.store.jdbc;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.InvestorProfile;
import in.lumpsum.core.investor.Role;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.store.NotFoundException;
import in.lumpsum.core.store.spi.InvestorStore;
import in.lumpsum.store.jdbc.internal.PiiCipher;
import in.lumpsum.store.jdbc.internal.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link InvestorStore} in PostgreSQL. The investor (name, e-mail) and the profile (PAN, income)
 * are stored encrypted; the roles and the assigned advisor stay plain so that listing by role and
 * advisor needs no decryption. Deleting an advisor unassigns their clients through the foreign key
 * ({@code ON DELETE SET NULL}), and deletes the advisor's profile ({@code ON DELETE CASCADE}), in the
 * same statement.
 *
 * <p>Thread-safe; each write is one transaction. Obtain one from {@link JdbcStores}.
 *
 * @since 0.1.0
 */
public final class JdbcInvestorStore implements InvestorStore {

  private static final JsonCodec JSON = JsonCodec.standard();

  private final Sql sql;
  private final PiiCipher cipher;
  private final String investor;
  private final String profile;

  JdbcInvestorStore(Sql sql, PiiCipher cipher) {
    this.sql = sql;
    this.cipher = cipher;
    this.investor = sql.names().table("investor");
    this.profile = sql.names().table("investor_profile");
  }

  @Override
  public Investor save(Investor inv) {
    Objects.requireNonNull(inv, "investor");
    byte[] doc = cipher.encrypt(JSON.toJson(inv.withoutAdvisor()), context(inv.id().value()));
    return sql.tx("storing investor " + inv.id(), c -> {
      if (inv.advisor().isPresent()) {
        requireAdvisor(c, inv.advisor().get());
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + investor
          + " (id, roles, advisor_id, doc_enc) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
          + " SET roles = EXCLUDED.roles, advisor_id = EXCLUDED.advisor_id, doc_enc = EXCLUDED.doc_enc")) {
        ps.setString(1, inv.id().value());
        ps.setArray(2, c.createArrayOf("text", inv.roles().stream().map(Role::name).sorted()
            .toArray(String[]::new)));
        ps.setString(3, inv.advisor().map(InvestorId::value).orElse(null));
        ps.setBytes(4, doc);
        ps.executeUpdate();
      }
      return inv;
    });
  }

  @Override
  public Optional<Investor> find(InvestorId id) {
    Objects.requireNonNull(id, "id");
    return first(sql.read("reading investor " + id, c -> select(c, "id = ?", false, id.value())));
  }

  /**
   * Finds a client as their advisor sees them: only if the client is assigned to the advisor.
   *
   * @param advisor the advisor acting
   * @param client the client
   * @return the client, or empty if there is none or they are not the advisor's
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public Optional<Investor> findClient(InvestorId advisor, InvestorId client) {
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(client, "client");
    return first(sql.read("reading a client", c -> select(c, "id = ? AND advisor_id = ?", false,
        client.value(), advisor.value())));
  }

  /**
   * Finds a client's profile as their advisor sees it: only if the client is assigned to the advisor.
   *
   * @param advisor the advisor acting
   * @param client the client
   * @return the profile, or empty if there is none or the client is not the advisor's
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public Optional<InvestorProfile> findClientProfile(InvestorId advisor, InvestorId client) {
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(client, "client");
    return sql.read("reading a client's profile", c -> profileWhere(c, " AND EXISTS (SELECT 1 FROM "
        + investor + " i WHERE i.id = investor_id AND i.advisor_id = ?)", client.value(), advisor.value()));
  }

  @Override
  public List<Investor> listWithRole(Role role) {
    Objects.requireNonNull(role, "role");
    return sql.read("listing investors by role", c -> select(c, "? = ANY (roles)", false, role.name()));
  }

  @Override
  public Investor assignAdvisor(InvestorId id, InvestorId advisor) {
    Objects.requireNonNull(id, "investor");
    Objects.requireNonNull(advisor, "advisor");
    return sql.tx("assigning an advisor to investor " + id, c -> {
      Investor current = require(c, id);
      requireAdvisor(c, advisor);
      Investor updated = current.withAdvisor(advisor);
      setAdvisor(c, id, advisor.value());
      return updated;
    });
  }

  @Override
  public Investor unassignAdvisor(InvestorId id) {
    Objects.requireNonNull(id, "investor");
    return sql.tx("unassigning the advisor of investor " + id, c -> {
      Investor updated = require(c, id).withoutAdvisor();
      setAdvisor(c, id, null);
      return updated;
    });
  }

  @Override
  public List<Investor> listClientsOf(InvestorId advisor) {
    Objects.requireNonNull(advisor, "advisor");
    return sql.read("listing an advisor's clients", c -> select(c, "advisor_id = ?", false, advisor.value()));
  }

  @Override
  public InvestorProfile saveProfile(InvestorProfile p) {
    Objects.requireNonNull(p, "profile");
    String id = p.investorId().value();
    byte[] doc = cipher.encrypt(JSON.toJson(p), profileContext(id));
    return sql.tx("storing the profile of investor " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + investor + " WHERE id = ? FOR SHARE")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new NotFoundException(KIND, id);
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + profile + " (investor_id, doc_enc)"
          + " VALUES (?, ?) ON CONFLICT (investor_id) DO UPDATE SET doc_enc = EXCLUDED.doc_enc")) {
        ps.setString(1, id);
        ps.setBytes(2, doc);
        ps.executeUpdate();
      }
      return p;
    });
  }

  @Override
  public Optional<InvestorProfile> findProfile(InvestorId id) {
    Objects.requireNonNull(id, "investor");
    return sql.read("reading the profile of investor " + id, c -> profileWhere(c, "", id.value()));
  }

  @Override
  public boolean delete(InvestorId id) {
    Objects.requireNonNull(id, "id");
    return sql.tx("deleting investor " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + investor + " WHERE id = ?")) {
        ps.setString(1, id.value());
        return ps.executeUpdate() > 0;
      }
    });
  }

  private Optional<InvestorProfile> profileWhere(Connection c, String and, String... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT investor_id, doc_enc FROM " + profile + " WHERE investor_id = ?" + and)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(JSON.fromJson(cipher.decrypt(rs.getBytes(2), profileContext(rs.getString(1))),
            InvestorProfile.class));
      }
    }
  }

  private Investor require(Connection c, InvestorId id) throws SQLException {
    List<Investor> found = select(c, "id = ?", true, id.value());
    if (found.isEmpty()) {
      throw new NotFoundException(KIND, id.value());
    }
    return found.get(0);
  }

  // The advisor's row is share-locked so that their role cannot be revoked before this commits.
  private void requireAdvisor(Connection c, InvestorId advisor) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT roles FROM " + investor + " WHERE id = ? FOR SHARE")) {
      ps.setString(1, advisor.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || !roles(rs.getArray(1)).contains(Role.ADVISOR.name())) {
          throw new InvalidValueException("advisor", advisor, "must be a stored investor holding role ADVISOR");
        }
      }
    }
  }

  private void setAdvisor(Connection c, InvestorId id, String advisor) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + investor + " SET advisor_id = ? WHERE id = ?")) {
      ps.setString(1, advisor);
      ps.setString(2, id.value());
      ps.executeUpdate();
    }
  }

  private List<Investor> select(Connection c, String where, boolean forUpdate, String... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, advisor_id, doc_enc FROM " + investor
        + " WHERE " + where + " ORDER BY id" + (forUpdate ? " FOR UPDATE" : ""))) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<Investor> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Investor inv = JSON.fromJson(cipher.decrypt(rs.getBytes(3), context(rs.getString(1))),
              Investor.class);
          String advisor = rs.getString(2);
          out.add(advisor == null ? inv : inv.withAdvisor(InvestorId.of(advisor)));
        }
      }
      return List.copyOf(out);
    }
  }

  private static List<String> roles(Array a) throws SQLException {
    return Arrays.asList((String[]) a.getArray());
  }

  private static String context(String id) {
    return "investor:" + id;
  }

  private static String profileContext(String id) {
    return "profile:" + id;
  }

  private static Optional<Investor> first(List<Investor> l) {
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  @Override
  public String toString() {
    return "JdbcInvestorStore{" + investor + "}";
  }
}
