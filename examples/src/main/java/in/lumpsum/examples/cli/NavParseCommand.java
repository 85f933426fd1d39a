package in.lumpsum.examples.cli;

import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lumpsum nav parse FILE [--json]}: what an AMFI file holds. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Reads an AMFI NAV file (NAVAll.txt, SIF_NAVAll.txt or a NAV history report; plain "
        + "or gzipped) and prints a summary: layout, schemes, NAV rows, problems by reason, dates "
        + "covered. A header lumpsum does not know is an error (exit 1), never rows of garbage."})
final class NavParseCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The file, plain or gzipped.")
  Path file;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  /**
   * What the file holds.
   *
   * @param file the file read
   * @param layout the layout its header names
   * @param header the header as AMFI writes it for that layout
   * @param dataRows data rows in the file: read plus left out
   * @param rowsRead rows read
   * @param schemes distinct scheme codes read
   * @param fundHouses distinct fund houses
   * @param navRows rows read with a NAV
   * @param rowsWithoutNav rows read without a NAV ({@code N.A.}, empty, zero)
   * @param problems problems in all: rows left out and fields dropped
   * @param problemsByReason the problems by reason
   * @param firstDate the earliest NAV date, or null when there is none
   * @param lastDate the latest NAV date, or null
   * @param publicationDate the date most NAVs carry, or null
   * @param datesByCount the number of rows per date, for the ten dates with most rows
   */
  public record Summary(String file, String layout, String header, int dataRows, int rowsRead,
      int schemes, int fundHouses, int navRows, int rowsWithoutNav, int problems,
      Map<String, Integer> problemsByReason, LocalDate firstDate, LocalDate lastDate,
      LocalDate publicationDate, Map<LocalDate, Integer> datesByCount) {}

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Summary s = summarise(file, AmfiReader.read(file));
    if (json) {
      out.println(JsonCodec.standard().toJson(s));
    } else {
      print(s, out);
    }
    return 0;
  }

  static Summary summarise(Path file, AmfiFile f) {
    Set<Integer> codes = new HashSet<>();
    Set<String> amcs = new HashSet<>();
    Map<LocalDate, Integer> dates = new HashMap<>();
    int navRows = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (AmfiRow r : f.rows()) {
      codes.add(r.scheme().code().value());
      amcs.add(r.scheme().amc().name());
      if (r.nav().isPresent()) {
        navRows++;
        dates.merge(r.date(), 1, Integer::sum);
        first = first == null || r.date().isBefore(first) ? r.date() : first;
        last = last == null || r.date().isAfter(last) ? r.date() : last;
      }
    }
    LocalDate publication = dates.entrySet().stream()
        .max(Map.Entry.<LocalDate, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
    Map<LocalDate, Integer> top = new TreeMap<>();
    dates.entrySet().stream()
        .sorted(Map.Entry.<LocalDate, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(10).forEach(e -> top.put(e.getKey(), e.getValue()));
    return new Summary(file.toString(), f.layout().name(), f.layout().header(), f.dataRowCount(),
        f.rows().size(), codes.size(), amcs.size(), navRows, f.rowsWithoutNav(), f.problems().size(),
        f.problemCountsByReason(), first, last, publication, top);
  }

  private static void print(Summary s, PrintStream out) {
    out.printf("File              %s%n", s.file());
    out.printf("Layout            %s%n", s.layout());
    out.printf("Header            %s%n", s.header());
    out.printf("Data rows         %d (%d read, %d left out)%n", s.dataRows(), s.rowsRead(),
        s.dataRows() - s.rowsRead());
    out.printf("Schemes           %d, %d fund houses%n", s.schemes(), s.fundHouses());
    out.printf("NAV rows          %d (%d rows without a NAV)%n", s.navRows(), s.rowsWithoutNav());
    if (s.firstDate() != null) {
      out.printf("Dates covered     %s to %s; most NAVs dated %s%n", s.firstDate(), s.lastDate(),
          s.publicationDate());
      s.datesByCount().forEach((d, n) -> out.printf("  %s  %6d rows%n", d, n));
    }
    out.printf("Problems          %d%n", s.problems());
    s.problemsByReason().forEach((reason, n) -> out.printf("  %6d  %s%n", n, reason));
  }
}
