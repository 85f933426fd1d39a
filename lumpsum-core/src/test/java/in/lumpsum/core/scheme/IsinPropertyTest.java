package in.lumpsum.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IsinPropertyTest {

  @Property
  void computedCheckDigit_makesValidIsin_andEveryOtherDigitIsRejected(
      @ForAll("first11") String first11, @ForAll @IntRange(min = 0, max = 9) int other) {
    int digit = Isin.checkDigit(first11);
    assertThat(Isin.isValid(first11 + digit)).isTrue();
    if (other != digit) {
      assertThat(Isin.isValid(first11 + other)).isFalse();
    }
  }

  @Property
  void singleDigitTypo_isDetected(@ForAll("first11") String first11,
      @ForAll @IntRange(min = 2, max = 10) int position, @ForAll @IntRange(min = 0, max = 9) int d) {
    String valid = first11 + Isin.checkDigit(first11);
    char original = valid.charAt(position);
    char replacement = (char) ('0' + d);
    if (Character.isDigit(original) && original != replacement) {
      String typo = valid.substring(0, position) + replacement + valid.substring(position + 1);
      // Luhn catches every single-digit substitution.
      assertThat(Isin.isValid(typo)).isFalse();
    }
  }

  @Provide
  Arbitrary<String> first11() {
    Arbitrary<String> country = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
    Arbitrary<String> nsin = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
        .ofLength(9);
    return country.flatMap(c -> nsin.map(n -> c + n));
  }
}
