package in.lumpsum.benchmarks.amfi;

import in.lumpsum.benchmarks.DataDir;
import in.lumpsum.core.result.Problem;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import in.lumpsum.funds.amfi.AmfiRowView;
import in.lumpsum.funds.amfi.AmfiVisitor;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
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
 *       It reads the file, where {@link #parse} is handed the bytes: {@link #baselineInMemory} is the
 *       same naive reader on those bytes (lines read through a {@code BufferedReader}, as
 *       {@code readAllLines} reads them), the like-for-like comparison with {@link #parse}.
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
 *   <li>{@link #crossCheck}: the baseline, {@link #parse}, {@link #numbersOnly} and {@link #readAllBytes}
 *       one after another in each call, timed apart: its secondary results are the microseconds each
 *       took over the run, and each iteration prints the ratios the goals are stated in. Load from
 *       other processes falls on all four alike within one call, so these ratios move less than the
 *       ratios of the separate methods' scores: when the two disagree, the machine was noisy.
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
    file = DataDir.path().resolve("amfi-navall-2025-05-26.txt");
    bytes = Files.readAllBytes(file);
    knownCodes = new BitSet();
    for (AmfiRow r : AmfiReader.read(bytes).rows()) {
      knownCodes.set(r.scheme().code().value());
    }
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
    return baselineRows(lines);
  }

  /**
   * The naive reader on the bytes loaded in setup: the lines as {@code Files.readAllLines} reads them
   * (a {@code BufferedReader}, UTF-8), then the same split, {@code BigDecimal} and
   * {@code LocalDate.parse}.
   *
   * @return the rows
   */
  @Benchmark
  public List<BaselineRow> baselineInMemory() {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return baselineRows(lines);
  }

  private static List<BaselineRow> baselineRows(List<String> lines) {
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
   * The times the four readers took within {@link #crossCheck} calls, in microseconds. JMH sums these
   * counters over the measurement iterations, so the ratios of the totals it reports are the ratios
   * over the whole run. As each iteration ends it prints the median over its calls of each call's
   * ratios, which a burst of load on one reader moves less than it moves the totals.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CrossCheck {
    private long baselineNanos;
    private long parseNanos;
    private long numbersNanos;
    private long readNanos;
    // Each call's ratios: baseline/parse, baseline/numbersOnly, parse/readAllBytes.
    private double[][] ratios = new double[3][64];
    private int calls;

    /** Starts each iteration afresh. */
    @Setup(Level.Iteration)
    public void reset() {
      baselineNanos = 0;
      parseNanos = 0;
      numbersNanos = 0;
      readNanos = 0;
      calls = 0;
    }

    void add(long baseline, long parse, long numbers, long read) {
      baselineNanos += baseline;
      parseNanos += parse;
      numbersNanos += numbers;
      readNanos += read;
      if (calls == ratios[0].length) {
        for (int k = 0; k < 3; k++) {
          ratios[k] = Arrays.copyOf(ratios[k], calls * 2);
        }
      }
      ratios[0][calls] = ratio(baseline, parse);
      ratios[1][calls] = ratio(baseline, numbers);
      ratios[2][calls] = ratio(parse, read);
      calls++;
    }

    /** Prints the iteration's median ratios, in the terms the goals are stated in. */
    @TearDown(Level.Iteration)
    public void printRatios() {
      System.out.printf(Locale.ROOT, "%n  median of %d calls: baseline/parse %.1f, "
          + "baseline/numbersOnly %.1f, parse/readAllBytes %.1f%n", calls, median(ratios[0]),
          median(ratios[1]), median(ratios[2]));
    }

    private double median(double[] values) {
      if (calls == 0) {
        return 0;
      }
      double[] v = Arrays.copyOf(values, calls);
      Arrays.sort(v);
      return calls % 2 == 1 ? v[calls / 2] : (v[calls / 2 - 1] + v[calls / 2]) / 2;
    }

    /**
     * The time spent in the baseline.
     *
     * @return microseconds
     */
    public long baselineMicros() {
      return baselineNanos / 1000;
    }

    /**
     * The time spent in {@link NavAllParseBenchmark#parse}.
     *
     * @return microseconds
     */
    public long parseMicros() {
      return parseNanos / 1000;
    }

    /**
     * The time spent in {@link NavAllParseBenchmark#numbersOnly}.
     *
     * @return microseconds
     */
    public long numbersOnlyMicros() {
      return numbersNanos / 1000;
    }

    /**
     * The time spent in {@link NavAllParseBenchmark#readAllBytes}.
     *
     * @return microseconds
     */
    public long readAllBytesMicros() {
      return readNanos / 1000;
    }

    private static double ratio(long a, long b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  /**
   * The baseline and the candidates interleaved in one call, each timed apart (see {@link CrossCheck}).
   *
   * @param times where the times go
   * @param bh takes every result
   */
  @Benchmark
  public void crossCheck(CrossCheck times, Blackhole bh) {
    long t0 = System.nanoTime();
    bh.consume(baseline());
    long t1 = System.nanoTime();
    bh.consume(parse());
    long t2 = System.nanoTime();
    numbersOnly(bh);
    long t3 = System.nanoTime();
    bh.consume(readAllBytes());
    long t4 = System.nanoTime();
    times.add(t1 - t0, t2 - t1, t3 - t2, t4 - t3);
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
