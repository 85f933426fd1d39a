package in.lumpsum.calc.backtest;

import in.lumpsum.core.nav.NavSeries;
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
 * Test-only readers of the real NAV and index files in {@code ../shared/data} (see its SOURCES.md),
 * so that the calculators need not depend on lumpsum-funds. Public for the other calculators' tests.
 */
public final class NavCsv {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter NSE = DateTimeFormatter.ofPattern("dd-MMM-uuuu",
      Locale.ENGLISH);

  private NavCsv() {
  }

  /**
   * Reads utkarshohm/mf-nav-data's per-scheme file: {@code DD/MM/YYYY,nav}, no header, newest
   * first.
   */
  public static NavSeries schemeHistory(Path file) {
    NavSeries.Builder b = NavSeries.builder();
    int n = 0;
    for (String line : lines(file)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      int comma = line.indexOf(',');
      if (comma < 0) {
        throw new IllegalArgumentException(file + ":" + n + ": no comma in '" + line + "'");
      }
      b.add(LocalDate.parse(line.substring(0, comma).trim(), DMY),
          new BigDecimal(line.substring(comma + 1).trim()));
    }
    return b.build();
  }

  /**
   * Reads NSE's index CSV as in {@code index_values/NIFTY50.csv}: a header, then quoted,
   * space-padded {@code "dd-MMM-yyyy","open","high","low","close",...}; the close is the value.
   */
  public static NavSeries nseIndexCloses(Path file) {
    NavSeries.Builder b = NavSeries.builder();
    List<String> lines = lines(file);
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",");
      String date = f[0].replace("\"", "").trim();
      String close = f[4].replace("\"", "").trim();
      b.add(LocalDate.parse(date, NSE), new BigDecimal(close));
    }
    return b.build();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
