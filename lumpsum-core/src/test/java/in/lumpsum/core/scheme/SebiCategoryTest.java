package in.lumpsum.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.InvalidValueException;
import in.lumpsum.core.testkit.RealData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SebiCategoryTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Open Ended Schemes(Equity Scheme - Large Cap Fund)|LARGE_CAP|OPEN_ENDED",
      "Open Ended Schemes ( Liquid )|LIQUID|OPEN_ENDED",
      "Open Ended Schemes(Balanced)|LEGACY_BALANCED|OPEN_ENDED",
      "Close Ended Schemes(Income/Debt Oriented Schemes - Fixed Term Plan)|FIXED_TERM_PLAN|CLOSE_ENDED",
      "Interval Fund Schemes(Income)|LEGACY_INCOME|INTERVAL",
      "Open Ended Schemes(Other Scheme - Other  ETFs)|OTHER_ETF|OPEN_ENDED",
      "Open Ended Schemes(Exchange Traded Funds (ETFs) - Gold ETF)|GOLD_ETF|OPEN_ENDED",
      "Open Ended Schemes(Index Funds - Equity Funds)|INDEX_FUND|OPEN_ENDED",
      "Open Ended Schemes(Equity Schemes - ELSS- Tax Saver Fund)|ELSS|OPEN_ENDED",
      "Open Ended Schemes(Solution Oriented Scheme - Children’s Fund)|CHILDRENS|OPEN_ENDED",
      "Open Ended Schemes(Hybrid Schemes - Balanced Advantage Fund/ Dynamic Asset Allocation)"
          + "|DYNAMIC_ASSET_ALLOCATION|OPEN_ENDED",
  })
  void fromHeading_wordingsOfEveryEra(String heading, SebiCategory category, SchemeStructure structure) {
    assertThat(SebiCategory.fromHeading(heading)).contains(category);
    assertThat(SchemeStructure.fromHeading(heading)).contains(structure);
  }

  @Test
  void parse_unknown_namesTheField() {
    assertThat(SebiCategory.parse("LARGE_CAP")).isEqualTo(SebiCategory.LARGE_CAP);
    assertThatThrownBy(() -> SebiCategory.parse("Crypto Moonshot Fund"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("category:");
  }

  /** Every section heading in every real AMFI file maps to a category and a structure. */
  @Test
  void fromHeading_everyHeadingInRealAmfiFiles() throws IOException {
    Path dir = RealData.require("amfi-navall-2025-05-26.txt").getParent();
    List<Path> files = new ArrayList<>(List.of(
        dir.resolve("amfi-navall-2025-05-26.txt"),
        dir.resolve("amfi-navall-2017-04-13-legacy8col.txt")));
    try (Stream<Path> s = Files.list(dir.resolve("amfi-nav-history-report"))) {
      s.forEach(files::add);
    }
    try (Stream<Path> s = Files.list(dir.resolve("amfi-navall-daily-2026"))) {
      s.filter(p -> p.toString().endsWith(".gz")).sorted().forEach(files::add);
    }
    TreeSet<String> headings = new TreeSet<>();
    for (Path file : files) {
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String t = line.strip();
          if (t.startsWith("Open Ended") || t.startsWith("Close Ended") || t.startsWith("Interval")) {
            headings.add(t);
          }
        }
      }
    }
    assertThat(headings).hasSizeGreaterThan(100);
    List<String> unmapped = headings.stream()
        .filter(h -> SebiCategory.fromHeading(h).isEmpty() || SchemeStructure.fromHeading(h).isEmpty())
        .toList();
    assertThat(unmapped).as("headings lumpsum cannot classify").isEmpty();
  }
}
