package in.lumpsum.funds.history;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.testkit.RealData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NavHistoryFileTest {

  private static ParseResult<NavPoint> read(String text) {
    return NavHistoryFile.read(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void read_newestFirstRows_keepsFileOrderAndScale() {
    ParseResult<NavPoint> r = read("03/06/2016,448.53\r\n02/06/2016,448.5\r\n01/06/2016,10.\r\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.values()).containsExactly(
        new NavPoint(LocalDate.of(2016, 6, 3), new BigDecimal("448.53")),
        new NavPoint(LocalDate.of(2016, 6, 2), new BigDecimal("448.5")),
        new NavPoint(LocalDate.of(2016, 6, 1), new BigDecimal("10")));
  }

  @Test
  void read_badRows_oneProblemEachWithLineAndReason() {
    String text = String.join("\n",
        "31/02/2015,10.00",       // 1: no such date
        "2015-02-01,10.00",       // 2: wrong date style
        "01/02/2015,-0.70",       // 3: negative
        "01/02/2015,0.00",        // 4: zero
        "21/02/",                 // 5: truncated
        "I",                      // 6: junk
        "",                       // 7: blank, skipped
        "02/02/2015,1O.5",        // 8: letter O
        "03/02/2015,1.123456789", // 9: nine decimals
        "04/02/2015,12.5,extra",  // 10: extra field
        "\u0000\u0005Mac OS X\u0000", // 11: binary
        "05/02/2015, 12.25 ");    // 12: padded, fine
    ParseResult<NavPoint> r = read(text);
    assertThat(r.values()).containsExactly(
        new NavPoint(LocalDate.of(2015, 2, 5), new BigDecimal("12.25")));
    assertThat(r.problems()).extracting(Problem::line, Problem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1L, NavHistoryFile.REASON_DATE),
        org.assertj.core.groups.Tuple.tuple(2L, NavHistoryFile.REASON_DATE),
        org.assertj.core.groups.Tuple.tuple(3L, NavHistoryFile.REASON_NON_POSITIVE),
        org.assertj.core.groups.Tuple.tuple(4L, NavHistoryFile.REASON_NON_POSITIVE),
        org.assertj.core.groups.Tuple.tuple(5L, NavHistoryFile.REASON_SHAPE),
        org.assertj.core.groups.Tuple.tuple(6L, NavHistoryFile.REASON_SHAPE),
        org.assertj.core.groups.Tuple.tuple(8L, NavHistoryFile.REASON_NAV),
        org.assertj.core.groups.Tuple.tuple(9L, NavHistoryFile.REASON_RANGE),
        org.assertj.core.groups.Tuple.tuple(10L, NavHistoryFile.REASON_SHAPE),
        org.assertj.core.groups.Tuple.tuple(11L, NavHistoryFile.REASON_SHAPE));
    assertThat(r.problems().get(0).raw()).isEqualTo("31/02/2015,10.00");
    assertThat(r.problems().get(9).raw()).isEqualTo("??Mac OS X?");
  }

  @Test
  void read_duplicateDates_equalKeptConflictingReportedFirstWins() {
    ParseResult<NavPoint> r = read(
        "20/07/2006,25.59\n20/07/2006,26.06\n19/07/2006,25.00\n19/07/2006,25.0\n");
    assertThat(r.values()).extracting(NavPoint::nav).extracting(BigDecimal::toPlainString)
        .containsExactly("25.59", "25.00", "25.0");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.raw()).isEqualTo("20/07/2006,26.06");
      assertThat(p.reason()).isEqualTo(NavHistoryFile.REASON_CONFLICT + " (line 1: 25.59)");
    });
    assertThat(NavSeries.of(r.values()).size()).isEqualTo(2);
  }

  @Test
  void read_longBinaryLine_rawIsCut() {
    byte[] junk = new byte[4000];
    junk[0] = 'x';
    ParseResult<NavPoint> r = NavHistoryFile.read(junk);
    assertThat(r.problems()).singleElement()
        .satisfies(p -> assertThat(p.raw()).endsWith("... (4000 bytes)").hasSize(160 + 16));
  }

  /** Every real selected-scheme file: each non-blank line read or reported; first and last rows. */
  @Test
  void read_realSelectedSchemes_everyRowAccountedFor() throws IOException {
    Path dir = RealData.require("nav-history-2016-utkarshohm/selected-schemes");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSize(21);
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1).stream()
          .filter(l -> !l.isBlank()).toList();
      ParseResult<NavPoint> r = NavHistoryFile.read(f);
      assertThat(r.values().size() + r.rejectedCount()).as(f.toString()).isEqualTo(lines.size());
      NavPoint first = r.values().get(0);
      String[] top = lines.get(0).split(",");
      assertThat(first.nav().toPlainString()).as(f.toString()).isEqualTo(top[1].strip());
    }
    ParseResult<NavPoint> hdfc = NavHistoryFile.read(dir.resolve("HDFCEquityFundGrowth.csv"));
    assertThat(hdfc.values()).hasSize(5252);
    assertThat(hdfc.problems()).isEmpty();
    assertThat(hdfc.values().get(0))
        .isEqualTo(new NavPoint(LocalDate.of(2016, 6, 3), new BigDecimal("448.53")));
    ParseResult<NavPoint> uti = NavHistoryFile.read(dir.resolve("UTIMoneyMarketRetailGrowth.csv"));
    assertThat(uti.values().size() + uti.problems().size()).isEqualTo(11284);
    assertThat(uti.problems()).allMatch(p -> p.reason().startsWith(NavHistoryFile.REASON_CONFLICT));
    assertThat(uti.problems()).isNotEmpty();
  }
}
