package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fund houses carried across section headings when AMFI leaves out the fund-house line, and whether
 * each row stated its plan and option (issue 3), on {@code navall-amc-across-headings-lf.txt}.
 */
class AmfiSectionsTest {

  private static final String FIXTURE = "navall-amc-across-headings-lf.txt";
  private static final Amc GODAVARI = Amc.of("Godavari Mutual Fund");
  private static final Amc TAPTI = Amc.of("Tapti Mutual Fund");

  /** Code, fund house, structure and category of every row, in file order. */
  private static final List<Object[]> SECTIONS = List.of(
      new Object[] {902101, GODAVARI, SchemeStructure.OPEN_ENDED, SebiCategory.LARGE_CAP},
      new Object[] {902102, GODAVARI, SchemeStructure.OPEN_ENDED, SebiCategory.LARGE_CAP},
      new Object[] {902103, GODAVARI, SchemeStructure.OPEN_ENDED, SebiCategory.LARGE_CAP},
      // The fund-house line is left out after the heading: Godavari carries over.
      new Object[] {902201, GODAVARI, SchemeStructure.OPEN_ENDED, SebiCategory.CONTRA},
      // Again, into another structure.
      new Object[] {902301, GODAVARI, SchemeStructure.CLOSE_ENDED, SebiCategory.LEGACY_INCOME},
      new Object[] {902401, TAPTI, SchemeStructure.CLOSE_ENDED, SebiCategory.LEGACY_INCOME},
      // Two headings in a row, no fund-house line: the last heading holds, Tapti carries over.
      new Object[] {902501, TAPTI, SchemeStructure.OPEN_ENDED, SebiCategory.BANKING_AND_PSU});

  private static List<Object[]> sections(AmfiFile f) {
    List<Object[]> out = new ArrayList<>();
    for (AmfiRow r : f.rows()) {
      out.add(new Object[] {r.scheme().code().value(), r.scheme().amc(), r.scheme().structure(),
          r.scheme().category().orElse(null)});
    }
    return out;
  }

  @Test
  void read_fundHouseOmittedAfterHeading_carriesOver() {
    AmfiFile f = AmfiReader.read(Fixtures.bytes(FIXTURE));

    assertThat(f.layout()).isEqualTo(AmfiLayout.DAILY_WITH_PLAN_OPTION);
    assertThat(f.problems()).isEmpty();
    assertThat(sections(f)).containsExactlyElementsOf(SECTIONS);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 64})
  void read_streamed_carriesOverAcrossBufferBoundaries(int chunk) {
    AmfiFile f = AmfiReader.read(Fixtures.trickle(Fixtures.bytes(FIXTURE), chunk));

    assertThat(sections(f)).containsExactlyElementsOf(SECTIONS);
  }

  @Test
  void visit_viewSeesTheCarriedFundHouse() {
    List<Object[]> seen = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    AmfiReader.visit(Fixtures.bytes(FIXTURE), new AmfiVisitor() {
      @Override
      public void row(AmfiRowView v) {
        seen.add(new Object[] {v.schemeCode(), v.amc(), v.structure(), v.category().orElse(null)});
      }

      @Override
      public void problem(Problem p) {
        problems.add(p);
      }
    });

    assertThat(problems).isEmpty();
    assertThat(seen).containsExactlyElementsOf(SECTIONS);
  }

  @Test
  void read_planAndOptionStated_inColumnsInNameOrNowhere() {
    AmfiFile f = AmfiReader.read(Fixtures.bytes(FIXTURE));

    assertThat(f.rows()).extracting(r -> r.scheme().code().value(), AmfiRow::planStated,
        AmfiRow::optionStated).containsExactly(
            tuple(902101, true, true),    // both columns
            tuple(902102, true, true),    // blank columns, words in the name
            tuple(902103, false, false),  // nowhere: the Scheme defaults stand in
            tuple(902201, true, true),
            tuple(902301, false, true),   // "Growth" in the name, no plan word
            tuple(902401, true, true),
            tuple(902501, true, true));
    AmfiRow named = f.rows().get(1);
    assertThat(named.scheme().plan()).isEqualTo(Plan.REGULAR);
    assertThat(named.scheme().option())
        .isEqualTo(SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.UNSPECIFIED));
    AmfiRow defaulted = f.rows().get(2);
    assertThat(defaulted.scheme().plan()).isEqualTo(Plan.REGULAR);
    assertThat(defaulted.scheme().option()).isEqualTo(SchemeOption.GROWTH);
    assertThat(f.rows().get(5).scheme().option())
        .isEqualTo(SchemeOption.idcw(OptionType.IDCW_PAYOUT, IdcwFrequency.UNSPECIFIED));
    assertThat(f.rows().get(0).scheme().plan()).isEqualTo(Plan.DIRECT);
  }
}
