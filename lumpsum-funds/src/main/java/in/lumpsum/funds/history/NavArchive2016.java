package in.lumpsum.funds.history;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.core.store.spi.NavStore;
import in.lumpsum.core.store.spi.NavUpsertResult;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Streams the 2016 NAV history archive ({@code mf_nav-all-amcs-to-2016.tar.xz}, the {@code mf_nav/}
 * tree of utkarshohm/mf-nav-data) without unpacking it to disk, and loads it into a
 * {@link NavStore}.
 *
 * <p>The archive holds one file a scheme at {@code mf_nav/<AMC>/<SchemeNameWithoutSpaces>} in the
 * {@link NavHistoryFile} format (31,944 files, 7,361 of them empty, about 14.6 million rows, 254 MB
 * unpacked); other entries (its {@code LICENSE} and {@code README.md}, folders) are skipped.
 *
 * <h2>Synthetic scheme codes</h2>
 *
 * <p>The files are named by fund house and scheme name, not by AMFI scheme code, and the names do not
 * map to codes reliably. Each file therefore gets a synthetic code: {@value #CODE_BASE} plus its
 * 1-based position among the per-scheme files in archive order (empty files count, so a code does not
 * move when another file's content changes). AMFI's codes have six digits, so the eight-digit
 * synthetic range cannot collide with a real one. The codes are stable for the same archive bytes
 * only; {@link ArchiveLoadReport#paths()} maps each code back to its file.
 *
 * <h2>Dependencies</h2>
 *
 * <p>This class needs Apache Commons Compress (tar) and XZ for Java ({@code org.tukaani:xz}), which
 * {@code lumpsum-funds} declares as optional dependencies: a host that reads the archive adds both.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class NavArchive2016 {

  /** The folder in the archive that holds one folder a fund house. */
  public static final String ROOT = "mf_nav/";

  /** The base of the synthetic scheme codes: the first file gets {@code CODE_BASE + 1}. */
  public static final int CODE_BASE = 80_000_000;

  private NavArchive2016() {}

  /**
   * Reads the archive's per-scheme files in archive order and hands each to an action.
   *
   * @param archive the {@code .tar.xz} file
   * @param limit the most per-scheme files to read, such as {@link Integer#MAX_VALUE} for all
   * @param action what to do with each file read; it runs on the calling thread
   * @return the number of per-scheme files read
   * @throws IllegalArgumentException if {@code limit} is negative
   * @throws UncheckedIOException if the archive cannot be read or is corrupt
   */
  public static int forEach(Path archive, int limit, Consumer<? super ArchiveScheme> action) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(action, "action");
    if (limit < 0) {
      throw new IllegalArgumentException("limit: must not be negative (got " + limit + ")");
    }
    int files = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        XZInputStream xz = new XZInputStream(raw);
        TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
      byte[] buffer = new byte[1 << 16];
      TarArchiveEntry entry;
      while (files < limit && (entry = tar.getNextEntry()) != null) {
        String name = entry.getName();
        int slash = name.indexOf('/', ROOT.length());
        if (!entry.isFile() || !name.startsWith(ROOT) || slash < 0 || slash == name.length() - 1
            || name.indexOf('/', slash + 1) >= 0) {
          continue;
        }
        files++;
        long size = entry.getSize();
        if (size > Integer.MAX_VALUE - 16) {
          throw new UncheckedIOException(new IOException(
              archive + ": entry " + name + " is too large (" + size + " bytes)"));
        }
        if (buffer.length < size) {
          buffer = new byte[(int) Math.max(size, buffer.length * 2L)];
        }
        int n = tar.readNBytes(buffer, 0, (int) size);
        if (n != size) {
          throw new UncheckedIOException(new IOException(
              archive + ": entry " + name + " ends after " + n + " of " + size + " bytes"));
        }
        ParseResult<NavPoint> history = n == 0
            ? ParseResult.of(List.of(), List.of())
            : NavHistoryFile.read(buffer, 0, n);
        action.accept(new ArchiveScheme(SchemeCode.of(CODE_BASE + files),
            name.substring(ROOT.length(), slash), name.substring(slash + 1), history));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read archive " + archive, e);
    }
    return files;
  }

  /**
   * Loads the whole archive into a store: one upsert per non-empty file.
   *
   * @param archive the {@code .tar.xz} file
   * @param store the store to write to
   * @return what was read and written
   * @throws UncheckedIOException if the archive cannot be read or is corrupt
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public static ArchiveLoadReport load(Path archive, NavStore store) {
    return load(archive, store, Integer.MAX_VALUE);
  }

  /**
   * Loads the first files of the archive into a store: one upsert per non-empty file.
   *
   * @param archive the {@code .tar.xz} file
   * @param store the store to write to
   * @param limit the most per-scheme files to read
   * @return what was read and written
   * @throws IllegalArgumentException if {@code limit} is negative
   * @throws UncheckedIOException if the archive cannot be read or is corrupt
   * @throws in.lumpsum.core.store.StoreException if the store fails
   */
  public static ArchiveLoadReport load(Path archive, NavStore store, int limit) {
    Objects.requireNonNull(store, "store");
    Loader loader = new Loader(store);
    int files = forEach(archive, limit, loader);
    return new ArchiveLoadReport(files, loader.empty, loader.loaded, loader.rows, loader.inserted,
        loader.unchanged, loader.corrected, loader.problems, loader.paths);
  }

  /** Writes each file's history with one upsert and keeps the counts. */
  private static final class Loader implements Consumer<ArchiveScheme> {
    final NavStore store;
    final Map<String, Long> problems = new LinkedHashMap<>();
    final Map<SchemeCode, String> paths = new LinkedHashMap<>();
    int empty;
    int loaded;
    long rows;
    long inserted;
    long unchanged;
    long corrected;

    Loader(NavStore store) {
      this.store = store;
    }

    @Override
    public void accept(ArchiveScheme scheme) {
      paths.put(scheme.code(), scheme.path());
      for (Problem p : scheme.history().problems()) {
        // Group by the reason's stable head: a conflict's reason also names the earlier line.
        String reason = p.reason();
        int paren = reason.indexOf(" (line ");
        problems.merge(paren < 0 ? reason : reason.substring(0, paren), 1L, Long::sum);
      }
      List<NavPoint> values = scheme.history().values();
      if (values.isEmpty()) {
        if (scheme.history().problems().isEmpty()) {
          empty++;
        }
        return;
      }
      List<NavRecord> records = new ArrayList<>(values.size());
      for (NavPoint p : values) {
        records.add(new NavRecord(scheme.code(), p.date(), Nav.of(p.nav())));
      }
      NavUpsertResult result = store.upsert(records);
      loaded++;
      rows += values.size();
      inserted += result.inserted();
      unchanged += result.unchanged();
      corrected += result.corrected().size();
    }
  }
}
