package in.lumpsum.store.jdbc;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.portfolio.FolioKey;
import in.lumpsum.core.portfolio.FolioNumber;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.portfolio.TransactionId;
import in.lumpsum.core.portfolio.TransactionType;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.AlreadyExistsException;
import in.lumpsum.core.store.NotFoundException;
import in.lumpsum.core.store.VersionConflictException;
import in.lumpsum.core.store.spi.PortfolioStore;
import in.lumpsum.store.jdbc.internal.PiiCipher;
import in.lumpsum.store.jdbc.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link PortfolioStore} in PostgreSQL: a portfolio row carrying the version, and one row per
 * transaction in portfolio order, its folio number encrypted.
 *
 * <p>Every write is one database transaction that first locks the portfolio's row
 * ({@code SELECT ... FOR UPDATE}) and compares its version with the one the caller read: a mismatch is a
 * {@link VersionConflictException} and nothing is written. So concurrent writers, in one process or
 * in several sharing the database, lose no update. A read is one statement, hence one consistent
 * snapshot of a portfolio and its transactions.
 *
 * <p>Thread-safe. Obtain one from {@link JdbcStores}.
 *
 * @since 0.1.0
 */
public final class JdbcPortfolioStore implements PortfolioStore {

  private final Sql sql;
  private final PiiCipher cipher;
  private final String portfolio;
  private final String transaction;
  private final String investor;

  JdbcPortfolioStore(Sql sql, PiiCipher cipher) {
    this.sql = sql;
    this.cipher = cipher;
    this.portfolio = sql.names().table("portfolio");
    this.transaction = sql.names().table("transaction");
    this.investor = sql.names().table("investor");
  }

  @Override
  public Portfolio create(Portfolio p) {
    Objects.requireNonNull(p, "portfolio");
    if (p.version() != 0) {
      throw new InvalidValueException("version", p.version(), "a new portfolio must be at version 0");
    }
    return sql.tx("creating portfolio " + p.id(), c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + portfolio
          + " (id, owner_id, name, version) VALUES (?, ?, ?, 0) ON CONFLICT (id) DO NOTHING")) {
        ps.setString(1, p.id().value());
        ps.setString(2, p.owner().value());
        ps.setString(3, p.name());
        if (ps.executeUpdate() == 0) {
          throw new AlreadyExistsException(KIND, p.id().value());
        }
      }
      insertTransactions(c, p.id(), 0, p.transactions());
      return p;
    });
  }

  @Override
  public Optional<Portfolio> find(PortfolioId id) {
    Objects.requireNonNull(id, "id");
    return first(sql.read("reading portfolio " + id,
        c -> select(c, "p.id = ?", id.value())));
  }

  @Override
  public Optional<Portfolio> find(InvestorId owner, PortfolioId id) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(id, "id");
    return first(sql.read("reading portfolio " + id,
        c -> select(c, "p.id = ? AND p.owner_id = ?", id.value(), owner.value())));
  }

  @Override
  public List<Portfolio> listByOwner(InvestorId owner) {
    Objects.requireNonNull(owner, "owner");
    return sql.read("listing portfolios", c -> select(c, "p.owner_id = ?", owner.value()));
  }

  /**
   * Returns a client's portfolios as their advisor sees them: only if the client is assigned to the
   * advisor in the investor store (the check is part of the query).
   *
   * @param advisor the advisor acting
   * @param client the client
   * @return the client's portfolios, ascending by id; empty if the client is not the advisor's
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public List<Portfolio> listForAdvisor(InvestorId advisor, InvestorId client) {
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(client, "client");
    return sql.read("listing a client's portfolios", c -> select(c, "p.owner_id = ? AND EXISTS (SELECT 1"
        + " FROM " + investor + " i WHERE i.id = p.owner_id AND i.advisor_id = ?)",
        client.value(), advisor.value()));
  }

  @Override
  public Portfolio append(PortfolioId id, long expectedVersion, List<Transaction> transactions) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(transactions, "transactions");
    List<Transaction> added = List.copyOf(transactions);
    return sql.tx("appending to portfolio " + id, c -> {
      Portfolio current = lock(c, id, expectedVersion);
      Portfolio next = current.plusTransactions(added).withVersion(expectedVersion + 1);
      bump(c, next);
      insertTransactions(c, id, current.transactions().size(), added);
      return next;
    });
  }

  @Override
  public Portfolio replace(Portfolio changed, long expectedVersion) {
    Objects.requireNonNull(changed, "changed");
    return sql.tx("replacing portfolio " + changed.id(),
        c -> write(c, lock(c, changed.id(), expectedVersion), changed));
  }

  // Writes a change to a locked portfolio: its name, the next version, and the transactions that
  // differ (usually only new ones at the end, as p -> p.plusTransactions(..) makes).
  private Portfolio write(Connection c, Portfolio current, Portfolio changed) throws SQLException {
    if (!current.owner().equals(changed.owner())) {
      throw new InvalidValueException("owner", changed.owner(),
          "a portfolio's owner cannot change; it is " + current.owner());
    }
    Portfolio next = changed.withVersion(current.version() + 1);
    bump(c, next);
    List<Transaction> was = current.transactions();
    List<Transaction> now = changed.transactions();
    int same = 0;
    while (same < was.size() && same < now.size() && was.get(same).equals(now.get(same))) {
      same++;
    }
    if (same < was.size()) {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + transaction + " WHERE portfolio_id = ? AND seq >= ?")) {
        ps.setString(1, changed.id().value());
        ps.setInt(2, same);
        ps.executeUpdate();
      }
    }
    insertTransactions(c, changed.id(), same, now.subList(same, now.size()));
    return next;
  }

  @Override
  public boolean delete(InvestorId owner, PortfolioId id) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(id, "id");
    return sql.tx("deleting portfolio " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + portfolio + " WHERE id = ? AND owner_id = ?")) {
        ps.setString(1, id.value());
        ps.setString(2, owner.value());
        return ps.executeUpdate() > 0;
      }
    });
  }

  // Locks the portfolio's row for the rest of the transaction and checks the version (unless it is -1)
  // before reading the transactions, so that a conflicting writer pays for one index probe only.
  private Portfolio lock(Connection c, PortfolioId id, long expectedVersion) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT version FROM " + portfolio + " WHERE id = ? FOR UPDATE")) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException(KIND, id.value());
        }
        long version = rs.getLong(1);
        if (expectedVersion >= 0 && version != expectedVersion) {
          throw new VersionConflictException(KIND, id.value(), expectedVersion, version);
        }
      }
    }
    return select(c, "p.id = ?", id.value()).get(0);
  }

  private void bump(Connection c, Portfolio next) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE " + portfolio + " SET name = ?, version = ? WHERE id = ? AND version = ?")) {
      ps.setString(1, next.name());
      ps.setLong(2, next.version());
      ps.setString(3, next.id().value());
      ps.setLong(4, next.version() - 1);
      if (ps.executeUpdate() != 1) {
        // Unreachable while the row lock is held; kept as a guard against a broken lock.
        throw new VersionConflictException(KIND, next.id().value(), next.version() - 1, -1);
      }
    }
  }

  private void insertTransactions(Connection c, PortfolioId id, int firstSeq, List<Transaction> txs)
      throws SQLException {
    if (txs.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + transaction
        + " (portfolio_id, seq, tx_id, scheme, amc, folio_enc, type, trade_date, amount, units, nav,"
        + " reverses, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int seq = firstSeq;
      for (Transaction t : txs) {
        ps.setString(1, id.value());
        ps.setInt(2, seq++);
        ps.setString(3, t.id().value());
        ps.setInt(4, t.schemeCode().value());
        ps.setString(5, t.folio().amc().name());
        ps.setBytes(6, cipher.encrypt(t.folio().number().value(), context(id.value(), t.id().value())));
        ps.setString(7, t.type().name());
        ps.setObject(8, t.tradeDate());
        ps.setBigDecimal(9, t.amount().amount());
        ps.setBigDecimal(10, t.units().value());
        ps.setBigDecimal(11, t.nav().map(Nav::value).orElse(null));
        ps.setString(12, t.reverses().map(TransactionId::value).orElse(null));
        ps.setString(13, t.description().orElse(null));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private List<Portfolio> select(Connection c, String where, String... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.owner_id, p.name, p.version,"
        + " t.tx_id, t.scheme, t.amc, t.folio_enc, t.type, t.trade_date, t.amount, t.units, t.nav,"
        + " t.reverses, t.description FROM " + portfolio + " p LEFT JOIN " + transaction
        + " t ON t.portfolio_id = p.id WHERE " + where + " ORDER BY p.id, t.seq")) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<Portfolio> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        String currentId = null;
        Portfolio.Builder b = null;
        while (rs.next()) {
          String pid = rs.getString(1);
          if (!pid.equals(currentId)) {
            if (b != null) {
              out.add(b.build());
            }
            currentId = pid;
            b = Portfolio.builder();
            b.id(PortfolioId.of(pid)).owner(InvestorId.of(rs.getString(2))).name(rs.getString(3))
                .version(rs.getLong(4));
          }
          String txId = rs.getString(5);
          if (txId != null) {
            b.addTransactions(transaction(rs, pid, txId));
          }
        }
        if (b != null) {
          out.add(b.build());
        }
      }
      return List.copyOf(out);
    }
  }

  private Transaction transaction(ResultSet rs, String pid, String txId) throws SQLException {
    FolioNumber folio = FolioNumber.of(cipher.decrypt(rs.getBytes(8), context(pid, txId)));
    Transaction.Builder t = Transaction.builder().id(TransactionId.of(txId))
        .schemeCode(SchemeCode.of(rs.getInt(6))).folio(new FolioKey(Amc.of(rs.getString(7)), folio))
        .type(TransactionType.valueOf(rs.getString(9))).tradeDate(rs.getObject(10, LocalDate.class))
        .amount(Money.of(rs.getBigDecimal(11))).units(Units.of(rs.getBigDecimal(12)));
    BigDecimal nav = rs.getBigDecimal(13);
    if (nav != null) {
      t.nav(Nav.of(nav));
    }
    String reverses = rs.getString(14);
    if (reverses != null) {
      t.reverses(TransactionId.of(reverses));
    }
    String description = rs.getString(15);
    if (description != null) {
      t.description(description);
    }
    return t.build();
  }

  private static String context(String portfolioId, String txId) {
    return "transaction:" + portfolioId + "/" + txId;
  }

  private static Optional<Portfolio> first(List<Portfolio> l) {
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  @Override
  public String toString() {
    return "JdbcPortfolioStore{" + portfolio + "}";
  }
}
