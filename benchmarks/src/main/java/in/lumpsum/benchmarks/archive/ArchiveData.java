package in.lumpsum.benchmarks.archive;

import in.lumpsum.benchmarks.DataDir;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.funds.history.NavArchive2016;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** The 2016 archive's location and the two baselines the archive benchmarks run beside the load. */
final class ArchiveData {

  static final String ARCHIVE = "nav-history-2016-utkarshohm/mf_nav-all-amcs-to-2016.tar.xz";

  private ArchiveData() {}

  /**
   * Returns the archive: under {@code LUMPSUM_DATA_DIR}, else {@code -Dlumpsum.data.dir}, else
   * {@code ../shared/data} from the working directory.
   */
  static Path archive() {
    Path archive = DataDir.path().resolve(ARCHIVE);
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("archive not found at " + archive.toAbsolutePath().normalize()
          + ": set LUMPSUM_DATA_DIR to the shared data directory");
    }
    return archive;
  }

  /** Baseline: decompresses the archive and reads every entry's bytes; returns the bytes read. */
  static long decompressOnly(Path archive) {
    long total = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        XZInputStream xz = new XZInputStream(raw);
        TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
      byte[] buffer = new byte[1 << 16];
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (entry.isFile()) {
          int n;
          while ((n = tar.read(buffer)) > 0) {
            total += n;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return total;
  }

  /**
   * Baseline: the same parsed points in a {@code TreeMap<LocalDate, BigDecimal>} per scheme, the
   * first row of a date winning as in the store.
   */
  static Map<SchemeCode, TreeMap<LocalDate, BigDecimal>> treeMaps(Path archive) {
    Map<SchemeCode, TreeMap<LocalDate, BigDecimal>> maps = new HashMap<>();
    NavArchive2016.forEach(archive, Integer.MAX_VALUE, scheme -> {
      if (!scheme.history().values().isEmpty()) {
        TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
        for (NavPoint p : scheme.history().values()) {
          map.putIfAbsent(p.date(), p.nav());
        }
        maps.put(scheme.code(), map);
      }
    });
    return maps;
  }
}
