package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SebiCategory;
import in.lumpsum.core.testkit.RealData;
import in.lumpsum.funds.internal.OptionWords;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Every real AMFI file in {@code ../shared/data} (see its {@code SOURCES.md}): the layout, and every data
 * row read or reported, with the counts asserted exactly. The data rows are counted here independently
 * of the reader: lines whose first {@code ;}-separated field is all digits.
 */
class AmfiRealDataTest {

  private static byte[] bytes(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> dataLines(byte[] bytes) {
    List<String[]> out = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
      int semi = line.indexOf(';');
      if (semi > 0 && line.substring(0, semi).chars().allMatch(Character::isDigit)) {
        out.add(line.split(";", -1));
      }
    }
    return out;
  }

  /** Reads a file every way and checks they agree, and that every data row is read or reported. */
  private static AmfiFile readAndCheck(Path file) {
    byte[] bytes = bytes(file);
    AmfiFile f = AmfiReader.read(bytes);
    assertThat(f.dataRowCount()).as(file + ": rows read + rows reported").isEqualTo(dataLines(bytes).size());
    // From the file (streamed, gunzipped by the reader) the same.
    AmfiFile streamed = AmfiReader.read(file);
    assertThat(streamed.problems()).isEqualTo(f.problems());
    assertThat(streamed.rows().size()).isEqualTo(f.rows().size());
    // The visitor sees the same rows and problems.
    int[] visited = {0};
    List<Problem> problems = new ArrayList<>();
    AmfiReader.visit(new ByteArrayInputStream(bytes), new AmfiVisitor() {
      @Override
      public void row(AmfiRowView row) {
        AmfiRow r = f.rows().get(visited[0]++);
        assertThat(row.schemeCode()).isEqualTo(r.scheme().code().value());
        assertThat(row.nav()).isEqualTo(r.nav());
        assertThat(row.date()).isEqualTo(r.date());
      }

      @Override
      public void problem(Problem p) {
        problems.add(p);
      }
    });
    assertThat(visited[0]).isEqualTo(f.rows().size());
    // Numbers only: field problems found while building rows (ISINs) are not looked for.
    assertThat(problems).isEqualTo(f.problems().stream()
        .filter(p -> !p.field().startsWith("isin")).toList());
    // A visitor building every row gets rows equal to the kept ones (line, name, ISINs, fund house,
    // section, plan, option, NAV, date) and every problem, in the same order.
    List<AmfiRow> built = new ArrayList<>();
    List<Problem> allProblems = new ArrayList<>();
    AmfiReader.visit(bytes, new AmfiVisitor() {
      @Override
      public void row(AmfiRowView row) {
        built.add(row.toRow());
      }

      @Override
      public void problem(Problem p) {
        allProblems.add(p);
      }
    });
    assertThat(built).as(file + ": rows built by a visitor").isEqualTo(f.rows());
    assertThat(allProblems).isEqualTo(f.problems());
    return f;
  }

  @Test
  void navAll2025_14050Rows() {
    Path file = RealData.require("amfi-navall-2025-05-26.txt");
    AmfiFile f = readAndCheck(file);

    assertThat(f.layout()).isEqualTo(AmfiLayout.DAILY);
    assertThat(f.rows()).hasSize(14_050);
    assertThat(f.rejectedRowCount()).isZero();
    // 6 N.A. and 382 zeros (segregated portfolios and long-dead bonus options).
    assertThat(f.rowsWithoutNav()).isEqualTo(388);
    assertThat(f.problemCountsByReason()).containsExactly(
        Map.entry(AmfiReader.REASON_ZERO_NAV, 382), Map.entry(AmfiReader.REASON_BAD_ISIN, 3));
    // INF174K01VSI (a letter for the check digit), HDFCNIVODG, INF174K1TA2 (eleven characters).
    assertThat(f.problems().stream().filter(p -> p.reason().equals(AmfiReader.REASON_BAD_ISIN))
        .map(p -> p.raw().split(";")[0])).containsExactly("128079", "152713", "152873");
    assertThat(f.rows().stream().filter(r -> r.date().equals(LocalDate.of(2025, 5, 26)))).hasSize(7_746);
    assertThat(f.rows().stream().filter(r -> r.date().equals(LocalDate.of(2025, 5, 23)))).hasSize(393);
    // SOURCES.md says 44 fund houses; the file names 46 (counting both IDF fund houses).
    assertThat(f.rows().stream().map(r -> r.scheme().amc()).distinct()).hasSize(fundHouseLines(file));
    assertThat(f.rows().stream().filter(r -> r.scheme().category().isEmpty())).isEmpty();
    assertThat(f.rows().stream().map(r -> r.scheme().code()).distinct()).hasSize(14_050);
    // Rows written "10." read as ten.
    assertThat(f.rows().stream().filter(r -> r.scheme().code().value() == 119551).findFirst().orElseThrow()
        .nav()).contains(Nav.parse("107.6218"));
    assertPlanAndOptionFromNames(f);
  }

  @Test
  void navAll2017Legacy_13661Rows() {
    Path file = RealData.require("amfi-navall-2017-04-13-legacy8col.txt");
    AmfiFile f = readAndCheck(file);

    assertThat(f.layout()).isEqualTo(AmfiLayout.DAILY_WITH_PRICES);
    assertThat(f.rows()).hasSize(13_661);
    assertThat(f.rejectedRowCount()).isZero();
    // 67 N.A. and 64 zeros.
    assertThat(f.rowsWithoutNav()).isEqualTo(131);
    assertThat(f.problemCountsByReason()).containsExactly(
        Map.entry(AmfiReader.REASON_ZERO_NAV, 64), Map.entry(AmfiReader.REASON_BAD_ISIN, 4),
        Map.entry(AmfiReader.REASON_SAME_ISIN, 1));
    assertThat(f.rows().stream().filter(r -> r.date().equals(LocalDate.of(2017, 4, 13)))).hasSize(9_996);
    assertThat(f.rows().stream().filter(r -> r.scheme().category().isEmpty())).isEmpty();
    // A missing leading I repaired: NF760K01GO7.
    assertThat(f.rows().stream().flatMap(r -> r.scheme().isinReinvestment().stream())
        .map(Object::toString)).contains("INF760K01GO7");
    assertPlanAndOptionFromNames(f);
  }

  @Test
  void historyReport2006_82Rows() {
    Path file = RealData.require("amfi-nav-history-report/amfi-navhistory-2006-04-01.txt");
    AmfiFile f = readAndCheck(file);

    assertThat(f.layout()).isEqualTo(AmfiLayout.HISTORY_WITH_PRICES);
    assertThat(f.rows()).hasSize(82);
    assertThat(f.problems()).isEmpty();
    assertThat(f.rows()).allSatisfy(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2006, 4, 1)));
    assertThat(f.rows().stream().filter(r -> r.scheme().category().equals(
        java.util.Optional.of(SebiCategory.LIQUID)))).isNotEmpty();
    assertPlanAndOptionFromNames(f);
  }

  @Test
  void dailySnapshots2026_53Files_acrossTheFormatChange() throws IOException {
    Path dir = RealData.require("amfi-navall-daily-2026");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
    }
    assertThat(files).hasSize(53);
    long rows = 0;
    long withoutNav = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    for (Path file : files) {
      String date = file.getFileName().toString().substring(7, 17);
      AmfiFile f = readAndCheck(file);
      assertThat(f.layout()).as(date).isEqualTo(date.compareTo("2026-08-19") < 0
          ? AmfiLayout.DAILY : AmfiLayout.DAILY_WITH_PLAN_OPTION);
      assertThat(f.rejectedRowCount()).as(date).isZero();
      assertThat(f.rows().size()).as(date).isBetween(9_022, 9_112);
      rows += f.rows().size();
      withoutNav += f.rowsWithoutNav();
      f.problemCountsByReason().forEach((k, v) -> reasons.merge(k, v, Integer::sum));
    }
    assertThat(rows).isEqualTo(479_891);
    assertThat(withoutNav).isEqualTo(6_042);
    assertThat(reasons).containsExactly(Map.entry(AmfiReader.REASON_ZERO_NAV, 6_042),
        Map.entry(AmfiReader.REASON_BAD_ISIN, 54));
  }

  @Test
  void formatChange_18to19August_sameSchemesSamePlansAndOptions() {
    AmfiFile before = readAndCheck(RealData.require("amfi-navall-daily-2026/navall-2026-08-18.txt.gz"));
    Path afterFile = RealData.require("amfi-navall-daily-2026/navall-2026-08-19.txt.gz");
    AmfiFile after = readAndCheck(afterFile);
    assertThat(before.rows()).hasSize(9_104);
    assertThat(after.rows()).hasSize(9_107);

    // The plan and option columns: free text, 1,504 rows with both blank (then read from the name).
    List<String[]> lines = dataLines(bytes(afterFile));
    assertThat(lines.stream().filter(l -> l[4].isBlank() && l[5].isBlank())).hasSize(1_504);
    AmfiRow monthlyDcw = after.rows().stream().filter(r -> r.scheme().code().value() == 119552)
        .findFirst().orElseThrow();
    assertThat(monthlyDcw.scheme().option())
        .isEqualTo(SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.MONTHLY));
    assertThat(monthlyDcw.scheme().plan()).isEqualTo(Plan.DIRECT);
    for (int i = 0; i < lines.size(); i++) {
      String[] l = lines.get(i);
      Scheme s = after.rows().get(i).scheme();
      Plan plan = Plan.find(l[4]).or(() -> Plan.find(s.name())).orElse(Plan.REGULAR);
      SchemeOption option = SchemeOption.find(l[5]).or(() -> SchemeOption.find(s.name()))
          .orElse(SchemeOption.GROWTH);
      assertThat(s.plan()).as(String.join(";", l)).isEqualTo(plan);
      assertThat(s.option()).as(String.join(";", l)).isEqualTo(option);
    }

    // Where neither the columns nor the (shortened) name state the plan or option, the row says so.
    // Before, names without a plan word are mostly schemes older than direct plans (one plan only).
    assertThat(after.rows().stream().filter(r -> !r.planStated())).hasSize(1_574);
    assertThat(after.rows().stream().filter(r -> !r.optionStated())).hasSize(1_569);
    assertThat(before.rows().stream().filter(r -> !r.planStated())).hasSize(1_342);
    assertThat(before.rows().stream().filter(r -> !r.optionStated())).hasSize(432);

    // Scheme codes and ISINs do not change with the layout. Where both files state the plan, they
    // agree for all but three schemes (AMFI's own wording differs: "Growth Direct" then "Regular").
    Map<Integer, AmfiRow> old = new HashMap<>();
    before.rows().forEach(r -> old.put(r.scheme().code().value(), r));
    int both = 0;
    int sameIsins = 0;
    int planStated = 0;
    int samePlan = 0;
    for (AmfiRow r : after.rows()) {
      AmfiRow was = old.get(r.scheme().code().value());
      if (was == null) {
        continue;
      }
      both++;
      Scheme a = was.scheme();
      Scheme b = r.scheme();
      sameIsins += a.isinGrowthOrPayout().equals(b.isinGrowthOrPayout())
          && a.isinReinvestment().equals(b.isinReinvestment()) ? 1 : 0;
      if (was.planStated() && r.planStated()) {
        planStated++;
        samePlan += a.plan() == b.plan() ? 1 : 0;
      }
    }
    assertThat(both).isEqualTo(9_104);
    assertThat(sameIsins).isEqualTo(both);
    assertThat(planStated).isEqualTo(PLAN_STATED_BOTH);
    assertThat(samePlan).isEqualTo(SAME_PLAN);
  }

  private static final int PLAN_STATED_BOTH = 6_608;
  private static final int SAME_PLAN = 6_605;

  /** Distinct fund-house lines: not blank, no ';', not a section heading. */
  private static int fundHouseLines(Path file) {
    return (int) new String(bytes(file), StandardCharsets.UTF_8).lines().map(String::strip)
        .filter(l -> !l.isEmpty() && l.indexOf(';') < 0)
        .filter(l -> !l.matches("(?i)(open|close|interval).*"))
        .distinct().count();
  }

  /** The plan and option of a layout without those columns are what core finds in the name. */
  private static void assertPlanAndOptionFromNames(AmfiFile f) {
    for (AmfiRow r : f.rows()) {
      Scheme s = r.scheme();
      assertThat(s.plan()).as(s.name()).isEqualTo(Plan.find(s.name()).orElse(Plan.REGULAR));
      assertThat(s.option()).as(s.name()).isEqualTo(SchemeOption.find(s.name()).orElse(SchemeOption.GROWTH));
      // And the byte-level finder agrees with core on its own.
      assertThat(OptionWords.findPlan(s.name())).isEqualTo(Plan.find(s.name()));
      assertThat(OptionWords.findOption(s.name())).isEqualTo(SchemeOption.find(s.name()));
    }
  }
}
