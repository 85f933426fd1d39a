package in.lumpsum.funds.nav.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.core.nav.NavSeries;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.funds.client.MfApiClient;
import in.lumpsum.funds.client.SourceUnavailableException;
import in.lumpsum.funds.nav.spi.SourceAnswer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MfApiSourceTest extends SourcesTestSupport {

  static final SchemeCode KAVERI = SchemeCode.of(950301);

  @Test
  void history_wholeHistoryFetchedOnce_thenSliced() {
    MfApiSource source = MfApiSource.of(mfapiClientBuilder().build());

    NavSeries november = source.history(KAVERI, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 19));
    NavSeries october = source.history(KAVERI, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

    assertThat(november.toList()).extracting(p -> p.date().toString())
        .containsExactly("2026-11-17", "2026-11-18", "2026-11-19");
    assertThat(november.navAt(1)).isEqualByComparingTo("221.40000");
    assertThat(october.size()).isEqualTo(3);
    assertThat(source.history(KAVERI, LocalDate.of(2026, 10, 7), LocalDate.of(2026, 11, 15)).isEmpty())
        .isTrue();
    assertThat(mfapi.targets()).containsExactly("/mf/950301");
  }

  @Test
  void history_unknownCode_isTheEmptySeries() {
    MfApiSource source = MfApiSource.of(mfapiClientBuilder().build());

    assertThat(source.history(SchemeCode.of(959999), LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 11, 20)).isEmpty()).isTrue();
  }

  @Test
  void history_mfapiDown_throwsUnavailable() {
    mfapi.down.set(true);

    assertThatThrownBy(() -> NavSources.mfapi(mfapiClientBuilder().build())
        .history(KAVERI, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20)))
        .isInstanceOf(SourceUnavailableException.class)
        .satisfies(e -> assertThat(((SourceUnavailableException) e).source()).isEqualTo("mfapi"));
  }

  @Test
  void history_staleCopy_servedByDefault_refusedOnRequest() {
    MfApiClient client = mfapiClientBuilder().build();
    LocalDate from = LocalDate.of(2026, 11, 16);
    LocalDate to = LocalDate.of(2026, 11, 20);
    NavSeries fresh = MfApiSource.of(client).history(KAVERI, from, to);
    clock.set(at("2026-11-26T21:05"));
    mfapi.down.set(true);

    assertThat(MfApiSource.of(client, StalePolicy.SERVE).history(KAVERI, from, to)).isEqualTo(fresh);
    assertThatThrownBy(() -> MfApiSource.of(client, StalePolicy.REFUSE).history(KAVERI, from, to))
        .isInstanceOf(SourceUnavailableException.class);
  }

  @Test
  void answer_saysWhenTheClientServedAStaleCopy() {
    MfApiClient client = mfapiClientBuilder().build();
    LocalDate from = LocalDate.of(2026, 11, 16);
    LocalDate to = LocalDate.of(2026, 11, 20);
    SourceAnswer fresh = MfApiSource.of(client).answer(KAVERI, from, to);
    assertThat(fresh.stale()).isFalse();
    assertThat(fresh.series().size()).isEqualTo(5);
    // After the 21:00 cut-over the copy is no longer fresh; with mfapi down it is served stale.
    clock.set(at("2026-11-26T21:05"));
    mfapi.down.set(true);

    SourceAnswer stale = MfApiSource.of(client).answer(KAVERI, from, to);

    assertThat(stale.stale()).isTrue();
    assertThat(stale.series()).isEqualTo(fresh.series());
    assertThat(mfapi.requestCount()).isEqualTo(1 + RETRY.maxAttempts());
    assertThatThrownBy(() -> MfApiSource.of(client, StalePolicy.REFUSE).answer(KAVERI, from, to))
        .isInstanceOf(SourceUnavailableException.class);
  }

  @Test
  void history_toBeforeFrom_throws() {
    MfApiSource source = MfApiSource.of(mfapiClientBuilder().build());

    assertThatThrownBy(() -> source.history(KAVERI, LocalDate.of(2026, 11, 20),
        LocalDate.of(2026, 11, 16))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to:");
    assertThat(mfapi.requestCount()).isZero();
  }
}
