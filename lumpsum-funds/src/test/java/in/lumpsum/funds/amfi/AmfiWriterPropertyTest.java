package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing rows in a layout and reading them back returns the rows. */
class AmfiWriterPropertyTest {

  // Words that name no plan and no option, for the fund part of names.
  private static final List<String> WORDS = List.of("Kaveri", "Narmada", "Nifty", "Bluechip",
      "Banking", "PSU", "Debt", "Equity", "Savings", "Liquid", "Overnight", "Midcap", "Tax", "Saver",
      "Small", "Cap", "Fund", "Index", "50", "Next", "Value", "Focused", "Gilt", "Money", "Market",
      "Children\u2019s", "Caf\u00e9", "\u2013", "&", "(Formerly", "Series)", "XIV", "1100", "Days");

  private static final List<SchemeOption> OPTIONS = options();

  private static List<SchemeOption> options() {
    List<SchemeOption> all = new ArrayList<>(List.of(SchemeOption.GROWTH,
        new SchemeOption(OptionType.BONUS, IdcwFrequency.NONE)));
    for (OptionType t : List.of(OptionType.IDCW_PAYOUT, OptionType.IDCW_REINVESTMENT)) {
      for (IdcwFrequency f : IdcwFrequency.values()) {
        if (f != IdcwFrequency.NONE) {
          all.add(SchemeOption.idcw(t, f));
        }
      }
    }
    return all;
  }

  @Provide
  Arbitrary<Isin> isins() {
    return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(8)
        .map(n -> "INF" + n).map(s -> new Isin(s + Isin.checkDigit(s)));
  }

  @Provide
  Arbitrary<AmfiRow> rows() {
    Arbitrary<String> base = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6)
        .map(ws -> String.join(" ", ws));
    Arbitrary<Plan> plan = Arbitraries.of(Plan.class);
    Arbitrary<SchemeOption> option = Arbitraries.of(OPTIONS);
    Arbitrary<Optional<Isin>> isin = isins().optional(0.7);
    Arbitrary<Optional<Nav>> nav = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"),
        new BigDecimal("99999999.99")).ofScale(4).map(Nav::of).optional(0.9);
    Arbitrary<LocalDate> date = Arbitraries.integers().between(7_000, 21_000).map(LocalDate::ofEpochDay);
    Arbitrary<Amc> amc = Arbitraries.of("Kaveri Mutual Fund", "Narmada Mutual Fund",
        "360 Degrees Mutual Fund", "IL&FS Mutual Fund (IDF)").map(Amc::of);
    Arbitrary<Optional<SebiCategory>> category = Arbitraries.of(SebiCategory.class).optional(0.9);
    Arbitrary<SchemeStructure> structure = Arbitraries.of(SchemeStructure.class);
    Arbitrary<Integer> code = Arbitraries.integers().between(1, SchemeCode.MAX);
    Arbitrary<Scheme.Builder> named = Combinators.combine(code, base, plan, option).as((c, n, p, o) ->
        Scheme.builder().code(SchemeCode.of(c))
            // The plan and option words in the name, as the daily file wrote them until 2026.
            .name(n + " - " + (p == Plan.DIRECT ? "Direct Plan" : "Regular Plan") + " - "
                + AmfiWriter.option(o))
            .plan(p).option(o));
    Arbitrary<Scheme> scheme = Combinators.combine(named, isin, isin, amc, category, structure)
        .as((b, i1, i2, a, c, st) -> b.isinGrowthOrPayout(i1)
            .isinReinvestment(i1.isPresent() && i1.equals(i2) ? Optional.empty() : i2)
            .amc(a).category(c).structure(st).build());
    return Combinators.combine(scheme, nav, date).as((s, n, d) -> new AmfiRow(1, s, n, d, true, true));
  }

  @Provide
  Arbitrary<List<AmfiRow>> rowLists() {
    return rows().list().ofMaxSize(25);
  }

  @Property(tries = 300)
  void formatThenRead_returnsTheRows(@ForAll("rowLists") List<AmfiRow> rows,
      @ForAll AmfiLayout layout) {
    String text = AmfiWriter.format(layout, rows);
    AmfiFile read = AmfiReader.read(text.getBytes(StandardCharsets.UTF_8));

    assertThat(read.layout()).isEqualTo(layout);
    assertThat(read.problems()).isEmpty();
    assertThat(read.rows()).extracting(AmfiRow::scheme).containsExactlyElementsOf(
        rows.stream().map(AmfiRow::scheme).toList());
    assertThat(read.rows()).extracting(AmfiRow::nav).containsExactlyElementsOf(
        rows.stream().map(AmfiRow::nav).toList());
    assertThat(read.rows()).extracting(AmfiRow::date).containsExactlyElementsOf(
        rows.stream().map(AmfiRow::date).toList());
    assertThat(read.rows()).allSatisfy(r -> assertThat(r.planStated() && r.optionStated()).isTrue());
    // The same through a stream in small reads, and through write().
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AmfiWriter.write(layout, rows, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(AmfiReader.read(Fixtures.trickle(out.toByteArray(), 13)).rows())
        .isEqualTo(read.rows());
  }

  @Example
  void heading_readsBackForEveryCategoryAndStructure() {
    for (SchemeStructure st : SchemeStructure.values()) {
      for (SebiCategory c : SebiCategory.values()) {
        String h = AmfiWriter.heading(st, Optional.of(c));
        assertThat(SebiCategory.fromHeading(h)).as(h).contains(c);
        assertThat(SchemeStructure.fromHeading(h)).as(h).contains(st);
      }
      assertThat(SebiCategory.fromHeading(AmfiWriter.heading(st, Optional.empty()))).isEmpty();
    }
  }

  @Example
  void optionWording_readsBack() {
    for (SchemeOption o : OPTIONS) {
      assertThat(SchemeOption.find(AmfiWriter.option(o))).as(o.toString()).contains(o);
    }
  }

  @Example
  void fixtures_writeAndReadBack() {
    for (String fixture : List.of("navall-daily-6-crlf.txt", "navall-daily-8-lf.txt",
        "navall-legacy-prices-crlf.txt", "navhistory-prices-crlf.txt", "navhistory-plan-option-lf.txt")) {
      AmfiFile f = AmfiReader.read(Fixtures.bytes(fixture));
      AmfiFile again = AmfiReader.read(AmfiWriter.format(f.layout(), f.rows())
          .getBytes(StandardCharsets.UTF_8));
      assertThat(again.rows()).extracting(AmfiRow::scheme, AmfiRow::nav, AmfiRow::date)
          .as(fixture).containsExactlyElementsOf(f.rows().stream()
              .map(r -> org.assertj.core.groups.Tuple.tuple(r.scheme(), r.nav(), r.date())).toList());
    }
  }

  @Example
  void write_nameWithSeparator_throws() {
    Scheme s = Scheme.builder().code(SchemeCode.of(1)).name("A;B").amc(Amc.of("Kaveri Mutual Fund"))
        .build();
    AmfiRow row = new AmfiRow(1, s, Optional.empty(), LocalDate.of(2026, 1, 1), true, true);
    assertThatThrownBy(() -> AmfiWriter.format(AmfiLayout.DAILY, List.of(row)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name:");
  }
}
