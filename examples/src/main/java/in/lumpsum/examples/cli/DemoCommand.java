package in.lumpsum.examples.cli;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.examples.demo.Demo;
import in.lumpsum.funds.client.AmfiClient;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lumpsum demo}: the main job end to end on the embedded, in-memory default. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs lumpsum end to end on the embedded in-memory default, offline, on sample data "
        + "that lumpsum generates (labelled as such): a sample investor's holdings, values and gains.",
        "With --navall, the schemes and NAVs are real, from AMFI daily files; with --live, from "
            + "today's file fetched from AMFI."})
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Value the portfolio on this date instead of today (India time).")
  LocalDate asOf;

  @Option(names = "--store", paramLabel = "URL", defaultValue = "memory",
      description = {"Where to store: memory (default), or PostgreSQL as postgres://HOST:PORT/DB?user=.. "
          + "or jdbc:postgresql://HOST:PORT/DB?user=.."})
  String store;

  @Option(names = "--schema", paramLabel = "NAME",
      description = "PostgreSQL schema to use and keep; default a new schema for this run, dropped after it.")
  String schema;

  @Option(names = "--navall", paramLabel = "FILE",
      description = "Run on real schemes and NAVs from an AMFI daily file (plain or gzipped) or a "
          + "folder of them; repeatable. Purchases are made on the first file's date and valued on the "
          + "last's (or --as-of).")
  List<Path> navall;

  @Option(names = "--live",
      description = "Fetch today's NAVAll.txt from AMFI (retries, timeouts and a circuit breaker; "
          + "needs the network) and run on it.")
  boolean live;

  @Option(names = "--amfi-url", paramLabel = "URL", defaultValue = AmfiClient.DEFAULT_BASE_URL,
      description = "AMFI's base address for --live (default: ${DEFAULT-VALUE}).")
  String amfiUrl;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (live && navall != null) {
      throw new ParameterException(spec.commandLine(), "--live and --navall: give one of them");
    }
    NavDemoData real = live ? new NavDemoData(List.of(fetchToday()))
        : navall == null ? null : new NavDemoData(NavShowCommand.expand(spec, navall));
    LocalDate on = asOf != null ? asOf : real != null ? real.lastDate() : null;
    Clock clock = on == null ? IndianTime.systemClock()
        : Clock.fixed(on.atTime(LocalTime.of(21, 30)).atZone(IndianTime.ZONE).toInstant(),
            IndianTime.ZONE);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (DemoStore demoStore = DemoStore.open(store, schema, out);
        Lumpsum lumpsum = Lumpsum.builder().clock(clock).stores(demoStore.stores()).build()) {
      new Demo(lumpsum, out, real == null ? Demo.SAMPLE : real).run();
    }
    return 0;
  }

  /** Fetches today's daily file into a temporary file that is deleted when the JVM exits. */
  private Path fetchToday() {
    AmfiClient amfi;
    try {
      amfi = AmfiClient.builder().baseUrl(amfiUrl).noCache().build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--amfi-url: " + e.getMessage());
    }
    byte[] bytes = amfi.dailyBytes();
    try {
      Path file = Files.createTempFile("lumpsum-navall-", ".txt");
      file.toFile().deleteOnExit();
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep AMFI's file in a temporary file", e);
    }
  }
}
