package in.lumpsum.calc.risk;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.testkit.RealData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A tiny test-scope reader of the two real formats these tests use, read in place from the shared
 * data ({@code ../shared/data/SOURCES.md}, section 5).
 *
 * <p>TODO(replace): use the production readers of {@code lumpsum-funds} ({@code funds.history},
 * {@code funds.index}) once calculators' tests may depend on them; calculators must not depend on
 * funds at main scope.
 */
public final class RealSeries {

  /** UTI Nifty Fund, growth option: {@code DD/MM/YYYY,nav}, newest first, NAVs to 2 decimals. */
  public static final String UTI_NIFTY =
      "nav-history-2016-utkarshohm/selected-schemes/UTINiftyFundGrowth.csv";
  /** The NIFTY 50 price index: NSE OHLC CSV with quoted, space-padded values. */
  public static final String NIFTY_50 = "nav-history-2016-utkarshohm/index_values/NIFTY50.csv";

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter NSE =
      DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH);

  private RealSeries() {
  }

  /**
   * Reads a scheme file of the 2016 history: {@code DD/MM/YYYY,nav} lines, newest first. Some files
   * repeat a date (UTI Money Market has most dates twice, and 23/04/1997 as 10.00 and 1000.00, a
   * change of face value); the line read last, the oldest in file order, is kept.
   */
  public static NavSeries scheme(String relative) {
    NavSeries.Builder b = NavSeries.builder().replaceDuplicates(true);
    for (String line : lines(RealData.require(relative))) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",");
      b.add(NavPoint.of(LocalDate.parse(f[0].strip(), DMY), f[1]));
    }
    return b.build();
  }

  /**
   * Reads an NSE index file: header {@code "Date","Open","High","Low","Close",...}, values quoted
   * and space-padded; the close is taken.
   */
  public static NavSeries nseIndex(String relative) {
    NavSeries.Builder b = NavSeries.builder();
    List<String> lines = lines(RealData.require(relative));
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.replace("\"", "").split(",");
      BigDecimal close = new BigDecimal(f[4].strip());
      b.add(new NavPoint(LocalDate.parse(f[0].strip(), NSE), close));
    }
    return b.build();
  }

  private static List<String> lines(Path path) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
