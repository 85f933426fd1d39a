package in.lumpsum.core.store.spi;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.store.NotFoundException;
import in.lumpsum.core.store.VersionConflictException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stores portfolios and their transactions, with optimistic concurrency so that concurrent writers lose
 * nothing.
 *
 * <p>Every stored portfolio has a {@link Portfolio#version() version}: 0 when created, one more after
 * every accepted write. Each write names the version it was based on; if another write came first the
 * store refuses with a {@link VersionConflictException} and writes nothing (compare-and-set). Callers
 * read again and retry, which {@link #update} does for them. A portfolio's id and owner never change.
 *
 * <p>Implementations are thread-safe, and each write is atomic.
 *
 * @since 0.1.0
 */
public interface PortfolioStore {

  /** The kind of record named in this store's exceptions. */
  String KIND = "portfolio";

  /**
   * Stores a new portfolio, with any transactions it already has, at version 0.
   *
   * @param portfolio the portfolio, at version 0
   * @return the stored portfolio
   * @throws InvalidValueException if the portfolio's version is not 0
   * @throws in.lumpsum.core.store.AlreadyExistsException if a portfolio with its id exists, whoever owns
   *     it
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  Portfolio create(Portfolio portfolio);

  /**
   * Finds a portfolio by id, whoever owns it. Prefer {@link #find(InvestorId, PortfolioId)} when acting
   * for an investor.
   *
   * @param id the portfolio's id
   * @return the latest stored version, or empty if there is none
   */
  Optional<Portfolio> find(PortfolioId id);

  /**
   * Finds a portfolio by id if it belongs to an owner.
   *
   * @param owner the investor acting
   * @param id the portfolio's id
   * @return the portfolio, or empty if there is none or another investor owns it
   */
  default Optional<Portfolio> find(InvestorId owner, PortfolioId id) {
    Objects.requireNonNull(owner, "owner");
    return find(id).filter(p -> p.owner().equals(owner));
  }

  /**
   * Returns an investor's portfolios.
   *
   * @param owner the investor
   * @return the portfolios, ascending by id; empty if the investor has none
   */
  List<Portfolio> listByOwner(InvestorId owner);

  /**
   * Appends transactions to a portfolio if it is still at the expected version.
   *
   * @param id the portfolio's id
   * @param expectedVersion the version the caller read
   * @param transactions the transactions to add after the existing ones, in order
   * @return the stored portfolio, at {@code expectedVersion + 1}
   * @throws in.lumpsum.core.store.NotFoundException if there is no such portfolio
   * @throws VersionConflictException if the stored version is not {@code expectedVersion}
   * @throws InvalidValueException if a transaction's id is already in the portfolio or repeats
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  Portfolio append(PortfolioId id, long expectedVersion, List<Transaction> transactions);

  /**
   * Replaces a portfolio's name and transactions if it is still at the expected version. The version of
   * {@code changed} is ignored: the store sets it.
   *
   * @param changed the portfolio as it should be, with the stored id and owner
   * @param expectedVersion the version the caller read
   * @return the stored portfolio, at {@code expectedVersion + 1}
   * @throws in.lumpsum.core.store.NotFoundException if there is no such portfolio
   * @throws VersionConflictException if the stored version is not {@code expectedVersion}
   * @throws InvalidValueException if {@code changed} has another owner than the stored portfolio
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  Portfolio replace(Portfolio changed, long expectedVersion);

  /**
   * Deletes a portfolio if it belongs to an owner.
   *
   * @param owner the investor acting
   * @param id the portfolio's id
   * @return true if it was deleted; false if there is none or another investor owns it
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  boolean delete(InvestorId owner, PortfolioId id);

  /**
   * Applies a change to the latest version of a portfolio, reading again and retrying when another
   * writer came first, so that concurrent updates all take effect.
   *
   * <p>The change is a function from the portfolio as read to the portfolio as it should be; it may run
   * several times, so it must have no side effects. If it returns a portfolio equal to the one read,
   * nothing is written. Retries run at once, without sleeping: under contention at least one writer
   * always succeeds.
   *
   * @param id the portfolio's id
   * @param change the change, such as {@code p -> p.plusTransactions(List.of(t))}
   * @param maxRetries how many times to retry after a conflict, zero or more
   * @return the stored portfolio after the change
   * @throws NotFoundException if there is no such portfolio
   * @throws VersionConflictException if the write still conflicted after {@code maxRetries} retries
   * @throws InvalidValueException if {@code maxRetries} is negative, or the change gives an invalid
   *     portfolio or another owner
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  default Portfolio update(PortfolioId id, UnaryOperator<Portfolio> change, int maxRetries) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
    if (maxRetries < 0) {
      throw new InvalidValueException("maxRetries", maxRetries, "must not be negative");
    }
    for (int attempt = 0; ; attempt++) {
      Portfolio current = find(id).orElseThrow(() -> new NotFoundException(KIND, id.value()));
      Portfolio changed = Objects.requireNonNull(change.apply(current), "change returned null");
      if (!changed.id().equals(id)) {
        throw new InvalidValueException("id", changed.id(), "the change must keep the portfolio's id " + id);
      }
      if (changed.withVersion(current.version()).equals(current)) {
        return current;
      }
      try {
        return replace(changed, current.version());
      } catch (VersionConflictException e) {
        if (attempt >= maxRetries) {
          throw e;
        }
        Thread.onSpinWait();
      }
    }
  }
}
