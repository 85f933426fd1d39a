package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.money.Nav;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Scheme codes and NAVs of every length the reader reads in place (one to eight digits, and up to
 * seventeen digits with up to four after the point, as AMFI writes them) come out as written, the number's digits at every
 * position of the eight-byte words it is read in.
 */
class AmfiNumbersPropertyTest {

  private static final String HEADER =
      "Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date";

  @Property(tries = 1000)
  void codeAndNav_readAsWritten(@ForAll @IntRange(min = 1, max = 99_999_999) int code,
      @ForAll @LongRange(min = 1, max = 99_999_999_999_999_999L) long unscaled,
      @ForAll @IntRange(min = 0, max = 4) int scale, @ForAll @IntRange(min = 0, max = 7) int pad,
      @ForAll boolean crlf) {
    BigDecimal nav = new BigDecimal(BigInteger.valueOf(unscaled), scale);
    String navText = nav.toPlainString();
    String nl = crlf ? "\r\n" : "\n";
    // The name's length moves the NAV within the eight-byte words.
    String text = HEADER + nl + nl + "Some Mutual Fund" + nl + nl + code + ";-;-;Fund " + "x".repeat(pad)
        + ";" + navText + ";26-May-2025" + nl;
    AmfiFile f = AmfiReader.read(text.getBytes(StandardCharsets.US_ASCII));
    assertThat(f.problems()).isEmpty();
    assertThat(f.rows()).hasSize(1);
    AmfiRow row = f.rows().get(0);
    assertThat(row.scheme().code().value()).isEqualTo(code);
    assertThat(row.nav()).contains(new Nav(nav));
  }
}
