package in.lumpsum.core.store.tck;

import static in.lumpsum.core.store.tck.TckData.investor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.investor.Investor;
import in.lumpsum.core.investor.InvestorProfile;
import in.lumpsum.core.investor.Pan;
import in.lumpsum.core.investor.Preferences;
import in.lumpsum.core.investor.RiskProfile;
import in.lumpsum.core.investor.Role;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.InvestorId;
import in.lumpsum.core.store.NotFoundException;
import in.lumpsum.core.store.spi.InvestorStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link InvestorStore}: investors and profiles saved and found, advisors assigned only
 * when they hold {@link Role#ADVISOR}, clients listed per advisor, and deletion that leaves no dangling
 * profile or advisor.
 *
 * <p>Extend it with {@link #newStore()} returning a fresh, empty store.
 */
public abstract class InvestorStoreContract {

  /** The store under test, fresh for each test. */
  protected InvestorStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract InvestorStore newStore();

  /** Creates the store under test. */
  @BeforeEach
  public void createStore() {
    store = newStore();
  }

  private static InvestorId id(String id) {
    return InvestorId.of(id);
  }

  private static InvestorProfile profile(String investor) {
    return InvestorProfile.builder().investorId(id(investor)).riskProfile(RiskProfile.MODERATE)
        .horizonYears(15).dateOfBirth(LocalDate.of(1990, 6, 1)).pan(Pan.parse("ABCPE1234F"))
        .annualIncome(Money.ofRupees(1_800_000)).taxSlabRate(new BigDecimal("0.3"))
        .preferences(Preferences.builder().wantsElss(true).build()).build();
  }

  @Test
  public void save_thenFind_returnsEqualInvestor() {
    Investor alice = Investor.builder().from(investor("alice", Role.USER, Role.PREMIUM))
        .email("alice@example.com").build();

    assertThat(store.save(alice)).isEqualTo(alice);

    assertThat(store.find(id("alice"))).contains(alice);
    assertThat(store.find(id("nobody"))).isEmpty();
  }

  @Test
  public void save_existingId_replacesInvestor() {
    store.save(investor("alice"));
    Investor premium = investor("alice", Role.USER, Role.PREMIUM);

    store.save(premium);

    assertThat(store.find(id("alice"))).contains(premium);
  }

  @Test
  public void listWithRole_listsHoldersById() {
    store.save(investor("c", Role.ADVISOR));
    store.save(investor("a", Role.ADVISOR, Role.USER));
    store.save(investor("b"));

    assertThat(store.listWithRole(Role.ADVISOR)).extracting(i -> i.id().value()).containsExactly("a", "c");
    assertThat(store.listWithRole(Role.ADMIN)).isEmpty();
  }

  @Test
  public void assignAdvisor_thenListClientsOf_andUnassign() {
    store.save(investor("adv", Role.ADVISOR));
    store.save(investor("zed"));
    store.save(investor("amy"));

    Investor zed = store.assignAdvisor(id("zed"), id("adv"));
    store.assignAdvisor(id("amy"), id("adv"));

    assertThat(zed.advisor()).contains(id("adv"));
    assertThat(store.find(id("zed")).orElseThrow().advisor()).contains(id("adv"));
    assertThat(store.listClientsOf(id("adv"))).extracting(i -> i.id().value()).containsExactly("amy", "zed");

    Investor unassigned = store.unassignAdvisor(id("zed"));

    assertThat(unassigned.advisor()).isEmpty();
    assertThat(store.listClientsOf(id("adv"))).extracting(i -> i.id().value()).containsExactly("amy");
    assertThat(store.listClientsOf(id("zed"))).isEmpty();
  }

  @Test
  public void assignAdvisor_advisorWithoutRole_throwsNamingAdvisor() {
    store.save(investor("plain"));
    store.save(investor("client"));

    assertThatThrownBy(() -> store.assignAdvisor(id("client"), id("plain")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("advisor"));
    assertThatThrownBy(() -> store.assignAdvisor(id("client"), id("ghost")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("advisor"));
    assertThat(store.find(id("client")).orElseThrow().advisor()).isEmpty();
  }

  @Test
  public void assignAdvisor_self_throwsNamingAdvisor() {
    store.save(investor("adv", Role.ADVISOR));

    assertThatThrownBy(() -> store.assignAdvisor(id("adv"), id("adv")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("advisor"));
  }

  @Test
  public void assignAdvisor_unknownInvestor_throwsNotFound() {
    store.save(investor("adv", Role.ADVISOR));

    assertThatThrownBy(() -> store.assignAdvisor(id("ghost"), id("adv")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.unassignAdvisor(id("ghost"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  public void save_namingUnknownAdvisor_throwsNamingAdvisor() {
    Investor client = investor("client").withAdvisor(id("ghost"));

    assertThatThrownBy(() -> store.save(client))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("advisor"));
    assertThat(store.find(id("client"))).isEmpty();
  }

  @Test
  public void save_namingStoredAdvisor_isListedAsClient() {
    store.save(investor("adv", Role.ADVISOR));

    store.save(investor("client").withAdvisor(id("adv")));

    assertThat(store.listClientsOf(id("adv"))).extracting(i -> i.id().value()).containsExactly("client");
  }

  @Test
  public void saveProfile_thenFind_returnsEqualProfile() {
    store.save(investor("alice"));
    InvestorProfile p = profile("alice");

    assertThat(store.saveProfile(p)).isEqualTo(p);

    assertThat(store.findProfile(id("alice"))).contains(p);
    assertThat(store.findProfile(id("bob"))).isEmpty();
  }

  @Test
  public void saveProfile_again_replacesIt() {
    store.save(investor("alice"));
    store.saveProfile(profile("alice"));
    InvestorProfile changed = InvestorProfile.builder().from(profile("alice"))
        .riskProfile(RiskProfile.AGGRESSIVE).build();

    store.saveProfile(changed);

    assertThat(store.findProfile(id("alice"))).contains(changed);
  }

  @Test
  public void saveProfile_unknownInvestor_throwsNotFound() {
    assertThatThrownBy(() -> store.saveProfile(profile("ghost"))).isInstanceOf(NotFoundException.class);
    assertThat(store.findProfile(id("ghost"))).isEmpty();
  }

  @Test
  public void delete_removesProfileAndUnassignsClients() {
    store.save(investor("adv", Role.ADVISOR));
    store.save(investor("client"));
    store.assignAdvisor(id("client"), id("adv"));
    store.saveProfile(profile("adv"));

    assertThat(store.delete(id("adv"))).isTrue();

    assertThat(store.find(id("adv"))).isEmpty();
    assertThat(store.findProfile(id("adv"))).isEmpty();
    assertThat(store.find(id("client")).orElseThrow().advisor()).isEmpty();
    assertThat(store.listClientsOf(id("adv"))).isEmpty();
    assertThat(store.delete(id("adv"))).isFalse();
  }
}
