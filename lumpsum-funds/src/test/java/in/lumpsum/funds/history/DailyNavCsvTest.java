package in.lumpsum.funds.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.testkit.RealData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DailyNavCsvTest {

  private static ParseResult<NavRecord> read(String text) {
    return DailyNavCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
  }

  @Test
  void read_plainAndGzipped_sameRecords() throws IOException {
    String text = "scheme_code,nav,nav_date\r\n100033,914.6000,2026-04-20\r\n100041,108.0230,2026-04-17\r\n";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    ParseResult<NavRecord> plain = read(text);
    assertThat(plain.values()).containsExactly(
        new NavRecord(SchemeCode.of(100033), LocalDate.of(2026, 4, 20), Nav.parse("914.6")),
        new NavRecord(SchemeCode.of(100041), LocalDate.of(2026, 4, 17), Nav.parse("108.023")));
    assertThat(DailyNavCsv.read(new ByteArrayInputStream(gz.toByteArray()), "t.csv.gz"))
        .isEqualTo(plain);
  }

  @Test
  void read_navOutOfRange_isAProblemRow_notAFailedRead() {
    // Regression: a NAV that rounds to zero at 8 decimals threw out of the whole read, and one of
    // 10^10 or more was accepted though no NAV series can hold it.
    ParseResult<NavRecord> r = read(String.join("\n",
        "scheme_code,nav,nav_date",
        "100033,0.000000001,2026-04-20",
        "100034,12345678901,2026-04-20",
        "100035,1.123456789,2026-04-20",
        "100041,108.0230,2026-04-20"));
    assertThat(r.values()).extracting(NavRecord::scheme).containsExactly(SchemeCode.of(100041));
    assertThat(r.problems()).extracting(Problem::line, Problem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2L, DailyNavCsv.REASON_RANGE),
        org.assertj.core.groups.Tuple.tuple(3L, DailyNavCsv.REASON_RANGE),
        org.assertj.core.groups.Tuple.tuple(4L, DailyNavCsv.REASON_RANGE));
  }

  @Test
  void read_columnsByName_andBadRowsReported() {
    ParseResult<NavRecord> r = read(String.join("\n",
        "NAV_DATE,Scheme_Code,NAV",
        "2026-02-31,100033,10.5",
        "2026-02-28,ABC,10.5",
        "2026-02-28,100033,N.A.",
        "2026-02-28,100033,0",
        "2026-02-28,100033",
        "2026-02-27,100033,10.25",
        "2026-02-27,100033,10.26",
        "2026-02-27,100033,10.250"));
    assertThat(r.values()).hasSize(2);
    assertThat(r.problems()).extracting(Problem::line, Problem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2L, DailyNavCsv.REASON_DATE),
        org.assertj.core.groups.Tuple.tuple(3L, DailyNavCsv.REASON_SCHEME),
        org.assertj.core.groups.Tuple.tuple(4L, DailyNavCsv.REASON_NAV),
        org.assertj.core.groups.Tuple.tuple(5L, DailyNavCsv.REASON_NON_POSITIVE),
        org.assertj.core.groups.Tuple.tuple(6L, DailyNavCsv.REASON_SHAPE),
        org.assertj.core.groups.Tuple.tuple(8L,
            DailyNavCsv.REASON_CONFLICT + " (line 7: 10.25)"));
  }

  @Test
  void read_unknownHeaderOrEmpty_isATypedError() {
    assertThatThrownBy(() -> read("code;nav;date\n1;2;3\n"))
        .isInstanceOf(HistoryFormatException.class)
        .hasMessageContaining("t.csv: line 1")
        .satisfies(e -> assertThat(((HistoryFormatException) e).header()).isEqualTo("code;nav;date"));
    assertThatThrownBy(() -> read("")).isInstanceOf(HistoryFormatException.class)
        .hasMessageContaining("no header");
  }

  /**
   * All 123 real daily files: every data row read or reported, counts checked independently. The only
   * bad rows are NAVs of {@code 0.0000} (13,264 in all; 108 on 20 April), reported as non-positive.
   */
  @Test
  void read_realDailyFiles_everyRowRead() throws IOException {
    Path dir = RealData.require("daily-nav-csv-2026-iambalaji");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("nav_")).sorted().toList();
    }
    assertThat(files).hasSize(123);
    long total = 0;
    long zeros = 0;
    for (Path f : files) {
      List<String> rows;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .filter(l -> !l.isBlank()).skip(1).toList();
      }
      long zero = rows.stream().filter(l -> new java.math.BigDecimal(l.split(",")[1]).signum() == 0)
          .count();
      ParseResult<NavRecord> r = DailyNavCsv.read(f);
      assertThat(r.problems()).as(f.toString()).hasSize((int) zero)
          .allMatch(p -> p.reason().equals(DailyNavCsv.REASON_NON_POSITIVE));
      assertThat(r.values()).as(f.toString()).hasSize(rows.size() - (int) zero);
      total += rows.size();
      zeros += zero;
    }
    assertThat(total).isEqualTo(1_077_513);
    assertThat(zeros).isEqualTo(13_264);
    ParseResult<NavRecord> first = DailyNavCsv.read(dir.resolve("nav_2026-04-20.csv.gz"));
    assertThat(first.values()).hasSize(8724 - 108);
    assertThat(first.values().get(0)).isEqualTo(
        new NavRecord(SchemeCode.of(100033), LocalDate.of(2026, 4, 20), Nav.parse("914.6")));
    assertThat(first.values().stream().filter(v -> v.date().equals(LocalDate.of(2026, 4, 20))))
        .hasSize(8031);
  }

  /** A stream that counts the times it is closed. */
  private static final class CloseCounting extends ByteArrayInputStream {
    int closes;

    CloseCounting(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closes++;
      super.close();
    }
  }

  @Test
  void read_stream_leavesTheCallersStreamOpen_gzippedOrNot() throws IOException {
    String text = "scheme_code,nav,nav_date\n100033,914.6000,2026-04-20\n";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    // The gzip decoder is closed inside read (freeing its inflater); that close must stop there.
    CloseCounting gzipped = new CloseCounting(gz.toByteArray());
    CloseCounting plain = new CloseCounting(text.getBytes(StandardCharsets.UTF_8));

    assertThat(DailyNavCsv.read(gzipped, "t.csv.gz").values()).hasSize(1);
    assertThat(DailyNavCsv.read(plain, "t.csv").values()).hasSize(1);

    assertThat(gzipped.closes).isZero();
    assertThat(plain.closes).isZero();
  }
}
