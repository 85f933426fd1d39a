package in.lumpsum.funds.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.money.Nav;
import in.lumpsum.core.scheme.SchemeCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NavQuoteTest {

  private static final SchemeCode CODE = SchemeCode.of(119551);
  private static final LocalDate SAT = LocalDate.of(2026, 8, 15);
  private static final LocalDate FRI = LocalDate.of(2026, 8, 14);

  @Test
  void constructorOf010_isNotStale() {
    NavQuote q = new NavQuote(CODE, SAT, FRI, Nav.parse("114"), NavPolicy.VALUATION, "amfi");

    assertThat(q.stale()).isFalse();
    assertThat(q).isEqualTo(
        new NavQuote(CODE, SAT, FRI, Nav.parse("114"), NavPolicy.VALUATION, "amfi", false));
    assertThat(q.gapDays()).isEqualTo(1);
  }

  @Test
  void stale_isPartOfTheValue() {
    NavQuote stale = new NavQuote(CODE, SAT, FRI, Nav.parse("114"), NavPolicy.VALUATION, "mfapi",
        true);

    assertThat(stale.stale()).isTrue();
    assertThat(stale).isNotEqualTo(
        new NavQuote(CODE, SAT, FRI, Nav.parse("114"), NavPolicy.VALUATION, "mfapi"));
    assertThat(stale.toString()).contains("stale=true");
  }

  @Test
  void staleFromTheStore_meansOnlyStaleCopiesAnswered_andNullsAreNamed() {
    // The store answered because the sources' stale copies held nothing newer.
    assertThat(new NavQuote(CODE, SAT, FRI, Nav.parse("114"), NavPolicy.VALUATION,
        NavService.STORE, true).stale()).isTrue();
    assertThatThrownBy(() -> new NavQuote(CODE, SAT, FRI, Nav.parse("114"), NavPolicy.VALUATION,
        null, false))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
  }
}
