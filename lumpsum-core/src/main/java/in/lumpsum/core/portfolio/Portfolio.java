package in.lumpsum.core.portfolio;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.internal.LumpsumStyle;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An investor's portfolio: a named, versioned list of transactions across folios and schemes.
 *
 * <p>Transactions keep the order they were added in; their ids are unique within the portfolio. The
 * {@link #version()} counts the changes a store has accepted: a new portfolio has version 0 and every
 * accepted write adds one, which lets a store refuse a write based on a stale copy (optimistic
 * concurrency). The copy methods ({@link #plusTransactions(Collection)}, {@link #withName(String)}, ...)
 * keep the version: stores set it.
 *
 * <p>Build one with {@link #builder()}; {@code id}, {@code owner} and {@code name} are required.
 * Immutable and thread-safe. {@code toString} shows ids, version and the number of transactions only.
 *
 * @since 0.1.0
 */
@Value.Immutable
@LumpsumStyle
public abstract class Portfolio {

  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  Portfolio() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the portfolio's identifier.
   *
   * @return the id
   */
  public abstract PortfolioId id();

  /**
   * Returns the investor who owns the portfolio.
   *
   * @return the owner's id
   */
  public abstract InvestorId owner();

  /**
   * Returns the portfolio's name, such as {@code "Family"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the number of changes a store has accepted to this portfolio.
   *
   * @return the version, 0 for a new portfolio
   */
  @Value.Default
  public long version() {
    return 0L;
  }

  /**
   * Returns the transactions, in the order they were added.
   *
   * @return the transactions, with unique ids
   */
  public abstract List<Transaction> transactions();

  /**
   * Finds a transaction by id.
   *
   * @param id the transaction's id
   * @return the transaction, or empty if this portfolio has none with that id
   */
  public Optional<Transaction> transaction(TransactionId id) {
    Objects.requireNonNull(id, "id");
    return transactions().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Returns the transactions of one holding, in the order they were added.
   *
   * @param holding the scheme and folio
   * @return the holding's transactions, possibly none
   */
  public List<Transaction> transactionsOf(HoldingRef holding) {
    Objects.requireNonNull(holding, "holding");
    return transactions().stream().filter(t -> t.holding().equals(holding)).toList();
  }

  /**
   * Returns every holding that some transaction of this portfolio touches.
   *
   * @return the holdings, sorted by folio then scheme
   */
  public Set<HoldingRef> holdings() {
    return transactions().stream().map(Transaction::holding)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Returns every folio that some transaction of this portfolio touches.
   *
   * @return the folios, sorted
   */
  public Set<FolioKey> folios() {
    return transactions().stream().map(Transaction::folio)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Returns a copy with transactions added after the existing ones; the version is unchanged.
   *
   * @param added the transactions to add, in order
   * @return the new portfolio
   * @throws InvalidValueException if an added transaction's id is already in the portfolio or repeats
   *     within {@code added}
   */
  public Portfolio plusTransactions(Collection<? extends Transaction> added) {
    Objects.requireNonNull(added, "added");
    return builder().from(this).addAllTransactions(added).build();
  }

  /**
   * Returns a copy with its transactions replaced; the version is unchanged.
   *
   * @param transactions the new transactions, in order
   * @return the new portfolio
   * @throws InvalidValueException if two transactions share an id
   */
  public Portfolio withTransactions(Collection<? extends Transaction> transactions) {
    Objects.requireNonNull(transactions, "transactions");
    return builder().from(this).transactions(transactions).build();
  }

  /**
   * Returns a copy with another name; the version is unchanged.
   *
   * @param name the new name
   * @return the new portfolio
   * @throws InvalidValueException if the name is blank or too long
   */
  public Portfolio withName(String name) {
    return builder().from(this).name(name).build();
  }

  /**
   * Returns a copy with another version. Stores use it when they accept a write.
   *
   * @param version the new version, zero or more
   * @return the new portfolio
   * @throws InvalidValueException if the version is negative
   */
  public Portfolio withVersion(long version) {
    return builder().from(this).version(version).build();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("name", name(), "must not be blank");
    }
    if (name().length() > MAX_NAME_LENGTH) {
      throw new InvalidValueException("name", name().substring(0, 20) + "...",
          "must be at most " + MAX_NAME_LENGTH + " characters, not " + name().length());
    }
    if (version() < 0) {
      throw new InvalidValueException("version", version(), "must not be negative");
    }
    Set<TransactionId> seen = new HashSet<>();
    for (Transaction t : transactions()) {
      if (!seen.add(t.id())) {
        throw new InvalidValueException("transactions", t.id(),
            "transaction ids must be unique within a portfolio");
      }
    }
  }

  /** Returns the id, owner, version and number of transactions; never the transactions themselves. */
  @Override
  public String toString() {
    return "Portfolio{id=" + id() + ", owner=" + owner() + ", version=" + version()
        + ", transactions=" + transactions().size() + "}";
  }

  /** Builds a {@link Portfolio}. Not thread-safe. */
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }
}
