package in.lumpsum.core.store.memory;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.portfolio.Portfolio;
import in.lumpsum.core.portfolio.PortfolioId;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.store.AlreadyExistsException;
import in.lumpsum.core.store.NotFoundException;
import in.lumpsum.core.store.VersionConflictException;
import in.lumpsum.core.store.spi.PortfolioStore;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A {@link PortfolioStore} in memory.
 *
 * <p>Thread-safe and lossless under concurrent writes: every write to a portfolio is a compare-and-set
 * on its version, done inside {@link ConcurrentHashMap#compute}, which runs one writer at a time per
 * portfolio. Reads never block and see the latest accepted version. Portfolios are immutable values, so
 * a read shares nothing mutable with the store.
 *
 * @since 0.1.0
 */
public final class InMemoryPortfolioStore implements PortfolioStore {

  private final ConcurrentHashMap<PortfolioId, Portfolio> portfolios = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<InvestorId, Set<PortfolioId>> byOwner = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryPortfolioStore() {}

  @Override
  public Portfolio create(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    if (portfolio.version() != 0) {
      throw new InvalidValueException("version", portfolio.version(), "a new portfolio must be at version 0");
    }
    portfolios.compute(portfolio.id(), (id, existing) -> {
      if (existing != null) {
        throw new AlreadyExistsException(KIND, id.value());
      }
      // The owner index is written under the portfolio's compute lock, so it never misses a portfolio.
      byOwner.computeIfAbsent(portfolio.owner(), o -> ConcurrentHashMap.newKeySet()).add(id);
      return portfolio;
    });
    return portfolio;
  }

  @Override
  public Optional<Portfolio> find(PortfolioId id) {
    return Optional.ofNullable(portfolios.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public List<Portfolio> listByOwner(InvestorId owner) {
    Objects.requireNonNull(owner, "owner");
    Set<PortfolioId> ids = byOwner.get(owner);
    if (ids == null) {
      return List.of();
    }
    return ids.stream().map(portfolios::get).filter(Objects::nonNull)
        .filter(p -> p.owner().equals(owner))
        .sorted(Comparator.comparing(Portfolio::id)).toList();
  }

  @Override
  public Portfolio append(PortfolioId id, long expectedVersion, List<Transaction> transactions) {
    Objects.requireNonNull(transactions, "transactions");
    List<Transaction> added = List.copyOf(transactions);
    return write(id, expectedVersion, current -> current.plusTransactions(added));
  }

  @Override
  public Portfolio replace(Portfolio changed, long expectedVersion) {
    Objects.requireNonNull(changed, "changed");
    return write(changed.id(), expectedVersion, current -> {
      if (!current.owner().equals(changed.owner())) {
        throw new InvalidValueException("owner", changed.owner(),
            "a portfolio's owner cannot change; it is " + current.owner());
      }
      return changed;
    });
  }

  @Override
  public boolean delete(InvestorId owner, PortfolioId id) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(id, "id");
    boolean[] deleted = {false};
    portfolios.computeIfPresent(id, (k, current) -> {
      if (!current.owner().equals(owner)) {
        return current;
      }
      deleted[0] = true;
      byOwner.computeIfPresent(owner, (o, ids) -> {
        ids.remove(k);
        return ids.isEmpty() ? null : ids;
      });
      return null;
    });
    return deleted[0];
  }

  // Compare-and-set on the version: compute() runs one writer at a time per portfolio, and an exception
  // thrown inside it leaves the mapping unchanged.
  private Portfolio write(PortfolioId id, long expectedVersion, UnaryOperator<Portfolio> change) {
    Objects.requireNonNull(id, "id");
    return portfolios.compute(id, (k, current) -> {
      if (current == null) {
        throw new NotFoundException(KIND, k.value());
      }
      if (current.version() != expectedVersion) {
        throw new VersionConflictException(KIND, k.value(), expectedVersion, current.version());
      }
      return change.apply(current).withVersion(expectedVersion + 1);
    });
  }

  /** Returns the number of portfolios stored; never their contents. */
  @Override
  public String toString() {
    return "InMemoryPortfolioStore{portfolios=" + portfolios.size() + "}";
  }
}
