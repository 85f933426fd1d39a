package in.lumpsum.core.store.spi;

import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.InvestorProfile;
import in.lumpsum.core.investor.Role;
import in.lumpsum.core.portfolio.InvestorId;
import java.util.List;
import java.util.Optional;

/**
 * Stores investors, their profiles, and which advisor each investor is assigned to.
 *
 * <p>An advisor is an investor holding {@link Role#ADVISOR}; assigning one checks that. A profile
 * belongs to a stored investor. Deleting an investor deletes their profile and unassigns them from the
 * investors they advised. Implementations are thread-safe, and each write is atomic.
 *
 * @since 0.1.0
 */
public interface InvestorStore {

  /** The kind of record named in this store's exceptions. */
  String KIND = "investor";

  /**
   * Inserts an investor, or replaces the stored investor with its id.
   *
   * @param investor the investor
   * @return the stored investor
   * @throws in.lumpsum.core.InvalidValueException if the investor names an advisor that is not a stored
   *     investor holding {@link Role#ADVISOR}
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  Investor save(Investor investor);

  /**
   * Finds an investor by id.
   *
   * @param id the investor's id
   * @return the investor, or empty if there is none
   */
  Optional<Investor> find(InvestorId id);

  /**
   * Returns the investors holding a role.
   *
   * @param role the role
   * @return the investors, ascending by id; empty if none
   */
  List<Investor> listWithRole(Role role);

  /**
   * Assigns an advisor to an investor, replacing any other.
   *
   * @param investor the investor to advise
   * @param advisor the advisor
   * @return the stored investor with the advisor assigned
   * @throws in.lumpsum.core.store.NotFoundException if there is no such investor
   * @throws in.lumpsum.core.InvalidValueException if the advisor is not a stored investor holding
   *     {@link Role#ADVISOR}, or is the investor
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  Investor assignAdvisor(InvestorId investor, InvestorId advisor);

  /**
   * Removes an investor's advisor, if any.
   *
   * @param investor the investor
   * @return the stored investor, with no advisor
   * @throws in.lumpsum.core.store.NotFoundException if there is no such investor
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  Investor unassignAdvisor(InvestorId investor);

  /**
   * Returns the investors assigned to an advisor, whatever the advisor's roles are now.
   *
   * @param advisor the advisor
   * @return the advisor's clients, ascending by id; empty if none
   */
  List<Investor> listClientsOf(InvestorId advisor);

  /**
   * Inserts or replaces the profile of a stored investor.
   *
   * @param profile the profile
   * @return the stored profile
   * @throws in.lumpsum.core.store.NotFoundException if the profile's investor is not stored
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  InvestorProfile saveProfile(InvestorProfile profile);

  /**
   * Finds an investor's profile.
   *
   * @param investor the investor
   * @return the profile, or empty if the investor has none (or does not exist)
   */
  Optional<InvestorProfile> findProfile(InvestorId investor);

  /**
   * Deletes an investor with their profile, and unassigns them from the investors they advised.
   *
   * @param id the investor's id
   * @return true if the investor existed
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  boolean delete(InvestorId id);
}
