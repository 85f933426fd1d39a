package in.lumpsum.benchmarks.amfi;

import in.lumpsum.core.result.Problem;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import in.lumpsum.funds.amfi.AmfiRowView;
import in.lumpsum.funds.amfi.AmfiVisitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading AMFI's full daily file ({@code amfi-navall-2025-05-26.txt}: 1.6 MB, 17,169 lines, 14,050
 * scheme rows) with {@link AmfiReader}, against a naive reader and against raw I/O.
 *
 * <ul>
 *   <li>{@link #baseline}: {@code Files.readAllLines} + {@code split(";")} + {@code new BigDecimal} +
 *       {@code LocalDate.parse} with a {@code dd-MMM-yyyy} formatter, keeping code, ISINs and name as
 *       strings. No headings, fund houses, plans, options or ISIN checks: less work than the reader does.
 *   <li>{@link #readAllBytes}: {@code Files.readAllBytes} of the same file, the I/O yardstick;
 *       {@link #copyBytes}: copying the bytes already in memory.
 *   <li>{@link #parse}: {@link AmfiReader#read(byte[])} on the bytes loaded in setup, keeping every row
 *       with its name, validated ISINs, NAV, date, fund house, category and structure (rows are held
 *       compactly; {@code Scheme} objects are built on access).
 *   <li>{@link #parseFile}: {@link AmfiReader#read(Path)}, streaming from the file (I/O included).
 *   <li>{@link #parseAndBuildSchemes}: {@link #parse} and then every {@link AmfiRow} and its
 *       {@code Scheme} built, plan and option found in the names.
 *   <li>{@link #numbersOnly}: the daily update path, {@link AmfiReader#visit(byte[], AmfiVisitor)} with
 *       every scheme code already known, taking code, NAV (unscaled and scale) and date only.
 * </ul>
 *
 * <p>The data directory is {@code LUMPSUM_DATA_DIR}, else the {@code lumpsum.data.dir} system
 * property, else {@code ../shared/data}. Run from the project root:
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar NavAllParseBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s -t 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class NavAllParseBenchmark {

  private static final DateTimeFormatter AMFI_DATE =
      DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

  private Path file;
  private byte[] bytes;
  private BitSet knownCodes;

  /** One row as the baseline keeps it. */
  public record BaselineRow(String code, String isin1, String isin2, String name, BigDecimal nav,
      LocalDate date) {}

  /** Loads the file and the codes the daily path knows. */
  @Setup
  public void setUp() throws IOException {
    file = dataDir().resolve("amfi-navall-2025-05-26.txt");
    bytes = Files.readAllBytes(file);
    knownCodes = new BitSet();
    for (AmfiRow r : AmfiReader.read(bytes).rows()) {
      knownCodes.set(r.scheme().code().value());
    }
  }

  static Path dataDir() {
    String env = System.getenv("LUMPSUM_DATA_DIR");
    if (env != null && !env.isBlank()) {
      return Paths.get(env);
    }
    String prop = System.getProperty("lumpsum.data.dir");
    return Paths.get(prop != null && !prop.isBlank() ? prop : "../shared/data");
  }

  /**
   * The naive reader: lines, split, {@code BigDecimal}, {@code LocalDate.parse}.
   *
   * @return the rows
   */
  @Benchmark
  public List<BaselineRow> baseline() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<BaselineRow> rows = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split(";");
      if (f.length != 6 || f[0].isEmpty() || !Character.isDigit(f[0].charAt(0))) {
        continue;
      }
      BigDecimal nav = f[4].equals("N.A.") ? null : new BigDecimal(f[4]);
      rows.add(new BaselineRow(f[0], f[1], f[2], f[3], nav, LocalDate.parse(f[5], AMFI_DATE)));
    }
    return rows;
  }

  /**
   * The I/O yardstick: reading the file's bytes.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] readAllBytes() {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The memory yardstick: copying the bytes already loaded.
   *
   * @return the copy
   */
  @Benchmark
  public byte[] copyBytes() {
    return bytes.clone();
  }

  /**
   * The reader on bytes in memory, keeping names and ISINs.
   *
   * @return the file as read
   */
  @Benchmark
  public AmfiFile parse() {
    return AmfiReader.read(bytes);
  }

  /**
   * The reader streaming from the file.
   *
   * @return the file as read
   */
  @Benchmark
  public AmfiFile parseFile() {
    return AmfiReader.read(file);
  }

  /**
   * The reader, then every row and scheme built.
   *
   * @param bh takes each row
   */
  @Benchmark
  public void parseAndBuildSchemes(Blackhole bh) {
    for (AmfiRow r : AmfiReader.read(bytes).rows()) {
      bh.consume(r);
    }
  }

  /**
   * The daily update path: codes known, numbers only.
   *
   * @param bh takes the numbers
   */
  @Benchmark
  public void numbersOnly(Blackhole bh) {
    AmfiReader.visit(bytes, new AmfiVisitor() {
      @Override
      public void row(AmfiRowView row) {
        if (knownCodes.get(row.schemeCode())) {
          if (row.hasNav()) {
            bh.consume(row.navUnscaled());
            bh.consume(row.navScale());
          }
          bh.consume(row.date());
        } else {
          bh.consume(row.toRow());
        }
      }

      @Override
      public void problem(Problem problem) {
        bh.consume(problem);
      }
    });
  }
}
