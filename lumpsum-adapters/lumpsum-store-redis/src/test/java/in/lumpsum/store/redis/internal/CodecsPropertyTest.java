package in.lumpsum.store.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodecsPropertyTest {

  /**
   * Any series, over the whole date and NAV range a {@link NavPoint} allows, reads back equal.
   *
   * @param points the points
   */
  @Property(tries = 300)
  void series_encodeThenDecode_givesItBack(@ForAll("points") List<NavPoint> points) {
    NavSeries s = NavSeries.builder().replaceDuplicates(true).addAll(points).build();

    assertThat(Codecs.SERIES.decode(Codecs.SERIES.encode(s))).isEqualTo(s);
  }

  @Provide
  Arbitrary<List<NavPoint>> points() {
    long first = NavPoint.MIN_DATE.toEpochDay();
    long last = NavPoint.MAX_DATE.toEpochDay();
    Arbitrary<LocalDate> dates = Arbitraries.oneOf(
        Arbitraries.longs().between(first, last),
        Arbitraries.longs().between(13000, 13400)).map(LocalDate::ofEpochDay);
    Arbitrary<BigDecimal> navs = Combinators.combine(
        Arbitraries.longs().between(1, 999_999_999_999L), Arbitraries.integers().between(0, 8))
        .as(BigDecimal::valueOf)
        .filter(v -> v.compareTo(NavPoint.NAV_LIMIT) < 0);
    return Combinators.combine(dates, navs).as(NavPoint::new).list().ofMaxSize(300);
  }
}
