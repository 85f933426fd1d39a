package in.lumpsum.store.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.nav.NavPoint;
import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.Amc;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CodecsTest {

  private static NavSeries daily(int n, String start, long startUnscaled, int scale) {
    NavSeries.Builder b = NavSeries.builder();
    LocalDate d = LocalDate.parse(start);
    long v = startUnscaled;
    for (int i = 0; i < n; i++) {
      b.add(d, BigDecimal.valueOf(v, scale));
      d = d.plusDays(d.getDayOfWeek().getValue() == 5 ? 3 : 1);
      v += (i * 7919L % 41) - 20;
    }
    return b.build();
  }

  @Test
  public void series_roundTripsExactly_atItsScale() {
    NavSeries s = daily(5000, "2006-04-03", 100_000, 4);

    byte[] bytes = Codecs.SERIES.encode(s);
    NavSeries back = Codecs.SERIES.decode(bytes);

    assertThat(back).isEqualTo(s);
    assertThat(back.scale()).isEqualTo(4);
    // Business days a few paise apart: well under the 8 bytes a point of a plain long pair.
    assertThat(bytes.length).isLessThan(4 * s.size());
  }

  @Test
  public void series_trailingZerosKeepTheScale() {
    NavSeries s = NavSeries.of(java.util.List.of(NavPoint.of(LocalDate.parse("2025-05-22"), "10.5000"),
        NavPoint.of(LocalDate.parse("2025-05-23"), "11.0000")));

    assertThat(Codecs.SERIES.decode(Codecs.SERIES.encode(s)).scale()).isEqualTo(4);
  }

  @Test
  public void series_empty_roundTrips() {
    assertThat(Codecs.SERIES.decode(Codecs.SERIES.encode(NavSeries.empty())).isEmpty()).isTrue();
  }

  @Test
  public void series_truncatedOrUnknownFormat_isRejected() {
    byte[] bytes = Codecs.SERIES.encode(daily(10, "2025-01-01", 1000, 2));

    assertThatThrownBy(() -> Codecs.SERIES.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
    bytes[0] = 9;
    assertThatThrownBy(() -> Codecs.SERIES.decode(bytes))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format 9");
  }

  @Test
  public void codes_roundTripAscending() {
    Set<SchemeCode> codes = new TreeSet<>(java.util.List.of(SchemeCode.of(152000), SchemeCode.of(100027),
        SchemeCode.of(119551)));

    assertThat(Codecs.CODES.decode(Codecs.CODES.encode(codes))).containsExactlyElementsOf(codes);
    assertThat(Codecs.CODES.decode(Codecs.CODES.encode(Set.of()))).isEmpty();
  }

  @Test
  public void count_roundTrips() {
    assertThat(Codecs.COUNT.decode(Codecs.COUNT.encode(0))).isZero();
    assertThat(Codecs.COUNT.decode(Codecs.COUNT.encode(16_384))).isEqualTo(16_384);
  }

  @Test
  public void optionalScheme_roundTripsPresentAndAbsent() {
    ValueCodec<Optional<Scheme>> codec = Codecs.optionalScheme(JsonCodec.standard());
    Scheme s = Scheme.builder().code(SchemeCode.of(119551))
        .name("HDFC Flexi Cap Fund - Direct Plan - Growth").amc(Amc.of("HDFC Mutual Fund"))
        .plan(Plan.DIRECT).build();

    assertThat(codec.decode(codec.encode(Optional.of(s)))).contains(s);
    assertThat(codec.decode(codec.encode(Optional.empty()))).isEmpty();
  }
}
