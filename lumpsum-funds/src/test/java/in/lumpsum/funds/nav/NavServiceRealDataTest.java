package in.lumpsum.funds.nav;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import in.lumpsum.funds.history.DailyNavCsv;
import in.lumpsum.funds.nav.spi.NavSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service on two real, independent copies of AMFI's NAVs for the same months of 2026: the daily
 * CSVs of iambalaji-k/Indian-MF-NAV-history (April to August) in the store, and the 53 daily
 * {@code NAVAll.txt} snapshots of gupta-saransh/MarketDataAPI (21 June to 20 August) as a source.
 */
class NavServiceRealDataTest {

  private static final Set<SchemeCode> SCHEMES =
      Set.of(SchemeCode.of(100033), SchemeCode.of(119551), SchemeCode.of(120503));
  private static final Clock CLOCK = Clock.fixed(
      LocalDate.of(2026, 8, 31).atStartOfDay(IndianTime.ZONE).toInstant(), IndianTime.ZONE);

  private static List<NavRecord> csv;
  private static List<NavRecord> snapshots;

  @BeforeAll
  static void read() throws IOException {
    csv = new ArrayList<>();
    try (Stream<Path> files = Files.list(RealData.require("daily-nav-csv-2026-iambalaji"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("nav_")).toList()) {
        DailyNavCsv.read(f).values().stream().filter(r -> SCHEMES.contains(r.scheme()))
            .forEach(csv::add);
      }
    }
    snapshots = new ArrayList<>();
    try (Stream<Path> files = Files.list(RealData.require("amfi-navall-daily-2026"))) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          for (AmfiRow row : AmfiReader.read(in).rows()) {
            if (SCHEMES.contains(row.scheme().code()) && row.nav().isPresent()) {
              snapshots.add(new NavRecord(row.scheme().code(), row.date(), row.nav().get()));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * A source answering from the AMFI snapshots. Weekend files repeat Friday's row (same date and NAV);
   * a later snapshot may correct a NAV already published, so the later file wins.
   */
  private static NavSource amfiSnapshots(List<LocalDate[]> calls) {
    return (scheme, from, to) -> {
      calls.add(new LocalDate[] {from, to});
      NavSeries.Builder b = NavSeries.builder().replaceDuplicates(true);
      snapshots.stream().filter(r -> r.scheme().equals(scheme) && !r.date().isBefore(from)
          && !r.date().isAfter(to)).forEach(r -> b.add(r.date(), r.nav().value()));
      return b.build();
    };
  }

  private static InMemoryNavStore store() {
    InMemoryNavStore store = new InMemoryNavStore();
    store.upsert(csv);
    return store;
  }

  @Test
  void crossCheck_twoCopiesOfAmfi_agreeOnEveryOverlappingDate() {
    NavService service = NavService.builder().store(store())
        .source("amfi-snapshots", amfiSnapshots(new ArrayList<>())).clock(CLOCK).build();
    for (SchemeCode code : SCHEMES) {
      CrossCheckReport r = service.crossCheck(code, LocalDate.of(2026, 6, 21),
          LocalDate.of(2026, 8, 20));
      assertThat(r.failures()).isEmpty();
      SourceComparison c = r.comparisons().get(0);
      // About 42 business days in the overlap, minus holidays; each copy has every one of them.
      assertThat(c.overlap()).as("%s", code).isBetween(38, 45);
      assertThat(c.disagreements()).as("%s", code).isEmpty();
    }
  }

  /**
   * AMFI published 946.82 for scheme 100033 on 31 Jul 2026 and corrected it to 946.61 in the next
   * day's file; the CSV copy holds the corrected NAV. A source that kept the first-published NAVs
   * disagrees with the store on exactly that date.
   */
  @Test
  void crossCheck_firstPublishedNavs_disagreeWhereAmfiCorrected() {
    NavSource firstPublished = (scheme, from, to) -> {
      java.util.Map<LocalDate, java.math.BigDecimal> first = new java.util.TreeMap<>();
      snapshots.stream().filter(r -> r.scheme().equals(scheme) && !r.date().isBefore(from)
          && !r.date().isAfter(to)).forEach(r -> first.putIfAbsent(r.date(), r.nav().value()));
      NavSeries.Builder b = NavSeries.builder();
      first.forEach(b::add);
      return b.build();
    };
    NavService service = NavService.builder().store(store()).source("first-published",
        firstPublished).clock(CLOCK).build();
    CrossCheckReport r = service.crossCheck(SchemeCode.of(100033), LocalDate.of(2026, 6, 21),
        LocalDate.of(2026, 8, 20));
    assertThat(r.consistent()).isFalse();
    assertThat(r.comparisons().get(0).disagreements()).containsExactly(new Disagreement(
        LocalDate.of(2026, 7, 31), in.lumpsum.core.money.Nav.parse("946.61"),
        in.lumpsum.core.money.Nav.parse("946.82")));
    for (SchemeCode other : List.of(SchemeCode.of(119551), SchemeCode.of(120503))) {
      assertThat(service.crossCheck(other, LocalDate.of(2026, 6, 21), LocalDate.of(2026, 8, 20))
          .consistent()).isTrue();
    }
  }

  @Test
  void crossCheck_aCorruptedSource_isCaught() {
    NavSource skewed = (scheme, from, to) -> {
      NavSeries good = amfiSnapshots(new ArrayList<>()).history(scheme, from, to);
      NavSeries.Builder b = NavSeries.builder();
      // Every NAV on a Monday off by one paisa: more than the 0.005 tolerance.
      good.stream().forEach(p -> b.add(p.date(), p.date().getDayOfWeek() == DayOfWeek.MONDAY
          ? p.nav().add(new java.math.BigDecimal("0.01")) : p.nav()));
      return b.build();
    };
    NavService service = NavService.builder().store(store()).source("skewed", skewed)
        .clock(CLOCK).build();
    CrossCheckReport r = service.crossCheck(SchemeCode.of(119551), LocalDate.of(2026, 6, 21),
        LocalDate.of(2026, 8, 20));
    assertThat(r.disagreementCount()).isBetween(7, 9);
    assertThat(r.comparisons().get(0).disagreements())
        .allMatch(d -> d.date().getDayOfWeek() == DayOfWeek.MONDAY)
        .allMatch(d -> d.difference().compareTo(new java.math.BigDecimal("0.01")) == 0);
  }

  @Test
  void lookup_realSeries_weekendPolicies() {
    List<LocalDate[]> calls = new ArrayList<>();
    NavService service = NavService.builder().store(store())
        .source("amfi-snapshots", amfiSnapshots(calls)).clock(CLOCK).build();
    SchemeCode code = SchemeCode.of(119551);
    LocalDate sunday = LocalDate.of(2026, 7, 12);
    NavQuote valuation = service.require(code, sunday, NavPolicy.VALUATION);
    NavQuote allotment = service.require(code, sunday, NavPolicy.ALLOTMENT);
    assertThat(valuation.date()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(allotment.date()).isEqualTo(LocalDate.of(2026, 7, 13));
    assertThat(service.lookup(code, sunday, NavPolicy.EXACT)).isEmpty();
    assertThat(calls).as("inside the stored span: the store alone answers").isEmpty();
    assertThat(List.of(valuation.source(), allotment.source())).containsOnly(NavService.STORE);
  }

  @Test
  void lookup_storeMissingTheRecentPast_isFilledFromTheSource() {
    InMemoryNavStore store = new InMemoryNavStore();
    store.upsert(csv.stream().filter(r -> r.date().isBefore(LocalDate.of(2026, 7, 1))).toList());
    List<LocalDate[]> calls = new ArrayList<>();
    NavService service = NavService.builder().store(store)
        .source("amfi-snapshots", amfiSnapshots(calls)).clock(CLOCK).build();
    SchemeCode code = SchemeCode.of(120503);
    LocalDate last = store.latest(code).orElseThrow().date();

    NavQuote q = service.require(code, LocalDate.of(2026, 7, 15), NavPolicy.EXACT);

    assertThat(q.source()).isEqualTo("amfi-snapshots");
    assertThat(calls).singleElement().satisfies(w ->
        assertThat(w).containsExactly(last.plusDays(1), LocalDate.of(2026, 7, 15)));
    // Written through and equal to the other copy's NAV for that date.
    NavRecord other = csv.stream().filter(r -> r.scheme().equals(code)
        && r.date().equals(LocalDate.of(2026, 7, 15))).findFirst().orElseThrow();
    assertThat(store.exact(code, LocalDate.of(2026, 7, 15)).orElseThrow().nav())
        .isEqualTo(other.nav()).isEqualTo(q.nav());
  }
}
