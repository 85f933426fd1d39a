package in.lumpsum.core.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PanTest {

  @Test
  public void parse_normalisesCaseAndSpaces() {
    Pan pan = Pan.parse(" abcpe1234f ");

    assertThat(pan.value()).isEqualTo("ABCPE1234F");
    assertThat(pan.holderStatus()).isEqualTo('P');
  }

  @Test
  public void toString_isMasked() {
    Pan pan = Pan.parse("ABCPE1234F");

    assertThat(pan.toString()).isEqualTo("******234F").isEqualTo(pan.masked());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ABCPE1234", "ABCPE12345", "1BCPE1234F", "ABCPE1234FF", "ABCP 1234F"})
  public void parse_wrongForm_throwsNamingPan(String text) {
    assertThatThrownBy(() -> Pan.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("pan"));
  }

  @Test
  public void parse_wrongForm_neverEchoesWholePan() {
    assertThatThrownBy(() -> Pan.parse("ABCPE12345"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ABCPE"));
    assertThatThrownBy(() -> new Pan(null)).isInstanceOf(InvalidValueException.class);
  }
}
