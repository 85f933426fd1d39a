package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmfiReaderTest {

  private static final String DAILY6 = "navall-daily-6-crlf.txt";
  private static final String DAILY8 = "navall-daily-8-lf.txt";
  private static final String LEGACY = "navall-legacy-prices-crlf.txt";
  private static final String HISTORY = "navhistory-prices-crlf.txt";
  private static final String HISTORY2 = "navhistory-plan-option-lf.txt";

  private static AmfiFile read(String fixture) {
    return AmfiReader.read(Fixtures.bytes(fixture));
  }

  private static AmfiRow row(AmfiFile file, int code) {
    return file.rows().stream().filter(r -> r.scheme().code().value() == code).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + code));
  }

  private static Isin isin(String s) {
    return Isin.parse(s);
  }

  @Test
  void read_daily6_readsEveryRowOrReportsIt() {
    AmfiFile f = read(DAILY6);

    assertThat(f.layout()).isEqualTo(AmfiLayout.DAILY);
    assertThat(f.dataRowCount()).isEqualTo(15);
    assertThat(f.rows()).extracting(r -> r.scheme().code().value()).containsExactly(
        900101, 900102, 900103, 900104, 900201, 900202, 900301, 900401, 900501, 900601, 900701);
    assertThat(f.rejectedRowCount()).isEqualTo(4);
    assertThat(f.rowsWithoutNav()).isEqualTo(2);
    assertThat(f.problems()).extracting(Problem::line, Problem::field, Problem::reason).containsExactly(
        tuple(14L, "nav", AmfiReader.REASON_ZERO_NAV),
        tuple(15L, "isinReinvestment", AmfiReader.REASON_BAD_ISIN),
        tuple(23L, "", AmfiReader.REASON_BAD_DATE),
        tuple(24L, "", AmfiReader.REASON_BAD_NAV),
        tuple(25L, "", AmfiReader.REASON_FIELD_COUNT),
        tuple(44L, "", AmfiReader.REASON_TRUNCATED));
    assertThat(f.problems().get(2).raw())
        .isEqualTo("900402;INF9KV01A106;-;Kaveri Contra Fund - Direct - Growth;13.1;31-Feb-2026");
    assertThat(f.problemCountsByReason()).containsEntry(AmfiReader.REASON_BAD_DATE, 1).hasSize(6);
  }

  @Test
  void read_daily6_fullRow() {
    AmfiRow r = row(read(DAILY6), 900101);

    assertThat(r.line()).isEqualTo(7);
    Scheme s = r.scheme();
    assertThat(s.name()).isEqualTo("Kaveri Banking & PSU Debt Fund  - DIRECT - IDCW");
    assertThat(s.amc()).isEqualTo(Amc.of("Kaveri Mutual Fund"));
    assertThat(s.isinGrowthOrPayout()).contains(isin("INF9KV01A015"));
    assertThat(s.isinReinvestment()).contains(isin("INF9KV01A023"));
    assertThat(s.plan()).isEqualTo(Plan.DIRECT);
    assertThat(s.option()).isEqualTo(SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.UNSPECIFIED));
    assertThat(s.category()).contains(SebiCategory.BANKING_AND_PSU);
    assertThat(s.structure()).isEqualTo(SchemeStructure.OPEN_ENDED);
    assertThat(r.nav()).contains(Nav.parse("107.6218"));
    assertThat(r.date()).isEqualTo(LocalDate.of(2025, 5, 26));
  }

  @Test
  void read_daily6_quirks() {
    AmfiFile f = read(DAILY6);

    // "10." and "1000." are whole rupees.
    assertThat(row(f, 900102).nav()).contains(Nav.of(BigDecimal.TEN));
    assertThat(row(f, 900202).nav()).contains(Nav.of(new BigDecimal("1000")));
    // N.A. and zero: the scheme is read, without a NAV.
    assertThat(row(f, 900103).nav()).isEmpty();
    assertThat(row(f, 900201).nav()).isEmpty();
    // A trailing space after an ISIN; Redeemed; a code that is no ISIN (reported above).
    assertThat(row(f, 900104).scheme().isinGrowthOrPayout()).contains(isin("INF9KV01A056"));
    assertThat(row(f, 900201).scheme().isinGrowthOrPayout()).isEmpty();
    assertThat(row(f, 900202).scheme().isinReinvestment()).isEmpty();
    assertThat(row(f, 900202).scheme().isinGrowthOrPayout()).isPresent();
    // Plans and options from the names: Retail is regular; reinvestment and frequency.
    assertThat(row(f, 900104).scheme().plan()).isEqualTo(Plan.REGULAR);
    assertThat(row(f, 900202).scheme().option())
        .isEqualTo(SchemeOption.idcw(OptionType.IDCW_REINVESTMENT, IdcwFrequency.WEEKLY));
    assertThat(row(f, 900601).scheme().option())
        .isEqualTo(SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.QUARTERLY));
    // Dead and weekend dates are kept as written.
    assertThat(row(f, 900201).date()).isEqualTo(LocalDate.of(2015, 5, 8));
    assertThat(row(f, 900202).date()).isEqualTo(LocalDate.of(2025, 5, 24));
  }

  @Test
  void read_daily6_repairsDoubleEncodedNamesAndHeadings() {
    AmfiFile f = read(DAILY6);

    assertThat(row(f, 900301).scheme().name()).isEqualTo("Narmada Contra Fund - Direct \u2013 Growth");
    assertThat(row(f, 900401).scheme().name()).isEqualTo("Kaveri Contra Fund \u2013 Regular \u2013 IDCW");
    assertThat(row(f, 900501).scheme().name())
        .isEqualTo("360 Degrees Children\u2019s Fund - Direct Plan - Growth");
    assertThat(row(f, 900501).scheme().category()).contains(SebiCategory.CHILDRENS);
    assertThat(row(f, 900301).scheme().option()).isEqualTo(SchemeOption.GROWTH);
    assertThat(row(f, 900301).scheme().plan()).isEqualTo(Plan.DIRECT);
  }

  @Test
  void read_daily6_sectionsAndFundHouses() {
    AmfiFile f = read(DAILY6);

    // AMFI omits the fund-house line when a section starts with the fund house that ended the last.
    assertThat(row(f, 900301).scheme().amc()).isEqualTo(Amc.of("Narmada Mutual Fund"));
    assertThat(row(f, 900301).scheme().category()).contains(SebiCategory.CONTRA);
    assertThat(row(f, 900501).scheme().amc()).isEqualTo(Amc.of("360 Degrees Mutual Fund"));
    assertThat(row(f, 900601).scheme().structure()).isEqualTo(SchemeStructure.CLOSE_ENDED);
    assertThat(row(f, 900601).scheme().category()).contains(SebiCategory.LEGACY_INCOME);
    assertThat(row(f, 900701).scheme().structure()).isEqualTo(SchemeStructure.INTERVAL);
    // No plan or option word: the Scheme defaults.
    assertThat(row(f, 900701).scheme().plan()).isEqualTo(Plan.REGULAR);
    assertThat(row(f, 900701).scheme().option()).isEqualTo(SchemeOption.GROWTH);
  }

  @Test
  void read_daily8_planAndOptionColumns() {
    AmfiFile f = read(DAILY8);

    assertThat(f.layout()).isEqualTo(AmfiLayout.DAILY_WITH_PLAN_OPTION);
    assertThat(f.problems()).isEmpty();
    assertThat(f.rows()).hasSize(10);
    assertThat(f.rows()).extracting(r -> r.scheme().code().value(), r -> r.scheme().plan(),
        r -> r.scheme().option()).containsExactly(
        tuple(900101, Plan.DIRECT, SchemeOption.idcw(OptionType.IDCW_REINVESTMENT, IdcwFrequency.UNSPECIFIED)),
        tuple(900102, Plan.DIRECT, SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.MONTHLY)),
        tuple(900103, Plan.REGULAR, SchemeOption.GROWTH),
        tuple(900104, Plan.REGULAR, SchemeOption.GROWTH),
        tuple(900105, Plan.DIRECT, SchemeOption.GROWTH),
        tuple(900106, Plan.REGULAR, SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.UNSPECIFIED)),
        // Blank Plan and Option: from the name.
        tuple(900107, Plan.DIRECT, SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.QUARTERLY)),
        // Blank Plan, no plan in the name: regular; a tab after the option.
        tuple(900108, Plan.REGULAR, SchemeOption.GROWTH),
        tuple(900201, Plan.DIRECT, SchemeOption.GROWTH),
        tuple(900202, Plan.DIRECT, SchemeOption.GROWTH));
    assertThat(row(f, 900101).scheme().name()).isEqualTo("Kaveri Banking & PSU Debt Fund");
    assertThat(row(f, 900101).scheme().category()).contains(SebiCategory.SHORT_DURATION);
    assertThat(row(f, 900201).scheme().category()).contains(SebiCategory.LIFE_CYCLE);
    assertThat(row(f, 900201).date()).isEqualTo(LocalDate.of(2026, 8, 22));
    assertThat(row(f, 900202).scheme().amc()).isEqualTo(Amc.of("Narmada Mutual Fund"));
    assertThat(row(f, 900104).nav()).contains(Nav.parse("10"));
  }

  @Test
  void read_legacyWithPrices_isinJunk() {
    AmfiFile f = read(LEGACY);

    assertThat(f.layout()).isEqualTo(AmfiLayout.DAILY_WITH_PRICES);
    assertThat(f.rows()).hasSize(6);
    assertThat(f.rowsWithoutNav()).isEqualTo(1);
    // Only the 11-character ISIN is reported: #N/A, NOTAPP, ---, NA mean none; the missing I and the
    // lower case are repaired.
    assertThat(f.problems()).extracting(Problem::line, Problem::field, Problem::reason)
        .containsExactly(tuple(17L, "isinGrowthOrPayout", AmfiReader.REASON_BAD_ISIN));
    assertThat(row(f, 900802).scheme().isinGrowthOrPayout()).contains(isin("INF9KV02A401"));
    assertThat(row(f, 900803).scheme().isinGrowthOrPayout()).isEmpty();
    assertThat(row(f, 900803).scheme().isinReinvestment()).isEmpty();
    assertThat(row(f, 900803).scheme().option().type()).isEqualTo(OptionType.BONUS);
    assertThat(row(f, 900804).scheme().isinGrowthOrPayout()).isEmpty();
    assertThat(row(f, 900804).nav()).isEmpty();
    assertThat(row(f, 900805).scheme().isinGrowthOrPayout()).contains(isin("INF9KV03A417"));
    assertThat(row(f, 900801).scheme().category()).contains(SebiCategory.LEGACY_BALANCED);
    assertThat(row(f, 900901).scheme().category()).contains(SebiCategory.GOLD_ETF);
    // The repurchase price of zero is read past.
    assertThat(row(f, 900901).nav()).contains(Nav.parse("2693.51"));
  }

  @Test
  void read_historyWithPrices() {
    AmfiFile f = read(HISTORY);

    assertThat(f.layout()).isEqualTo(AmfiLayout.HISTORY_WITH_PRICES);
    assertThat(f.problems()).isEmpty();
    assertThat(f.rows()).extracting(r -> r.scheme().code().value())
        .containsExactly(901001, 901002, 901101, 901102);
    assertThat(row(f, 901001).scheme().category()).contains(SebiCategory.LEGACY_GROWTH);
    assertThat(row(f, 901002).scheme().isinReinvestment()).isEmpty();
    assertThat(row(f, 901101).scheme().isinGrowthOrPayout()).isEmpty();
    assertThat(row(f, 901101).scheme().category()).contains(SebiCategory.LIQUID);
    assertThat(row(f, 901102).scheme().name())
        .isEqualTo("Z-OLD-Narmada Cash Fund-Growth Renamed as Narmada Liquid Fund-Growth");
    assertThat(row(f, 901102).date()).isEqualTo(LocalDate.of(2006, 4, 1));
  }

  @Test
  void read_historyWithPlanOption() {
    AmfiFile f = read(HISTORY2);

    assertThat(f.layout()).isEqualTo(AmfiLayout.HISTORY_WITH_PLAN_OPTION);
    assertThat(f.problems()).isEmpty();
    assertThat(f.rows()).extracting(r -> r.scheme().code().value(), AmfiRow::date).containsExactly(
        tuple(901201, LocalDate.of(2026, 5, 15)), tuple(901201, LocalDate.of(2026, 5, 16)),
        tuple(901202, LocalDate.of(2026, 5, 15)), tuple(901203, LocalDate.of(2026, 5, 15)));
    assertThat(f.rows().get(0).scheme()).isEqualTo(f.rows().get(1).scheme());
    assertThat(row(f, 901202).scheme().option())
        .isEqualTo(SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.UNSPECIFIED));
    assertThat(row(f, 901202).scheme().isinReinvestment()).isPresent();
    assertThat(row(f, 901203).scheme().plan()).isEqualTo(Plan.REGULAR);
    assertThat(row(f, 901203).scheme().category()).contains(SebiCategory.LARGE_CAP);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 64, 4096})
  void read_streamInSmallReads_sameAsBytes(int chunk) {
    for (String fixture : List.of(DAILY6, DAILY8, LEGACY, HISTORY, HISTORY2)) {
      byte[] data = Fixtures.bytes(fixture);
      AmfiFile fromBytes = AmfiReader.read(data);
      AmfiFile fromStream = AmfiReader.read(Fixtures.trickle(data, chunk));
      assertThat(fromStream.rows()).as(fixture).isEqualTo(fromBytes.rows());
      assertThat(fromStream.problems()).as(fixture).isEqualTo(fromBytes.problems());
    }
  }

  @Test
  void read_gzip_isRecognised() throws IOException {
    byte[] data = Fixtures.bytes(DAILY6);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(data);
    }
    AmfiFile f = AmfiReader.read(new ByteArrayInputStream(gz.toByteArray()));
    assertThat(f.rows()).isEqualTo(AmfiReader.read(data).rows());
  }

  @Test
  void read_lastLineWithoutTerminator_andLfOnly() {
    String text = AmfiLayout.DAILY.header() + "\n \nKaveri Mutual Fund\n"
        + "900101;-;-;Kaveri Liquid Fund - Growth;1000.5;26-May-2025";
    AmfiFile f = AmfiReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(f.rows()).singleElement().satisfies(r -> {
      assertThat(r.nav()).contains(Nav.parse("1000.5"));
      assertThat(r.scheme().category()).isEmpty();
      assertThat(r.line()).isEqualTo(4);
    });
    AmfiFile s = AmfiReader.read(Fixtures.trickle(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 5));
    assertThat(s.rows()).isEqualTo(f.rows());
  }

  @Test
  void read_rowBeforeAnyFundHouse_isReported() {
    String text = AmfiLayout.DAILY.header() + "\r\nOpen Ended Schemes(Liquid)\r\n"
        + "900101;-;-;Kaveri Liquid Fund - Growth;1000.5;26-May-2025\r\n";
    AmfiFile f = AmfiReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(f.rows()).isEmpty();
    assertThat(f.problems()).extracting(Problem::reason).containsExactly(AmfiReader.REASON_NO_AMC);
  }

  @Test
  void read_sifStyleCode_isReportedNotGuessed() {
    String text = AmfiLayout.DAILY.header() + "\r\nKaveri SIF\r\n"
        + "SIF-120;-;-;Kaveri Equity Long-Short Fund - Growth;10.2;26-May-2026\r\n";
    AmfiFile f = AmfiReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(f.rows()).isEmpty();
    assertThat(f.problems()).extracting(Problem::reason).containsExactly(AmfiReader.REASON_BAD_CODE);
    assertThat(f.dataRowCount()).isEqualTo(1);
  }

  @Test
  void read_blankName_andMarkersForNoNav() {
    String text = AmfiLayout.DAILY.header() + "\nKaveri Mutual Fund\n"
        + "900101;-;-; ;10;26-May-2025\n"
        + "900102;-;-;Kaveri A;n.a.;26-May-2025\n"
        + "900103;-;-;Kaveri B;;26-May-2025\n"
        + "900104;-;-;Kaveri C;-;26-May-2025\n"
        + "900105;-;-;Kaveri D;#N/A;26-May-2025\n"
        + "900106;-;-;Kaveri E; 12.5 ;26-may-2025\n"
        + "900107;-;-;Kaveri F;1,234.5;1-Jan-2024\n";
    AmfiFile f = AmfiReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(f.problems()).extracting(Problem::line, Problem::reason)
        .containsExactly(tuple(3L, AmfiReader.REASON_BLANK_NAME));
    assertThat(f.rows()).extracting(AmfiRow::nav).containsExactly(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(Nav.parse("12.5")),
        Optional.of(Nav.parse("1234.5")));
    assertThat(f.rows().get(5).date()).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"29-Feb-2023", "31-Apr-2026", "00-Jan-2026", "32-Jan-2026", "26-Mai-2025",
      "26-May-25", "2025-05-26", "26/May/2025", "26-May-2025x", ""})
  void read_invalidDate_leavesRowOut(String date) {
    String text = AmfiLayout.DAILY.header() + "\nKaveri Mutual Fund\n"
        + "900101;-;-;Kaveri A;10;" + date + "\n900102;-;-;Kaveri B;10;29-Feb-2024\n";
    AmfiFile f = AmfiReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(f.problems()).extracting(Problem::line, Problem::reason)
        .containsExactly(tuple(3L, AmfiReader.REASON_BAD_DATE));
    assertThat(f.rows()).singleElement().extracting(AmfiRow::date).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void read_longNav_throughBigDecimal() {
    String text = AmfiLayout.DAILY.header() + "\nKaveri Mutual Fund\n"
        + "900101;-;-;Kaveri A;123456789012345678.25;26-May-2025\n"
        + "900102;-;-;Kaveri B;1.123456789;26-May-2025\n";
    AmfiFile f = AmfiReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(f.rows()).extracting(AmfiRow::nav).containsExactly(
        Optional.of(Nav.parse("123456789012345678.25")), Optional.of(Nav.parse("1.12345679")));
  }

  @Test
  void read_namesOfEveryLength_keptWhole() {
    // Rows are kept with their names' bytes in chunks of 64 KiB: names that cross a chunk's end,
    // names longer than a chunk and one longer than 2 MiB (from bytes in memory, which have no line
    // limit), between short ones and around rows left out, in a file of many rows.
    List<String> names = new ArrayList<>();
    StringBuilder text = new StringBuilder(AmfiLayout.DAILY.header())
        .append("\r\n \r\nKaveri Mutual Fund\r\n");
    int code = 900000;
    for (int i = 0; i < 5000; i++) {
      int len = i % 997 == 0 ? 70_000 + i : i == 2500 ? 2_200_000 : 20 + i % 90;
      StringBuilder name = new StringBuilder("Kaveri ").append(i).append(' ');
      while (name.length() < len) {
        name.append((char) ('a' + name.length() % 26));
      }
      if (i % 7 == 0) {
        text.append(code++).append(";-;-;").append(name).append(";N.A.;31-Feb-2025\r\n");
      }
      names.add(name.toString());
      text.append(code++).append(";-;-;  ").append(name).append(" ;10.5;26-May-2025\r\n");
    }
    byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    AmfiFile f = AmfiReader.read(bytes);
    assertThat(f.rows()).extracting(r -> r.scheme().name()).containsExactlyElementsOf(names);
    assertThat(f.rejectedRowCount()).isEqualTo(715);
    AmfiFile streamed = AmfiReader.read(new ByteArrayInputStream(bytes));
    assertThat(streamed.rows()).extracting(r -> r.scheme().name())
        .containsExactlyElementsOf(names.stream().filter(n -> n.length() < 2_000_000).toList());
  }

  @Test
  void read_navZeroAtEightDecimals_isNoNav_notARowThatFailsLater() {
    String text = AmfiLayout.DAILY.header() + "\nKaveri Mutual Fund\n"
        + "900101;-;-;Kaveri A;0.000000001;26-May-2025\n"
        + "900102;-;-;Kaveri B;0.000000005;26-May-2025\n"
        + "900103;-;-;Kaveri C;0.000000000000000000001;26-May-2025\n"
        + "900104;-;-;Kaveri D;0.0000;26-May-2025\n";
    AmfiFile f = AmfiReader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    // Each zero is reported, like 0.0000, and its row is read without a NAV.
    assertThat(f.problems()).extracting(Problem::line).containsExactly(3L, 5L, 6L);
    assertThat(f.problems().get(0).reason()).isEqualTo(f.problems().get(2).reason());
    assertThat(f.rows()).extracting(AmfiRow::nav).containsExactly(Optional.empty(),
        Optional.of(Nav.parse("0.00000001")), Optional.empty(), Optional.empty());
  }

  @Test
  void visit_numbersOnly_matchesRead_andBuildsRowsOnDemand() {
    byte[] data = Fixtures.bytes(DAILY6);
    AmfiFile file = AmfiReader.read(data);
    List<String> numbers = new ArrayList<>();
    List<AmfiRow> built = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    AmfiLayout layout = AmfiReader.visit(data, new AmfiVisitor() {
      @Override
      public void row(AmfiRowView v) {
        numbers.add(v.schemeCode() + " " + (v.hasNav() ? v.navUnscaled() + "e-" + v.navScale() : "-")
            + " " + v.date());
        if (v.schemeCode() == 900202 || v.schemeCode() == 900301) {
          AmfiRow r = v.toRow();
          assertThat(v.toRow()).isSameAs(r);
          assertThat(v.name()).isEqualTo(r.scheme().name());
          assertThat(v.amc()).isEqualTo(r.scheme().amc());
          assertThat(v.category()).isEqualTo(r.scheme().category());
          assertThat(v.structure()).isEqualTo(r.scheme().structure());
          assertThat(v.nav()).isEqualTo(r.nav());
          built.add(r);
        }
      }

      @Override
      public void problem(Problem p) {
        problems.add(p);
      }
    });
    assertThat(layout).isEqualTo(AmfiLayout.DAILY);
    assertThat(numbers).hasSize(file.rows().size()).contains("900101 1076218e-4 2025-05-26",
        "900102 10e-0 2025-05-26", "900103 - 2025-05-26", "900201 - 2015-05-08");
    assertThat(built).containsExactly(row(file, 900202), row(file, 900301));
    // The invalid ISIN of 900202 is reported once, though its row was built twice.
    assertThat(problems).isEqualTo(file.problems());
  }

  @Test
  void visit_layoutIsAnnouncedFirst() {
    List<Object> calls = new ArrayList<>();
    AmfiReader.visit(new ByteArrayInputStream(Fixtures.bytes(HISTORY)), new AmfiVisitor() {
      @Override
      public void layout(AmfiLayout layout) {
        calls.add(layout);
      }

      @Override
      public void row(AmfiRowView row) {
        calls.add(row.schemeCode());
      }

      @Override
      public void problem(Problem problem) {
        calls.add(problem);
      }
    });
    assertThat(calls).containsExactly(AmfiLayout.HISTORY_WITH_PRICES, 901001, 901002, 901101, 901102);
  }

  @Test
  void result_isAParseResultOfTheRows() {
    AmfiFile f = read(DAILY6);
    assertThat(f.result().values()).isEqualTo(f.rows());
    assertThat(f.result().problems()).isEqualTo(f.problems());
    assertThat(f.result().rejectedCount()).isEqualTo(4);
    assertThat(f.result().isComplete()).isFalse();
    assertThat(f.toString()).isEqualTo("AmfiFile[DAILY, 11 rows, 6 problems]");
    Map<String, Integer> byReason = f.problemCountsByReason();
    assertThat(byReason.keySet()).first().isEqualTo(AmfiReader.REASON_ZERO_NAV);
  }
}
