package in.lumpsum.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemeOptionTest {

  // Wordings seen in AMFI's Option column (August 2026) and in scheme names.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Growth|GROWTH|NONE",
      "Growth Option|GROWTH|NONE",
      "GROWTH|GROWTH|NONE",
      "IDCW (Income Distribution CUM Capital Withdrawal)|IDCW_PAYOUT|UNSPECIFIED",
      "MONTHLY DCW Payout|IDCW_PAYOUT|MONTHLY",
      "Daily IDCW Reinvestment|IDCW_REINVESTMENT|DAILY",
      "Dividend Reinvest|IDCW_REINVESTMENT|UNSPECIFIED",
      "Quarterly Dividend Payout|IDCW_PAYOUT|QUARTERLY",
      "IDCW - Half Yearly|IDCW_PAYOUT|HALF_YEARLY",
      "Bonus|BONUS|NONE",
      "Axis Liquid Fund - Direct Plan - Weekly IDCW|IDCW_PAYOUT|WEEKLY",
  })
  void parse_freeText(String text, OptionType type, IdcwFrequency frequency) {
    assertThat(SchemeOption.parse(text)).isEqualTo(new SchemeOption(type, frequency));
  }

  @Test
  void parse_unknownOptionText_namesTheField() {
    assertThatThrownBy(() -> SchemeOption.parse("Premium Lounge"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("option: is not a known option")
        .hasMessageContaining("'Premium Lounge'");
    assertThatThrownBy(() -> SchemeOption.parse(""))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void constructor_frequencyMustMatchType() {
    assertThatThrownBy(() -> new SchemeOption(OptionType.GROWTH, IdcwFrequency.MONTHLY))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("frequency");
    assertThatThrownBy(() -> new SchemeOption(OptionType.IDCW_PAYOUT, IdcwFrequency.NONE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a frequency");
  }

  @Test
  void plan_parse() {
    assertThat(Plan.parse("Direct Plan")).isEqualTo(Plan.DIRECT);
    assertThat(Plan.parse("REGULAR")).isEqualTo(Plan.REGULAR);
    assertThat(Plan.find("HDFC Top 100 Fund - Growth Option")).isEmpty();
    assertThatThrownBy(() -> Plan.parse("Platinum"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("plan:");
  }
}
