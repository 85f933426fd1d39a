package in.lumpsum.core.store.memory;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.InvestorProfile;
import in.lumpsum.core.investor.Role;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.store.NotFoundException;
import in.lumpsum.core.store.spi.InvestorStore;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * An {@link InvestorStore} in memory.
 *
 * <p>Thread-safe: reads never block; writes, which may touch several investors (assigning an advisor
 * checks the advisor; deleting an advisor unassigns their clients), run one at a time under one lock, so
 * each is atomic. Listing scans every investor, which suits the numbers an embedded store holds.
 *
 * @since 0.1.0
 */
public final class InMemoryInvestorStore implements InvestorStore {

  private final Object writeLock = new Object();
  private final ConcurrentHashMap<InvestorId, Investor> investors = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<InvestorId, InvestorProfile> profiles = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryInvestorStore() {}

  @Override
  public Investor save(Investor investor) {
    Objects.requireNonNull(investor, "investor");
    synchronized (writeLock) {
      investor.advisor().ifPresent(this::requireAdvisor);
      investors.put(investor.id(), investor);
      return investor;
    }
  }

  @Override
  public Optional<Investor> find(InvestorId id) {
    return Optional.ofNullable(investors.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public List<Investor> listWithRole(Role role) {
    Objects.requireNonNull(role, "role");
    return list(i -> i.hasRole(role));
  }

  @Override
  public Investor assignAdvisor(InvestorId investor, InvestorId advisor) {
    Objects.requireNonNull(investor, "investor");
    Objects.requireNonNull(advisor, "advisor");
    synchronized (writeLock) {
      Investor current = require(investor);
      requireAdvisor(advisor);
      Investor updated = current.withAdvisor(advisor);
      investors.put(investor, updated);
      return updated;
    }
  }

  @Override
  public Investor unassignAdvisor(InvestorId investor) {
    Objects.requireNonNull(investor, "investor");
    synchronized (writeLock) {
      Investor updated = require(investor).withoutAdvisor();
      investors.put(investor, updated);
      return updated;
    }
  }

  @Override
  public List<Investor> listClientsOf(InvestorId advisor) {
    Objects.requireNonNull(advisor, "advisor");
    return list(i -> i.advisor().filter(advisor::equals).isPresent());
  }

  @Override
  public InvestorProfile saveProfile(InvestorProfile profile) {
    Objects.requireNonNull(profile, "profile");
    synchronized (writeLock) {
      require(profile.investorId());
      profiles.put(profile.investorId(), profile);
      return profile;
    }
  }

  @Override
  public Optional<InvestorProfile> findProfile(InvestorId investor) {
    return Optional.ofNullable(profiles.get(Objects.requireNonNull(investor, "investor")));
  }

  @Override
  public boolean delete(InvestorId id) {
    Objects.requireNonNull(id, "id");
    synchronized (writeLock) {
      if (investors.remove(id) == null) {
        return false;
      }
      profiles.remove(id);
      for (Investor client : listClientsOf(id)) {
        investors.put(client.id(), client.withoutAdvisor());
      }
      return true;
    }
  }

  private Investor require(InvestorId id) {
    Investor investor = investors.get(id);
    if (investor == null) {
      throw new NotFoundException(KIND, id.value());
    }
    return investor;
  }

  private void requireAdvisor(InvestorId advisor) {
    Investor a = investors.get(advisor);
    if (a == null || !a.hasRole(Role.ADVISOR)) {
      throw new InvalidValueException("advisor", advisor, "must be a stored investor holding role ADVISOR");
    }
  }

  private List<Investor> list(Predicate<Investor> filter) {
    return investors.values().stream().filter(filter)
        .sorted(Comparator.comparing(Investor::id)).toList();
  }

  /** Returns the number of investors stored; never their data. */
  @Override
  public String toString() {
    return "InMemoryInvestorStore{investors=" + investors.size() + "}";
  }
}
