package in.lumpsum.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.LumpsumException;
import in.lumpsum.core.store.memory.InMemoryGoalStore;
import in.lumpsum.core.store.memory.InMemoryInvestorStore;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.memory.InMemoryPortfolioStore;
import in.lumpsum.core.store.memory.InMemorySchemeStore;
import in.lumpsum.core.store.spi.NavStore;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoresTest {

  @Test
  public void inMemory_givesFreshInMemoryStores() {
    Stores a = Stores.inMemory();

    assertThat(a.schemes()).isInstanceOf(InMemorySchemeStore.class);
    assertThat(a.navs()).isInstanceOf(InMemoryNavStore.class);
    assertThat(a.portfolios()).isInstanceOf(InMemoryPortfolioStore.class);
    assertThat(a.goals()).isInstanceOf(InMemoryGoalStore.class);
    assertThat(a.investors()).isInstanceOf(InMemoryInvestorStore.class);
    assertThat(Stores.inMemory().navs()).isNotSameAs(a.navs());
  }

  @Test
  public void with_swapsOneStore() {
    Stores a = Stores.inMemory();
    NavStore other = new InMemoryNavStore();

    Stores b = a.withNavs(other);

    assertThat(b.navs()).isSameAs(other);
    assertThat(b.portfolios()).isSameAs(a.portfolios());
    assertThat(a.navs()).isNotSameAs(other);
  }

  @Test
  public void new_nullStore_throws() {
    Stores a = Stores.inMemory();

    assertThatThrownBy(() -> a.withGoals(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("goals");
  }

  @Test
  public void exceptions_areRootedAtLumpsumExceptionAndCarryWhatCallersNeed() {
    VersionConflictException conflict = new VersionConflictException("portfolio", "p1", 3, 5);

    assertThat(conflict).isInstanceOf(StoreException.class).isInstanceOf(LumpsumException.class);
    assertThat(conflict.kind()).isEqualTo("portfolio");
    assertThat(conflict.id()).isEqualTo("p1");
    assertThat(conflict.expectedVersion()).isEqualTo(3);
    assertThat(conflict.actualVersion()).isEqualTo(5);
    assertThat(conflict).hasMessageContaining("version 5, not 3");
    assertThat(new NotFoundException("goal", "g1")).isInstanceOf(StoreException.class)
        .hasMessage("goal g1 does not exist");
    assertThat(new AlreadyExistsException("goal", "g1")).isInstanceOf(StoreException.class)
        .hasMessage("goal g1 already exists");
  }

  @Test
  public void recordExceptions_nameTheirRecord_throughPublicAccessors() throws Exception {
    for (StoreException e : List.of(new NotFoundException("goal", "g1"),
        new AlreadyExistsException("goal", "g1"), new VersionConflictException("goal", "g1", 1, 2))) {
      // Callers in other packages (the adapters) call kind() and id() on the public classes.
      for (String accessor : List.of("kind", "id")) {
        Method m = e.getClass().getMethod(accessor);
        assertThat(Modifier.isPublic(m.getDeclaringClass().getModifiers())).as(accessor).isTrue();
      }
      assertThat(e.getClass().getMethod("kind").invoke(e)).isEqualTo("goal");
      assertThat(e.getClass().getMethod("id").invoke(e)).isEqualTo("g1");
    }
    assertThatThrownBy(() -> new NotFoundException(null, "g1")).isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> new AlreadyExistsException("goal", null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }
}
