package in.lumpsum.benchmarks.archive;

import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.store.memory.InMemoryNavStore;
import in.lumpsum.funds.history.NavArchive2016;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times loading the whole 2016 NAV history archive into the in-memory NAV store, beside its
 * baselines in the same run: decompressing and walking the archive alone (the floor), and parsing the
 * same points into a {@code TreeMap<LocalDate, BigDecimal>} per scheme.
 *
 * <p>One invocation is one whole pass over the archive (about 14.6 million rows), so the mode is
 * single-shot and the score is seconds a pass. Heap bytes a point are printed by {@link ArchiveLoad}.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ArchiveLoadBenchmark -f 2 -wi 4 -i 5 -t 1</pre>
 *
 * (The {@code -w}/{@code -r} times of the other benchmarks do not apply to single-shot mode.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 4)
@Measurement(iterations = 5)
public class ArchiveLoadBenchmark {

  private Path archive;

  /** Locates the archive. */
  @Setup
  public void setUp() {
    archive = ArchiveData.archive();
  }

  /**
   * Decompresses the archive and reads every entry, parsing nothing: the floor under any load.
   *
   * @return the bytes read
   */
  @Benchmark
  public long baseline_decompressOnly() {
    return ArchiveData.decompressOnly(archive);
  }

  /**
   * Parses the archive into a {@code TreeMap<LocalDate, BigDecimal>} per scheme.
   *
   * @return the maps
   */
  @Benchmark
  public Map<SchemeCode, TreeMap<LocalDate, BigDecimal>> baseline_treeMaps() {
    return ArchiveData.treeMaps(archive);
  }

  /**
   * Loads the archive into a new {@link InMemoryNavStore}, one upsert per scheme.
   *
   * @return the store
   */
  @Benchmark
  public InMemoryNavStore load() {
    InMemoryNavStore store = new InMemoryNavStore();
    NavArchive2016.load(archive, store);
    return store;
  }
}
