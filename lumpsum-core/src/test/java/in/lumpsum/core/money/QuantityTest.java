package in.lumpsum.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void money_normalisedToPaise_soEqualsCompares() {
    assertThat(Money.of(new BigDecimal("10.5"))).isEqualTo(Money.parse("10.50"));
    assertThat(Money.parse("1,00,000").toString()).isEqualTo("100000.00");
    assertThat(Money.parse("0.005").toString()).isEqualTo("0.01");
    assertThat(Money.parse("-0.005").toString()).isEqualTo("-0.01");
    assertThat(Money.ofRupees(5000).plus(Money.parse("0.25")).toString()).isEqualTo("5000.25");
  }

  @Test
  void money_positive_rejectsNegativePurchaseAmount() {
    assertThatThrownBy(() -> Money.positive("amount", new BigDecimal("-5000")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount: must be greater than zero (got '-5000')");
    assertThatThrownBy(() -> Money.positive("amount", new BigDecimal("0.004")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void money_parse_rejectsText() {
    assertThatThrownBy(() -> Money.parse("five thousand"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("amount:");
  }

  @Test
  void units_threeDecimals() {
    assertThat(Units.parse("12.3456")).isEqualTo(Units.parse("12.346"));
    assertThat(Units.parse("1").toString()).isEqualTo("1.000");
    // 5000 at NAV 137.1234 buys 36.46351 units, allotted as 36.464; worth 5000.07 at that NAV.
    Units u = Units.allotted(Money.ofRupees(5000), Nav.parse("137.1234"));
    assertThat(u.toString()).isEqualTo("36.464");
    assertThat(u.valueAt(Nav.parse("137.1234")).toString()).isEqualTo("5000.07");
  }

  @Test
  void nav_keepsPublishedPrecision_equalsIgnoresTrailingZeros() {
    assertThat(Nav.parse("10.")).isEqualTo(Nav.parse("10.0000"));
    assertThat(Nav.parse("10.").toString()).isEqualTo("10.0000");
    assertThat(Nav.parse("1023.45678912").toString()).isEqualTo("1023.45678912");
    assertThat(Nav.parse("1023.456789125").toString()).isEqualTo("1023.45678913");
    assertThat(Nav.parse("100").value().scale()).isZero();
  }

  @Test
  void nav_nonPositiveOrNotANumber_rejected() {
    assertThatThrownBy(() -> Nav.parse("0")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("nav: must be greater than zero");
    assertThatThrownBy(() -> Nav.parse("0.000000004"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("greater than zero");
    assertThatThrownBy(() -> Nav.parse("N.A.")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("nav: is not a decimal number");
  }
}
