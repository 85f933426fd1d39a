package in.lumpsum.funds.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SchemeNamesPropertyTest {

  private static final List<String> SUFFIXES = List.of(" - Direct Plan - Growth",
      " - Regular Plan - IDCW Payout", "-GROWTH PLAN-Growth Option", " - Direct - Monthly IDCW Reinvestment",
      " Regular IDCWPayout", " - Income Distribution cum Capital Withdrawal Option (IDCW)",
      " (Formerly Old Name Fund)", " - Half Yearly - IDCW", "");

  @Property
  void planOptionWordsAndCaseNeverChangeTheIdentity(@ForAll("names") String name,
      @ForAll("suffixes") String suffix, @ForAll boolean upper) {
    String listed = upper ? (name + suffix).toUpperCase() : name + suffix;
    assertThat(SchemeNames.identityKey(listed)).isEqualTo(SchemeNames.identityKey(name));
    assertThat(SchemeNames.sameFund(listed, name, false)).isTrue();
  }

  @Property
  void aNewWordIsAlwaysARename(@ForAll("names") String name) {
    assertThat(SchemeNames.sameFund(name + " - Growth", name + " Zyxwvut Fund", true)).isFalse();
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.of("Kaveri", "Narmada", "Flexi", "Cap", "Liquid", "Gilt",
        "Nifty", "50", "Index", "Small", "Banking", "PSU", "Debt", "Arbitrage", "Value", "Focused");
    return word.list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws) + " Fund");
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of(SUFFIXES);
  }
}
