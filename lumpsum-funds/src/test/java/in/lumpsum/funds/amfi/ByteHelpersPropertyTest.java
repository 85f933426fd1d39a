package in.lumpsum.funds.amfi;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.scheme.Isin;
import in.lumpsum.funds.internal.AmfiDates;
import in.lumpsum.funds.internal.AsciiDecimal;
import in.lumpsum.funds.internal.IsinBytes;
import in.lumpsum.funds.internal.TextRepair;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * The reader's byte-level helpers ({@code in.lumpsum.funds.internal}) agree with the JDK and core: ISIN
 * validation with {@link Isin#isValid}, dates with {@link LocalDate}, decimals with {@link BigDecimal}.
 */
class ByteHelpersPropertyTest {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Provide
  Arbitrary<String> isinLike() {
    Arbitrary<String> valid = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).flatMap(c ->
        Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(9)
            .map(n -> c + n + Isin.checkDigit(c + n)));
    Arbitrary<String> any = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars('a', ' ', '-', ';', '\u00e9').ofMinLength(10).ofMaxLength(13);
    return Arbitraries.oneOf(valid, any);
  }

  @Property(tries = 3000)
  void isinPack_acceptsWhatIsinAccepts_andUnpacks(@ForAll("isinLike") String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    long packed = IsinBytes.pack(b, 0, b.length);
    assertThat(packed != IsinBytes.NONE).as(s).isEqualTo(Isin.isValid(s));
    if (packed != IsinBytes.NONE) {
      assertThat(IsinBytes.unpack(packed)).isEqualTo(s);
      assertThat(IsinBytes.pack(s)).isEqualTo(packed);
    }
  }

  // One cache across the tries, so that later tries find beginnings earlier ones left.
  private final IsinBytes.Cache isinCache = new IsinBytes.Cache();

  @Property(tries = 3000)
  void isinCache_packsAsPackDoes(@ForAll("isinLike") String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    byte[] padded = java.util.Arrays.copyOf(b, b.length + 1);
    assertThat(isinCache.pack(padded, 0, b.length)).as(s).isEqualTo(IsinBytes.pack(b, 0, b.length));
    // Again, now from the cache: the same answer.
    assertThat(isinCache.pack(padded, 0, b.length)).as(s).isEqualTo(IsinBytes.pack(b, 0, b.length));
  }

  @Example
  void isinCache_sameBeginningOtherEnds() {
    IsinBytes.Cache cache = new IsinBytes.Cache();
    for (String s : new String[] {"INF209K01157", "INF209K01165", "INF209K01166", "INF209K0115A",
        "INF209K01AB2", "INF209K0115", "INF209k01157"}) {
      byte[] b = ascii(s);
      assertThat(cache.pack(b, 0, b.length)).as(s).isEqualTo(IsinBytes.pack(b, 0, b.length));
      assertThat(cache.pack(b, 0, b.length) != IsinBytes.NONE).as(s).isEqualTo(Isin.isValid(s));
    }
  }

  @Property(tries = 2000)
  void dates_formatThenParse(@ForAll @IntRange(min = -25_000, max = 40_000) int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    byte[] b = ascii(AmfiDates.format(d));
    assertThat(new AmfiDates().parse(b, 0, b.length)).isEqualTo(d);
  }

  @Example
  void dates_strictAgainstJavaTime() {
    String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    AmfiDates dates = new AmfiDates();
    for (int year : new int[] {1900, 2000, 2023, 2024, 2026, 2100}) {
      for (int m = 1; m <= 12; m++) {
        for (int day = 0; day <= 33; day++) {
          String text = String.format("%02d-%s-%d", day, months[m - 1], year);
          LocalDate expected;
          try {
            expected = LocalDate.of(year, m, day);
          } catch (DateTimeException invalid) {
            expected = null;
          }
          byte[] b = ascii(text);
          assertThat(dates.parse(b, 0, b.length)).as(text).isEqualTo(expected);
          byte[] upper = ascii(text.toUpperCase(java.util.Locale.ROOT));
          assertThat(dates.parse(upper, 0, upper.length)).as(text).isEqualTo(expected);
        }
      }
    }
    byte[] oneDigit = ascii("1-Apr-2006");
    assertThat(dates.parse(oneDigit, 0, oneDigit.length)).isEqualTo(LocalDate.of(2006, 4, 1));
  }

  @Property(tries = 2000)
  void decimal_isBigDecimal(@ForAll @BigRange(min = "0", max = "999999999") @Scale(8) BigDecimal v,
      @ForAll @IntRange(min = 0, max = 8) int scale) {
    BigDecimal value = v.setScale(scale, java.math.RoundingMode.DOWN);
    String text = value.toPlainString();
    byte[] b = ascii(text);
    long packed = AsciiDecimal.parse(b, 0, b.length);
    assertThat(packed).isNotNegative();
    assertThat(BigDecimal.valueOf(AsciiDecimal.unscaled(packed), AsciiDecimal.scale(packed)))
        .isEqualTo(value);
    byte[] dot = ascii(value.setScale(0, java.math.RoundingMode.DOWN).toPlainString() + ".");
    assertThat(AsciiDecimal.scale(AsciiDecimal.parse(dot, 0, dot.length))).isZero();
  }

  @Example
  void decimal_rejectsAndOverflows() {
    for (String bad : new String[] {"", ".", "abc", "1.2.3", "-1", "1e5", "N.A.", "1 0", ",1"}) {
      byte[] b = ascii(bad);
      assertThat(AsciiDecimal.parse(b, 0, b.length)).as(bad).isEqualTo(AsciiDecimal.INVALID);
    }
    byte[] big = ascii("123456789012345678.5");
    assertThat(AsciiDecimal.parse(big, 0, big.length)).isEqualTo(AsciiDecimal.TOO_LONG);
    assertThat(AsciiDecimal.parseLong(big, 0, big.length)).isEqualTo(new BigDecimal("123456789012345678.5"));
    byte[] zeros = ascii("000000000000000000012.5");
    assertThat(AsciiDecimal.unscaled(AsciiDecimal.parse(zeros, 0, zeros.length))).isEqualTo(125);
    byte[] commas = ascii("1,234.50");
    long p = AsciiDecimal.parse(commas, 0, commas.length);
    assertThat(BigDecimal.valueOf(AsciiDecimal.unscaled(p), AsciiDecimal.scale(p)))
        .isEqualTo(new BigDecimal("1234.50"));
  }

  /** UTF-8 bytes read as Windows-1252; its five undefined bytes as Latin-1 reads them. */
  private static String mojibake(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {x}, Charset.forName("windows-1252"));
      b.append(c.equals("\ufffd") ? (char) (x & 0xFF) : c.charAt(0));
    }
    return b.toString();
  }

  @Example
  void repair_undoesDoubleEncoding_andLeavesGoodTextAlone() {
    assertThat(TextRepair.repair("Motilal Contra Fund - Direct \u00e2\u20ac\u201c Growth"))
        .isEqualTo("Motilal Contra Fund - Direct \u2013 Growth");
    assertThat(TextRepair.repair("Children\u00e2\u20ac\u2122s Fund")).isEqualTo("Children\u2019s Fund");
    for (String good : new String[] {"Children\u2019s Fund", "Caf\u00e9 Fund", "\u00c3 la carte", "Plain",
        "\u2013", "\u00a0Fund", "", "\u00e9\u2013\u2013", "\u20b9 Fund"}) {
      assertThat(TextRepair.repair(good)).isEqualTo(good);
    }
    // Twice double-encoded is repaired too.
    assertThat(TextRepair.repair(mojibake(mojibake("A \u2013 B")))).isEqualTo("A \u2013 B");
  }

  @Property
  void repair_ofMojibake_isTheText(@ForAll("names") String text) {
    assertThat(TextRepair.repair(mojibake(text))).isEqualTo(text);
    assertThat(TextRepair.repair(text)).isEqualTo(text);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '\u2013', '\u2019',
        '\u201c', '\u201d', '\u20b9', '\u00e9', '\u0905').ofMinLength(1).ofMaxLength(30)
        // A genuine Latin-1 letter right after another non-ASCII character could itself be
        // double-encoding ("Ã©" is how "é" reads); AMFI's names have none, so such text is left out.
        .filter(s -> !s.matches(".*[\u0080-\uffff]\u00e9.*"));
  }

  @Example
  void decode_notUtf8_isWindows1252() {
    byte[] b = {'C', 'h', 'i', 'l', 'd', 'r', 'e', 'n', (byte) 0x92, 's'};
    assertThat(TextRepair.decode(b, 0, b.length, false)).isEqualTo("Children\u2019s");
  }
}
