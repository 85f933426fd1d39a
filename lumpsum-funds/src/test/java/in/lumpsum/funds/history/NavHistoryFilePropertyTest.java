package in.lumpsum.funds.history;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.result.ParseResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NavHistoryFilePropertyTest {

  private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  @Provide
  Arbitrary<Map<LocalDate, BigDecimal>> histories() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 40_000)
        .map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    Arbitrary<BigDecimal> navs = Arbitraries.longs().between(1, 99_999_999L)
        .map(v -> BigDecimal.valueOf(v, 2));
    return Arbitraries.maps(dates, navs).ofMaxSize(300).map(TreeMap::new);
  }

  /** Writing a history in the archive format (newest first) and reading it gives it back. */
  @Property
  void read_formattedHistory_givesItBack(@ForAll("histories") Map<LocalDate, BigDecimal> history,
      @ForAll boolean crlf) {
    StringBuilder text = new StringBuilder();
    List<NavPoint> expected = new ArrayList<>();
    new TreeMap<>(history).descendingMap().forEach((date, nav) -> {
      text.append(date.format(DD_MM_YYYY)).append(',').append(nav.toPlainString())
          .append(crlf ? "\r\n" : "\n");
      expected.add(new NavPoint(date, nav));
    });
    ParseResult<NavPoint> r = NavHistoryFile.read(text.toString().getBytes(StandardCharsets.US_ASCII));
    assertThat(r.problems()).isEmpty();
    assertThat(r.values()).isEqualTo(expected);
  }

  /** Junk lines among good ones: each good row read, each junk line reported once, in line order. */
  @Property
  void read_junkAmongRows_everyLineAccountedFor(
      @ForAll("histories") Map<LocalDate, BigDecimal> history,
      @ForAll("junk") List<String> junk) {
    List<String> lines = new ArrayList<>();
    history.forEach((date, nav) -> lines.add(date.format(DD_MM_YYYY) + "," + nav.toPlainString()));
    for (int i = 0; i < junk.size(); i++) {
      lines.add(Math.min(i * 3, lines.size()), junk.get(i));
    }
    ParseResult<NavPoint> r = NavHistoryFile.read(
        String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    assertThat(r.values()).hasSize(history.size());
    assertThat(r.problems()).hasSize(junk.size());
    assertThat(r.problems()).isSortedAccordingTo(
        java.util.Comparator.comparingLong(in.lumpsum.core.result.Problem::line));
  }

  @Provide
  Arbitrary<List<String>> junk() {
    return Arbitraries.of("31/02/2015,10.00", "2015-02-01,1.0", "01/02/2015,-0.70", "I",
        "01/02/2015,abc", "01/02/2015,1,2", "99/99/9999,1.00", "01/02/2015,0.00", "\u0000Mac OS X")
        .list().ofMaxSize(20);
  }
}
