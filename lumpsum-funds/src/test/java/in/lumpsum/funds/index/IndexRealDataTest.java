package in.lumpsum.funds.index;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.testkit.RealData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every real benchmark file in {@code ../shared/data} (SOURCES.md, sections 5 and 7): the format, the
 * rows, and the first and last closes. The expected figures were counted from the files with Python's
 * csv and json modules, independently of the importer.
 */
class IndexRealDataTest {

  private static final String INDEX = "nav-history-2016-utkarshohm/index_values/";
  private static final String TRI = "index-tri-nifty-2024-asrajavel/";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "BSE100.csv,       BSE_CSV, 7499, 7499, 1984-04-03, 61.33,   2016-04-27, 8100.20",
      "BSE200.csv,       BSE_CSV, 6111, 6111, 1991-01-02, 131.09,  2016-04-27, 3371.29",
      "BSE500.csv,       BSE_CSV, 4294, 4294, 1999-02-01, 1000.00, 2016-04-27, 10557.75",
      "BSEMID.csv,       BSE_CSV, 3250, 3250, 2003-04-01, 899.23,  2016-04-27, 11104.84",
      "BSESML.csv,       BSE_CSV, 3250, 3250, 2003-04-01, 834.59,  2016-04-27, 11142.41",
      "SENSEX.csv,       BSE_CSV, 8475, 8475, 1979-04-03, 124.15,  2016-04-27, 26064.12",
      "SPBSE5S.csv,      BSE_CSV, 553,  553,  2013-04-30, 1825.25, 2016-04-27, 3097.01",
      "SPBSMSIP.csv,     BSE_CSV, 2628, 2628, 2005-09-16, 1000.00, 2016-04-27, 2965.20",
      "NIFTY50.csv,      NSE_CSV, 6226, 6226, 1990-07-03, 279.02,  2016-04-27, 7979.90",
      "NIFTY200.csv,     NSE_CSV, 3062, 3062, 2004-01-01, 1000.00, 2016-04-27, 4189.00",
      "NIFTY500.csv,     NSE_CSV, 776,  776,  2013-03-01, 4499.75, 2016-04-27, 6684.30",
      "NIFTYFFMC100.csv, NSE_CSV, 3815, 3815, 2001-01-01, 1147.76, 2016-04-27, 13305.55",
  })
  void read_indexCsv(String file, IndexFormat format, int rows, int closes, LocalDate first,
      BigDecimal firstClose, LocalDate last, BigDecimal lastClose) {
    check(IndexImporter.read(RealData.require(INDEX + file)), file, format, rows, closes, first,
        firstClose, last, lastClose);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "Nifty_50_TRI.json,              6144, 6144, 1999-06-30, 1256.38, 2024-03-05, 32910.07",
      "Nifty_500_TRI.json,             7145, 7145, 1995-01-01, 1000.00, 2023-11-01, 26176.34",
      "Nifty_Next_50_TRI.json,         5215, 5215, 2002-11-08, 1360.04, 2023-11-01, 61858.84",
      "Nifty_Midcap_150_TRI.json,      4610, 4610, 2005-04-01, 1000.00, 2023-11-01, 18274.75",
      "Nifty_SmallCap_250_TRI.json,    4610, 4610, 2005-04-01, 1000.00, 2023-11-01, 15065.50",
      // Two dates (12 and 13 Oct 2023) appear twice, under two spellings of the name, same value.
      "Nifty_LargeMidCap_250_TRI.json, 4613, 4611, 2005-04-01, 1000.00, 2023-11-02, 14752.06",
  })
  void read_triJson(String file, int rows, int closes, LocalDate first, BigDecimal firstClose,
      LocalDate last, BigDecimal lastClose) {
    check(IndexImporter.read(RealData.require(TRI + file)), file, IndexFormat.NIFTY_TRI_JSON, rows,
        closes, first, firstClose, last, lastClose);
  }

  private static void check(IndexImport r, String file, IndexFormat format, int rows, int closes,
      LocalDate first, BigDecimal firstClose, LocalDate last, BigDecimal lastClose) {
    assertThat(r.format()).isEqualTo(format);
    assertThat(r.problems()).as(file).isEmpty();
    assertThat(r.rows()).isEqualTo(rows);
    NavSeries s = r.series().values();
    assertThat(s.size()).isEqualTo(closes);
    assertThat(r.series().name()).isEqualTo(file.substring(0, file.lastIndexOf('.')));
    assertThat(s.get(0).date()).isEqualTo(first);
    assertThat(s.get(0).nav()).isEqualTo(firstClose);
    assertThat(s.get(s.size() - 1).date()).isEqualTo(last);
    assertThat(s.get(s.size() - 1).nav()).isEqualTo(lastClose);
  }

  @Test
  void readRates_fdTable_twoTenorsAsFractions() {
    Path fd = RealData.require(INDEX + "FD.csv");
    RateImport r = IndexImporter.readRates(fd);
    assertThat(r.rows()).isEqualTo(77);
    assertThat(r.problems()).isEmpty();
    assertThat(r.series()).extracting(RateSeries::name).containsExactly("FD 1 year", "FD 3 year");
    RateSeries oneYear = r.series().get(0);
    assertThat(oneYear.rates()).hasSize(77);
    assertThat(oneYear.rates().firstEntry().getKey()).isEqualTo(LocalDate.of(1999, 3, 5));
    assertThat(oneYear.rates().firstEntry().getValue()).isEqualByComparingTo("0.09");
    assertThat(r.series().get(1).rateOn(LocalDate.of(1999, 3, 6))).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("0.105"));
    assertThat(oneYear.rateOn(LocalDate.of(2016, 5, 1))).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("0.0725"));
    assertThat(oneYear.rateOn(LocalDate.of(1999, 3, 4))).isEmpty();
  }

  @Test
  void returnBetween_niftyTriAgainstPriceIndex_triGrowsFaster() {
    IndexSeries price = IndexImporter.read(RealData.require(INDEX + "NIFTY50.csv")).series();
    IndexSeries tri = IndexImporter.read(RealData.require(TRI + "Nifty_50_TRI.json")).series();
    LocalDate from = LocalDate.of(2005, 1, 3);
    LocalDate to = LocalDate.of(2016, 4, 27);
    // Dividends reinvested: the total return index must beat the price index over eleven years.
    assertThat(tri.returnBetween(from, to).orElseThrow())
        .isGreaterThan(price.returnBetween(from, to).orElseThrow());
  }
}
