package in.lumpsum.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupeesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|0.00", "999.5|999.50", "1000|1,000.00", "100000|1,00,000.00", "1234567.891|12,34,567.89",
      "-12345678|-1,23,45,678.00"})
  void format_indianGrouping(String amount, String text) {
    assertThat(Rupees.format(Money.parse(amount))).isEqualTo(text);
  }
}
