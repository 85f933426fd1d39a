package in.lumpsum.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.scheme.IsinField.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsinFieldTest {

  // The junk below is the junk AMFI's real files carry (see shared/data/SOURCES.md).
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "INF209K01157|VALID|INF209K01157",
      "'INF209K01157 '|VALID|INF209K01157",
      "NF209K01157|REPAIRED|INF209K01157",
      "-|NOT_APPLICABLE|",
      "''|NOT_APPLICABLE|",
      "NOTAPP|NOT_APPLICABLE|",
      "#N/A|NOT_APPLICABLE|",
      "Redeemed|NOT_APPLICABLE|",
      "HDFCNIVODG|INVALID|",
      "INF209K01158|INVALID|",
  })
  void read_amfiQuirks(String raw, Status status, String isin) {
    IsinField field = IsinField.read(raw);
    assertThat(field.status()).isEqualTo(status);
    assertThat(field.raw()).isEqualTo(raw);
    assertThat(field.isin().map(Isin::value).orElse(null)).isEqualTo(isin);
  }
}
