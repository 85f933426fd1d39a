package in.lumpsum.funds.history;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.core.testkit.RealData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2016 archive, read in place without unpacking. Only the first {@value #PREFIX} per-scheme files
 * are read to keep the suite fast; the whole archive is loaded by the benchmark
 * {@code in.lumpsum.benchmarks.archive.ArchiveLoad}.
 */
class NavArchive2016Test {

  private static final String ARCHIVE = "nav-history-2016-utkarshohm/mf_nav-all-amcs-to-2016.tar.xz";
  private static final int PREFIX = 500;

  @Test
  void forEach_prefix_givesSyntheticCodesInArchiveOrder() {
    Path archive = RealData.require(ARCHIVE);
    List<ArchiveScheme> seen = new ArrayList<>();
    int n = NavArchive2016.forEach(archive, PREFIX, seen::add);

    assertThat(n).isEqualTo(PREFIX);
    assertThat(seen).hasSize(PREFIX);
    ArchiveScheme first = seen.get(0);
    assertThat(first.code()).isEqualTo(SchemeCode.of(80_000_001));
    assertThat(first.amc()).isEqualTo("QuantumAssetManagementCompanyPvtLtd");
    assertThat(first.name()).isEqualTo("QuantumLiquidFundGrowth");
    assertThat(first.path()).isEqualTo("mf_nav/QuantumAssetManagementCompanyPvtLtd/QuantumLiquidFundGrowth");
    assertThat(first.history().values()).hasSize(2038);
    assertThat(first.history().values().get(0))
        .isEqualTo(new NavPoint(LocalDate.of(2016, 2, 22), new BigDecimal("20.97")));
    assertThat(first.history().values().get(2037))
        .isEqualTo(new NavPoint(LocalDate.of(2009, 6, 7), new BigDecimal("12.69")));
    assertThat(seen.get(PREFIX - 1).code()).isEqualTo(SchemeCode.of(80_000_000 + PREFIX));
    // Counted independently (Python's tarfile over the same prefix): 448 non-empty files and
    // 437,928 non-blank lines, every one read or reported.
    assertThat(seen.stream().filter(s -> !s.history().values().isEmpty()
        || !s.history().problems().isEmpty())).hasSize(448);
    assertThat(seen.stream().mapToLong(s -> s.history().values().size()
        + s.history().rejectedCount()).sum()).isEqualTo(437_928);
  }

  @Test
  void load_prefix_oneSeriesPerNonEmptyFile() {
    Path archive = RealData.require(ARCHIVE);
    InMemoryNavStore store = new InMemoryNavStore();
    ArchiveLoadReport report = NavArchive2016.load(archive, store, PREFIX);

    assertThat(report.files()).isEqualTo(PREFIX);
    assertThat(report.schemesLoaded()).isEqualTo(store.schemes().size());
    assertThat(report.schemesLoaded() + report.emptyFiles()).isEqualTo(PREFIX);
    assertThat(report.paths()).hasSize(PREFIX);
    assertThat(report.rowsRead() + report.rowsRejected()).isEqualTo(437_928);
    assertThat(report.navsCorrected()).isZero();
    long stored = store.schemes().stream().mapToLong(store::count).sum();
    assertThat(report.navsInserted()).isEqualTo(stored);
    NavSeries quantum = store.series(SchemeCode.of(80_000_001));
    // 2,038 rows, one of them repeating a date with the same NAV.
    assertThat(quantum.size()).isEqualTo(2037);
    assertThat(quantum.lastDate()).contains(LocalDate.of(2016, 2, 22));
    assertThat(report.paths().get(SchemeCode.of(80_000_001)))
        .isEqualTo("mf_nav/QuantumAssetManagementCompanyPvtLtd/QuantumLiquidFundGrowth");
  }
}
