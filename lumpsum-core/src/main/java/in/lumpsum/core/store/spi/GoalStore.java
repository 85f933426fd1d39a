package in.lumpsum.core.store.spi;

import in.lumpsum.core.goal.Goal;
import in.lumpsum.core.goal.GoalId;
import in.lumpsum.core.portfolio.InvestorId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores investors' goals. A goal belongs to its investor for good: it cannot be saved under another
 * investor, and the scoped methods see only the acting investor's goals.
 *
 * <p>Implementations are thread-safe, and each write is atomic.
 *
 * @since 0.1.0
 */
public interface GoalStore {

  /** The kind of record named in this store's exceptions. */
  String KIND = "goal";

  /**
   * Inserts a goal, or replaces the stored goal with its id.
   *
   * @param goal the goal
   * @return the stored goal
   * @throws in.lumpsum.core.store.AlreadyExistsException if another investor's goal has its id
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  Goal save(Goal goal);

  /**
   * Finds a goal by id, whoever it belongs to. Prefer {@link #find(InvestorId, GoalId)} when acting for
   * an investor.
   *
   * @param id the goal's id
   * @return the goal, or empty if there is none
   */
  Optional<Goal> find(GoalId id);

  /**
   * Finds a goal by id if it belongs to an investor.
   *
   * @param investor the investor acting
   * @param id the goal's id
   * @return the goal, or empty if there is none or it is another investor's
   */
  default Optional<Goal> find(InvestorId investor, GoalId id) {
    Objects.requireNonNull(investor, "investor");
    return find(id).filter(g -> g.investorId().equals(investor));
  }

  /**
   * Returns an investor's goals.
   *
   * @param investor the investor
   * @return the goals, ascending by target date, then id; empty if none
   */
  List<Goal> listByInvestor(InvestorId investor);

  /**
   * Deletes a goal if it belongs to an investor.
   *
   * @param investor the investor acting
   * @param id the goal's id
   * @return true if it was deleted; false if there is none or it is another investor's
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  boolean delete(InvestorId investor, GoalId id);
}
