package in.lumpsum.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.scheme.Amc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FolioNumberTest {

  @Test
  public void new_normalisesSpacesAndCase() {
    FolioNumber f = FolioNumber.of(" 1234567 / 89 ");

    assertThat(f.value()).isEqualTo("1234567/89");
    assertThat(f).isEqualTo(FolioNumber.of("1234567/89"));
    assertThat(FolioNumber.of("ab-12").value()).isEqualTo("AB-12");
  }

  @ParameterizedTest
  @CsvSource({
      "1234567/89, ******7/89",
      "91012345678, *******5678",
      "12345, ***45",
      "1, *"
  })
  public void masked_showsAtMostFourAndAtMostHalf(String folio, String masked) {
    assertThat(FolioNumber.of(folio).masked()).isEqualTo(masked);
  }

  @Test
  public void toString_isMasked() {
    FolioNumber f = FolioNumber.of("1234567/89");

    assertThat(f.toString()).isEqualTo("******7/89");
    assertThat(FolioKey.of(Amc.of("HDFC Mutual Fund"), "1234567/89").toString())
        .isEqualTo("HDFC Mutual Fund/******7/89");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "ABC/DEF", "1234#567", "1234567890123456789012345678901"})
  public void new_invalid_throwsNamingFolioNumber(String text) {
    assertThatThrownBy(() -> FolioNumber.of(text))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("folioNumber"));
  }

  @Test
  public void new_invalid_neverEchoesTheWholeNumber() {
    assertThatThrownBy(() -> FolioNumber.of("98765432#1"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("98765432"));
  }

  @Test
  public void new_null_throwsNamingFolioNumber() {
    assertThatThrownBy(() -> new FolioNumber(null)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("folioNumber:");
  }
}
