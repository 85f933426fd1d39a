package in.lumpsum.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class IsinTest {

  @Test
  void parse_validIndianFundIsins_accepted() {
    // ISINs as they appear in AMFI's NAVAll.txt (and a well-known equity ISIN from ISO 6166 examples).
    assertThat(Isin.parse("INF209K01157").value()).isEqualTo("INF209K01157");
    assertThat(Isin.parse(" inf179k01be2 ").value()).isEqualTo("INF179K01BE2");
    assertThat(Isin.parse("US0378331005").country()).isEqualTo("US");
  }

  @Test
  void parse_wrongCheckDigit_namesFieldAndExpectedDigit() {
    assertThatThrownBy(() -> Isin.parse("INF209K01158"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("isin")
        .hasMessageContaining("check digit is 8, expected 7")
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("isin"));
  }

  @Test
  void parse_badForms_rejectedWithReason() {
    assertThatThrownBy(() -> Isin.parse("INF209K0115"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("12 characters");
    assertThatThrownBy(() -> Isin.parse("1NF209K01157"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("country code");
    assertThatThrownBy(() -> Isin.parse("INF209K0115X"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("check digit");
    assertThatThrownBy(() -> Isin.parse("INF209K-1157"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("letters or digits");
    assertThatThrownBy(() -> Isin.parse(null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("required");
  }

  @Test
  void checkDigit_knownIsins() {
    assertThat(Isin.checkDigit("US037833100")).isEqualTo(5);
    assertThat(Isin.checkDigit("INF209K0115")).isEqualTo(7);
  }
}
