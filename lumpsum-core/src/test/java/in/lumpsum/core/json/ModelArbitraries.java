package in.lumpsum.core.json;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.money.Units;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.AssetClass;
import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.IsinField;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SchemeStructure;
import in.lumpsum.core.scheme.SebiCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of valid lumpsum model values, for the JSON round-trip properties. */
final class ModelArbitraries {

  /** Text that exercises JSON escaping: quotes, backslashes, control characters, non-ASCII. */
  private static final String SPECIAL_CHARS = "\"\\/\n\r\t\b\f\u0001\u001f\u007f éàअ₹–’&()";

  static final String UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private ModelArbitraries() {}

  /**
   * Strings over an alphabet. (jqwik's strings are slow over several ranges or many single characters;
   * one contiguous range mapped through the alphabet is fast.)
   */
  static Arbitrary<String> over(String alphabet, int minLength, int maxLength) {
    char base = '\u0100';
    return Arbitraries.strings().withCharRange(base, (char) (base + alphabet.length() - 1))
        .ofMinLength(minLength).ofMaxLength(maxLength)
        .map(s -> {
          char[] out = new char[s.length()];
          for (int i = 0; i < out.length; i++) {
            out[i] = alphabet.charAt(s.charAt(i) - base);
          }
          return new String(out);
        });
  }

  static Arbitrary<SchemeCode> schemeCodes() {
    return Arbitraries.integers().between(1, SchemeCode.MAX).edgeCases(c -> c.add(1, SchemeCode.MAX))
        .map(SchemeCode::of);
  }

  /** Valid ISINs, with the check digit from {@link Isin#checkDigit}; most of them Indian fund ISINs. */
  static Arbitrary<Isin> isins() {
    Arbitrary<String> country = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just("INF")),
        Tuple.of(1, Arbitraries.strings().withCharRange('A', 'Z').ofLength(3)));
    Arbitrary<String> rest = over(UPPER_ALPHANUMERIC, 8, 8);
    return Combinators.combine(country, rest).as((c, r) -> c + r)
        .map(first11 -> new Isin(first11 + Isin.checkDigit(first11)));
  }

  /**
   * Non-blank text of printable ASCII with, in most values, a few characters that JSON must escape or
   * that are not ASCII. (Built from plain parts: jqwik's {@code withChars} is slow for many characters.)
   */
  static Arbitrary<String> text(int maxLength) {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(maxLength / 2);
    Arbitrary<String> special = Arbitraries.of(SPECIAL_CHARS.toCharArray()).list().ofMaxSize(3)
        .map(cs -> cs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
    return Combinators.combine(plain, special, plain)
        .as((a, b, c) -> {
          String t = a + b + c;
          return t.length() > maxLength ? t.substring(0, maxLength) : t;
        })
        .filter(t -> !t.isBlank());
  }

  static Arbitrary<Amc> amcs() {
    return Arbitraries.oneOf(
        Arbitraries.of("HDFC Mutual Fund", "Aditya Birla Sun Life Mutual Fund", "quant Mutual Fund"),
        text(40)).map(Amc::of);
  }

  /** Decimals with a random scale from 0 to {@code maxScale}, both signs unless positive. */
  static Arbitrary<BigDecimal> decimals(int maxScale, boolean positive) {
    Arbitrary<Long> unscaled = positive
        ? Arbitraries.longs().between(1, 999_999_999_999_999L)
        : Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L);
    return Combinators.combine(unscaled, Arbitraries.integers().between(0, maxScale))
        .as(BigDecimal::valueOf);
  }

  static Arbitrary<Money> money() {
    return decimals(6, false).map(Money::of);
  }

  static Arbitrary<Units> units() {
    return decimals(6, false).map(Units::of);
  }

  /** NAVs with zero to eight decimals, as AMFI publishes them. */
  static Arbitrary<Nav> navs() {
    return decimals(Nav.MAX_SCALE, true).map(Nav::of);
  }

  static Arbitrary<Enum<?>> enums() {
    return Arbitraries.oneOf(Arbitraries.of(Plan.class), Arbitraries.of(OptionType.class),
        Arbitraries.of(IdcwFrequency.class), Arbitraries.of(SebiCategory.class),
        Arbitraries.of(SchemeStructure.class), Arbitraries.of(AssetClass.class),
        Arbitraries.of(IsinField.Status.class));
  }

  /** Every valid option: growth and bonus without frequency, IDCW with any frequency but NONE. */
  static Arbitrary<SchemeOption> schemeOptions() {
    Arbitrary<SchemeOption> idcw = Combinators.combine(
            Arbitraries.of(OptionType.IDCW_PAYOUT, OptionType.IDCW_REINVESTMENT),
            Arbitraries.of(IdcwFrequency.class).filter(f -> f != IdcwFrequency.NONE))
        .as(SchemeOption::idcw);
    return Arbitraries.oneOf(Arbitraries.just(SchemeOption.GROWTH),
        Arbitraries.just(new SchemeOption(OptionType.BONUS, IdcwFrequency.NONE)), idcw);
  }

  /** Schemes with and without each optional and defaulted attribute. */
  static Arbitrary<Scheme> schemes() {
    return Builders.withBuilder(Scheme::builder)
        .use(schemeCodes()).in((b, v) -> b.code(v))
        .use(text(80)).in((b, v) -> b.name(v))
        .use(amcs()).in((b, v) -> b.amc(v))
        .use(isins().optional(0.7)).in((b, v) -> b.isinGrowthOrPayout(v))
        .use(isins().optional(0.3)).in((b, v) -> b.isinReinvestment(v))
        .use(Arbitraries.of(Plan.class).optional(0.8)).in((b, v) -> {
          v.ifPresent(b::plan);
          return b;
        })
        .use(schemeOptions().optional(0.8)).in((b, v) -> {
          v.ifPresent(b::option);
          return b;
        })
        .use(Arbitraries.of(SebiCategory.class).optional(0.8)).in((b, v) -> b.category(v))
        .use(Arbitraries.of(SchemeStructure.class).optional(0.8)).in((b, v) -> {
          v.ifPresent(b::structure);
          return b;
        })
        .build(b -> b)
        // Scheme's own check: the two ISINs differ.
        .filter(b -> {
          try {
            b.build();
            return true;
          } catch (RuntimeException invalid) {
            return false;
          }
        })
        .map(Scheme.Builder::build);
  }

  /** ISIN fields as AMFI files hold them: valid, padded, lower-case, missing the I, markers, junk. */
  static Arbitrary<IsinField> isinFields() {
    Arbitrary<String> raw = Arbitraries.oneOf(
        isins().map(Isin::value),
        isins().map(i -> " " + i.value().toLowerCase(Locale.ROOT) + " "),
        isins().filter(i -> i.value().startsWith("INF")).map(i -> i.value().substring(1)),
        Arbitraries.of("", "-", "NOTAPP", "#N/A", "N.A.", "Redeemed", "HDFCNIVODG", "INF179K01BE3"),
        text(14));
    return raw.map(IsinField::read);
  }

  static Arbitrary<Stamped> stamped() {
    Arbitrary<LocalDate> dates = dates(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31));
    Arbitrary<Instant> instants =
        instants(Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"));
    Arbitrary<Optional<Nav>> navs = navs().optional(0.5);
    Arbitrary<OptionalLong> sequences = Arbitraries.longs().optional(0.5)
        .map(o -> o.map(OptionalLong::of).orElseGet(OptionalLong::empty));
    return Combinators.combine(dates, instants, navs, sequences).as(Stamped::new);
  }

  static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Instants to the nanosecond, a third of them on a whole second. */
  static Arbitrary<Instant> instants(Instant from, Instant to) {
    Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0)),
        Tuple.of(2, Arbitraries.integers().between(0, 999_999_999)));
    return Combinators.combine(
            Arbitraries.longs().between(from.getEpochSecond(), to.getEpochSecond() - 1), nanos)
        .as(Instant::ofEpochSecond);
  }

  /** Members of the sealed test hierarchy, nested up to two levels, with built values among them. */
  static Arbitrary<Event> events() {
    Arbitrary<Event> leaves = leafEvents();
    Arbitrary<Event> batches = Combinators.combine(
            leaves.list().ofMaxSize(4),
            Arbitraries.maps(schemeCodes(), money()).ofMaxSize(3))
        .as(Event.Batch::new);
    return Arbitraries.frequencyOf(
        Tuple.of(6, leaves),
        Tuple.of(2, batches),
        Tuple.of(2, memos(Arbitraries.oneOf(leaves, batches))));
  }

  private static Arbitrary<Event> leafEvents() {
    Arbitrary<LocalDate> dates = dates(LocalDate.of(2006, 4, 1), LocalDate.of(2035, 3, 31));
    Arbitrary<Instant> instants =
        instants(Instant.parse("2006-04-01T00:00:00Z"), Instant.parse("2035-03-31T00:00:00Z"));
    return Arbitraries.oneOf(
        Combinators.combine(schemeCodes(), dates, navs()).as(Event.NavSeen::new),
        Combinators.combine(schemes(), instants, isins().optional(0.5)).as(Event.Listed::new),
        text(30).map(Event.Note::new),
        Arbitraries.just(new Event.Ping()),
        Combinators.combine(money(), units()).as(Event.Paid::new),
        Combinators.combine(money(), text(30)).as(Event.Refunded::new));
  }

  static Arbitrary<Event> memos(Arbitrary<Event> nested) {
    return Builders.withBuilder(Memo::builder)
        .use(text(30)).in((b, v) -> b.title(v))
        .use(money().optional(0.5)).in((b, v) -> b.amount(v))
        .use(isins().list().ofMaxSize(3)).in((b, v) -> b.isins(v))
        .use(Arbitraries.maps(schemeCodes(), units()).ofMaxSize(3)).in((b, v) -> b.units(v))
        .use(Arbitraries.of(Plan.class).set()).in((b, v) -> b.plans(v))
        .use(Arbitraries.integers().optional(0.5)).in((b, v) -> {
          v.ifPresent(b::priority);
          return b;
        })
        .use(Arbitraries.integers().optional(0.5)).in((b, v) -> {
          v.ifPresent(b::version);
          return b;
        })
        .use(decimals(10, false)).in((b, v) -> b.rate(v))
        .use(nested.optional(0.3)).in((b, v) -> b.cause(v))
        .use(nested.list().ofMaxSize(2)).in((b, v) -> b.related(v))
        .build(b -> (Event) b.build())
        // Ten attributes' edge cases combine into thousands: random values cover them well enough.
        .withoutEdgeCases();
  }
}
