package in.lumpsum.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SchemeTest {

  @Test
  void builder_defaultsAndTwoIsins() {
    Scheme s = Scheme.builder()
        .code(SchemeCode.of(119551))
        .name("Sample Banking and PSU Debt Fund - Direct Plan - IDCW")
        .amc(Amc.of("  Sample   Mutual Fund "))
        .isinGrowthOrPayout(Isin.parse("INF209K01157"))
        .isinReinvestment(Isin.parse("INF179K01BE2"))
        .plan(Plan.DIRECT)
        .option(SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.UNSPECIFIED))
        .category(SebiCategory.BANKING_AND_PSU)
        .build();
    assertThat(s.amc().name()).isEqualTo("Sample Mutual Fund");
    assertThat(s.structure()).isEqualTo(SchemeStructure.OPEN_ENDED);
    assertThat(s.hasIsin(Isin.parse("INF179K01BE2"))).isTrue();
    assertThat(s.hasIsin(Isin.parse("US0378331005"))).isFalse();
    assertThat(SebiCategory.BANKING_AND_PSU.assetClass()).isEqualTo(AssetClass.DEBT);
  }

  @Test
  void builder_missingOrBadFields_named() {
    assertThatThrownBy(() -> Scheme.builder().code(SchemeCode.of(1)).amc(Amc.of("X")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> Scheme.builder().code(SchemeCode.of(1)).name(" ").amc(Amc.of("X")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("name:");
    assertThatThrownBy(() -> SchemeCode.parse("12a"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("schemeCode:");
    assertThatThrownBy(() -> SchemeCode.of(0)).isInstanceOf(InvalidValueException.class);
  }
}
