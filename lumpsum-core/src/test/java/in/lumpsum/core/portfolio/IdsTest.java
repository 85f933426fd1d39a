package in.lumpsum.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @Test
  public void of_stripsSurroundingSpaces() {
    assertThat(InvestorId.of(" alice ").value()).isEqualTo("alice");
    assertThat(PortfolioId.of("p-1").toString()).isEqualTo("p-1");
    assertThat(TransactionId.of("CAMS:123/45").value()).isEqualTo("CAMS:123/45");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "two words", "tab\there"})
  public void of_invalid_throwsNamingTheIdField(String text) {
    assertThatThrownBy(() -> InvestorId.of(text)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("investorId"));
    assertThatThrownBy(() -> PortfolioId.of(text)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("portfolioId"));
    assertThatThrownBy(() -> TransactionId.of(text)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("transactionId"));
  }

  @Test
  public void of_nullOrTooLong_throws() {
    assertThatThrownBy(() -> new InvestorId(null)).isInstanceOf(InvalidValueException.class);
    assertThat(InvestorId.of("x".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> InvestorId.of("x".repeat(129))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at most 128");
  }

  @Test
  public void random_givesDistinctUuidText() {
    PortfolioId a = PortfolioId.random();

    assertThat(a).isNotEqualTo(PortfolioId.random());
    assertThat(a.value()).hasSize(36);
  }

  @Test
  public void compareTo_ordersByText() {
    assertThat(InvestorId.of("a")).isLessThan(InvestorId.of("b"));
  }
}
