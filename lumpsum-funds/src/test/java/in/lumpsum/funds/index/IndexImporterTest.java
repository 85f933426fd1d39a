package in.lumpsum.funds.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import in.lumpsum.core.result.Problem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndexImporterTest {

  private static IndexImport read(String text) {
    return IndexImporter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "test.csv", "TEST");
  }

  @Test
  void read_nseCsv_quotedPaddedValues() {
    IndexImport r = read("\"Date\",\"Open\",\"High\",\"Low\",\"Close\",\"Shares Traded\",\"Turnover (Rs. Cr)\"\n"
        + "\"03-Jul-1990\",\"        0.00\",\"        0.00\",\"        0.00\",\"      279.02\",\"-\",\"-\"\n"
        + "\"05-JUL-1990\",\"-\",\"-\",\"-\",\"      284.04\",\"-\",\"-\"\n"
        + "\"31-Feb-1991\",\"-\",\"-\",\"-\",\"      1.00\",\"-\",\"-\"\n"
        + "\"06-Jul-1990\",\"-\",\"-\",\"-\",\"-\",\"-\",\"-\"");
    assertThat(r.format()).isEqualTo(IndexFormat.NSE_CSV);
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.series().closeOn(LocalDate.of(1990, 7, 3))).contains(new BigDecimal("279.02"));
    assertThat(r.series().closeOn(LocalDate.of(1990, 7, 5))).contains(new BigDecimal("284.04"));
    assertThat(r.problems()).extracting(Problem::line, Problem::reason).containsExactly(
        tuple(4L, IndexImporter.REASON_DATE), tuple(5L, IndexImporter.REASON_MISSING));
  }

  @Test
  void read_bseCsv_fullMonthNamesTrailingComma() {
    IndexImport r = read("Date,Open,High,Low,Close\r\n3-April-1979,,,,124.15,\r\n"
        + "4-April-1979,,,,122.85,\r\n5-April-1979,,,,0,\r\n4-April-1979,,,,122.86,\r\n5-Apr-1979,,,,1,\r\n");
    assertThat(r.format()).isEqualTo(IndexFormat.BSE_CSV);
    assertThat(r.series().size()).isEqualTo(2);
    assertThat(r.problems()).extracting(Problem::line, Problem::reason).containsExactly(
        tuple(4L, IndexImporter.REASON_RANGE),
        tuple(5L, IndexImporter.REASON_CONFLICT + " (line 3: 122.85)"),
        tuple(6L, IndexImporter.REASON_DATE));
    assertThat(r.series().returnBetween(LocalDate.of(1979, 4, 3), LocalDate.of(1979, 4, 4)))
        .hasValueCloseTo(122.85 / 124.15 - 1, org.assertj.core.data.Offset.offset(1e-12));
    // Regression: a date after the last close took that close as its own, a return over fewer
    // days than asked.
    assertThat(r.series().returnBetween(LocalDate.of(1979, 4, 3), LocalDate.of(1979, 4, 10)))
        .isEmpty();
  }

  @Test
  void read_triJson_newestFirstAndCasingChanges() {
    IndexImport r = read("[{\"Index Name\":\"Nifty 50\",\"Date\":\"02 Jul 1999\",\"TotalReturnsIndex\":\"1267.12\"},"
        + "{\"Index Name\":\"NIFTY 50\",\"Date\":\"01 Jul 1999\",\"TotalReturnsIndex\":\"1251.62\"},"
        + "{\"Index Name\":\"NIFTY 50\",\"Date\":\"01 Jul 1999\",\"TotalReturnsIndex\":\"1251.62\"},"
        + "{\"Index Name\":\"NIFTY 50\",\"TotalReturnsIndex\":\"1.00\"}]");
    assertThat(r.format()).isEqualTo(IndexFormat.NIFTY_TRI_JSON);
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.series().size()).isEqualTo(2);
    assertThat(r.series().values().firstDate()).contains(LocalDate.of(1999, 7, 1));
    assertThat(r.problems()).extracting(Problem::line, Problem::reason)
        .containsExactly(tuple(4L, IndexImporter.REASON_SHAPE));
  }

  @Test
  void read_unknownHeaders_areTypedErrorsNamingFileAndLine() {
    assertThatThrownBy(() -> read("\n\nDate,Price\n1-April-2000,10\n"))
        .isInstanceOf(IndexFormatException.class)
        .hasMessageStartingWith("test.csv: line 3: header matches no known index format")
        .satisfies(e -> assertThat(((IndexFormatException) e).line()).isEqualTo(3));
    assertThatThrownBy(() -> read("Date,1 year,3 year\n05.03.1999,9,10.5\n"))
        .isInstanceOf(IndexFormatException.class).hasMessageContaining("readRates");
    assertThatThrownBy(() -> read("[{\"date\":\"x\"}]"))
        .isInstanceOf(IndexFormatException.class).hasMessageContaining("not a Nifty TRI file");
    assertThatThrownBy(() -> read("[{\"Date\":\"01 Jul 1999\",\"TotalReturnsIndex\":\"1\"}"))
        .isInstanceOf(IndexFormatException.class).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> read("  \n")).isInstanceOf(IndexFormatException.class)
        .hasMessageContaining("no header");
  }
}
