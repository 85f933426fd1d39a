package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.funds.internal.OptionWords;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The byte-level plan and option finder ({@code in.lumpsum.funds.internal.OptionWords}, which the
 * reader uses for speed) gives exactly what core's {@link Plan#find} and {@link SchemeOption#find}
 * give. (It lives beside the reader's tests: this module's tests are kept in the reader's package.)
 */
class OptionWordsPropertyTest {

  private static final List<String> PIECES = List.of("direct", "dir", "regular", "reg", "retail",
      "normal", "idcw", "dcw", "dividend", "div", "payout", "pay", "out", "transfer", "growth", "gr",
      "cumulative", "accumulation", "bonus", "daily", "weekly", "fortnightly", "monthly", "quarterly",
      "half", "yearly", "halfyearly", "semi", "annual", "annually", "reinvest", "reinvestment", "re",
      "investment", "reinv", "income", "distribution", "cum", "capital", "withdrawal", "plan", "option",
      "fund", "nifty", "50", "2", "x", "grow", "direc", "incomes", "distributions", "yearl", "retails",
      "Direct", "GROWTH", "IDCW", "Re-investment", "Pay-out", "Half-Yearly", "Semi-Annual",
      "Income-Distribution", "xincome", "distributionx", "tourism", "\u2013", "\u2019s", "caf\u00e9");
  private static final List<String> SEPARATORS = List.of(" ", " - ", "-", "  ", "(", ")", "/", ".",
      "&", "_", "", "\t", ",");

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> piece = Arbitraries.of(PIECES).flatMap(p -> Arbitraries.of(
        p, p.toUpperCase(java.util.Locale.ROOT), Character.toUpperCase(p.charAt(0)) + p.substring(1)));
    Arbitrary<String> sep = Arbitraries.of(SEPARATORS);
    return Arbitraries.lazy(() -> piece.list().ofMinSize(0).ofMaxSize(8).flatMap(ps ->
        sep.list().ofSize(ps.size() + 1).map(ss -> {
          StringBuilder b = new StringBuilder(ss.get(0));
          for (int i = 0; i < ps.size(); i++) {
            b.append(ps.get(i)).append(ss.get(i + 1));
          }
          return b.toString();
        })));
  }

  @Property(tries = 3000)
  void findPlan_isCores(@ForAll("text") String text) {
    assertThat(OptionWords.findPlan(text)).isEqualTo(Plan.find(text));
  }

  @Property(tries = 3000)
  void findOption_isCores(@ForAll("text") String text) {
    assertThat(OptionWords.findOption(text)).isEqualTo(SchemeOption.find(text));
  }

  @Property
  void findOption_anyAsciiText_isCores(@ForAll String text) {
    assertThat(OptionWords.findOption(text)).isEqualTo(SchemeOption.find(text));
    assertThat(OptionWords.findPlan(text)).isEqualTo(Plan.find(text));
  }

  @Example
  void wordingsFromTheRealFiles() {
    for (String t : List.of("IDCW (Income Distribution CUM Capital Withdrawal)", "MONTHLY DCW Payout",
        "IDCW-Re-investment", "Growth Option", "GROWTH", "Half yearly IDCW", "Semi Annual IDCW",
        "Payout of Income Distribution cum capital withdrawal option", "Daily IDCW Reinvestment",
        "Weekly IDCW Payout / Reinvestment Option", "Quaterly IDCW", "Flexi IDCW", "Bonus Option - Principal Units",
        "Kotak Nifty India Tourism Index Fund-Direct Plan-IDCW Option", "HSBC Liquid Fund -  Growth Direct",
        "TRUSTMF BANKING & PSU FUND DIRECT PLAN ANNUAL INCOME DISTRIBUTION CUM CAPITAL WITHDRAWAL OPTION")) {
      assertThat(OptionWords.findOption(t)).as(t).isEqualTo(SchemeOption.find(t));
      assertThat(OptionWords.findPlan(t)).as(t).isEqualTo(Plan.find(t));
    }
  }

  @Example
  void optionIndex_roundTrips() {
    for (int i = 0; i < 18; i++) {
      assertThat(OptionWords.index(OptionWords.optionAt(i))).isEqualTo(i);
    }
  }
}
