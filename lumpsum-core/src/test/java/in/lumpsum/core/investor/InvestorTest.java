package in.lumpsum.core.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.portfolio.InvestorId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvestorTest {

  private static final Instant CREATED = Instant.parse("2026-01-15T04:30:00Z");

  private static Investor.Builder alice() {
    return Investor.builder().id(InvestorId.of("alice")).displayName("Alice Rao").createdAt(CREATED);
  }

  @Test
  public void build_defaultsToRoleUser() {
    Investor a = alice().build();

    assertThat(a.roles()).containsExactly(Role.USER);
    assertThat(a.hasRole(Role.USER)).isTrue();
    assertThat(a.hasRole(Role.ADMIN)).isFalse();
    assertThat(a.email()).isEmpty();
    assertThat(a.advisor()).isEmpty();
  }

  @Test
  public void build_givenRoles_replaceDefault() {
    Investor a = alice().addRoles(Role.ADVISOR, Role.PREMIUM).build();

    assertThat(a.roles()).containsExactlyInAnyOrder(Role.ADVISOR, Role.PREMIUM);
  }

  @Test
  public void build_emptyRoles_throwsNamingRoles() {
    assertThatThrownBy(() -> alice().roles(List.of()).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("roles"));
  }

  @Test
  public void build_blankName_throwsNamingDisplayName() {
    assertThatThrownBy(() -> alice().displayName(" ").build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("displayName"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice", "@example.com", "alice@", "a@b@c", "alice rao@example.com"})
  public void build_badEmail_throwsNamingEmailWithoutEchoingIt(String email) {
    assertThatThrownBy(() -> alice().email(email).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("email");
          assertThat(e.rejectedValue()).isEqualTo(email.charAt(0) + "***");
        });
  }

  @Test
  public void build_selfAsAdvisor_throwsNamingAdvisor() {
    assertThatThrownBy(() -> alice().advisor(InvestorId.of("alice")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("advisor"));
  }

  @Test
  public void withAdvisorAndWithoutAdvisor_copy() {
    Investor a = alice().build().withAdvisor(InvestorId.of("adv"));

    assertThat(a.advisor()).contains(InvestorId.of("adv"));
    assertThat(a.withoutAdvisor().advisor()).isEmpty();
  }

  @Test
  public void toString_omitsNameAndEmail() {
    String s = alice().email("alice@example.com").build().toString();

    assertThat(s).contains("alice").doesNotContain("Alice Rao").doesNotContain("example.com");
  }
}
