package in.lumpsum.core.store.memory;

import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.store.AlreadyExistsException;
import in.lumpsum.core.store.spi.GoalStore;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link GoalStore} in memory.
 *
 * <p>Thread-safe: goals are held in a {@link ConcurrentHashMap} and each write runs inside
 * {@link ConcurrentHashMap#compute}, one writer at a time per goal; an index by investor keeps listing
 * proportional to the investor's goals. Reads never block.
 *
 * @since 0.1.0
 */
public final class InMemoryGoalStore implements GoalStore {

  private static final Comparator<Goal> ORDER =
      Comparator.comparing(Goal::targetDate).thenComparing(Goal::id);

  private final ConcurrentHashMap<GoalId, Goal> goals = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<InvestorId, Set<GoalId>> byInvestor = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryGoalStore() {}

  @Override
  public Goal save(Goal goal) {
    Objects.requireNonNull(goal, "goal");
    goals.compute(goal.id(), (id, existing) -> {
      if (existing != null && !existing.investorId().equals(goal.investorId())) {
        throw new AlreadyExistsException(KIND, id.value());
      }
      byInvestor.computeIfAbsent(goal.investorId(), i -> ConcurrentHashMap.newKeySet()).add(id);
      return goal;
    });
    return goal;
  }

  @Override
  public Optional<Goal> find(GoalId id) {
    return Optional.ofNullable(goals.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public List<Goal> listByInvestor(InvestorId investor) {
    Objects.requireNonNull(investor, "investor");
    Set<GoalId> ids = byInvestor.get(investor);
    if (ids == null) {
      return List.of();
    }
    return ids.stream().map(goals::get).filter(Objects::nonNull)
        .filter(g -> g.investorId().equals(investor)).sorted(ORDER).toList();
  }

  @Override
  public boolean delete(InvestorId investor, GoalId id) {
    Objects.requireNonNull(investor, "investor");
    Objects.requireNonNull(id, "id");
    boolean[] deleted = {false};
    goals.computeIfPresent(id, (k, current) -> {
      if (!current.investorId().equals(investor)) {
        return current;
      }
      deleted[0] = true;
      byInvestor.computeIfPresent(investor, (i, ids) -> {
        ids.remove(k);
        return ids.isEmpty() ? null : ids;
      });
      return null;
    });
    return deleted[0];
  }

  /** Returns the number of goals stored; never their contents. */
  @Override
  public String toString() {
    return "InMemoryGoalStore{goals=" + goals.size() + "}";
  }
}
