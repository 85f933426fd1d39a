package in.lumpsum.examples.cli;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.store.spi.NavRecord;
import in.lumpsum.funds.directory.NameChange;
import in.lumpsum.funds.directory.SchemeDirectory;
import in.lumpsum.funds.directory.SchemeHealth;
import in.lumpsum.funds.feed.NavFeed;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lumpsum nav show CODE|ISIN [--date D] --navall FILE}: a scheme and its NAV. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Shows a scheme found by AMFI code or either ISIN in AMFI daily files: its fund "
        + "house, category, plan, option, ISINs, renames, and its NAV on or before a date (the latest "
        + "by default)."})
final class NavShowCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CODE|ISIN", description = "An AMFI scheme code or an ISIN.")
  String id;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Show the NAV on this date, or the last one before it.")
  LocalDate date;

  @Option(names = "--navall", paramLabel = "FILE", required = true,
      description = "An AMFI daily file (plain or gzipped), or a folder of them; repeatable, applied "
          + "in order.")
  List<Path> navall;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Path> files = expand(spec, navall);
    try (Lumpsum lumpsum = Lumpsum.builder().build()) {
      NavFeed feed = NavFiles.load(lumpsum, files);
      SchemeDirectory dir = feed.directory();
      Optional<Scheme> found;
      try {
        found = dir.lookup(id);
      } catch (RuntimeException e) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "CODE|ISIN: '" + id + "' is neither a scheme code nor a valid ISIN");
      }
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("lumpsum: no scheme with code or ISIN " + id + " in "
            + files.size() + " file(s)");
        return 1;
      }
      Scheme s = found.get();
      out.printf("Scheme      %s  %s%n", s.code(), s.name());
      out.printf("Fund house  %s%n", s.amc());
      out.printf("Category    %s, %s%n", s.category().map(Enum::name).orElse("unknown"), s.structure());
      out.printf("Plan        %s; option %s%n", s.plan(), s.option());
      out.printf("ISINs       %s (growth/payout), %s (reinvestment)%n",
          s.isinGrowthOrPayout().map(Object::toString).orElse("none"),
          s.isinReinvestment().map(Object::toString).orElse("none"));
      for (NameChange c : dir.lineage(s.code())) {
        out.printf("Renamed     on %s from '%s'%n", c.date(), c.oldName());
      }
      Optional<NavRecord> nav = date == null ? lumpsum.stores().navs().latest(s.code())
          : lumpsum.stores().navs().onOrBefore(s.code(), date);
      if (nav.isEmpty()) {
        out.printf("NAV         none%s%n", date == null ? "" : " on or before " + date);
      } else {
        out.printf("NAV         %s on %s%s%n", nav.get().nav(), nav.get().date(),
            date != null && !nav.get().date().equals(date) ? " (the last on or before " + date + ")" : "");
        LocalDate asOf = date != null ? date : nav.get().date();
        Optional<SchemeHealth> h = dir.health(s.code(), asOf);
        h.ifPresent(x -> out.printf("Status      %s, %d business day(s) without a NAV on %s%n",
            x.status(), x.businessDaysWithoutNav(), asOf));
      }
      out.printf("NAVs held   %d, from %d file(s)%n", lumpsum.stores().navs().count(s.code()), files.size());
    }
    return 0;
  }

  static List<Path> expand(CommandSpec spec, List<Path> given) {
    try {
      return NavFiles.expand(given);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
