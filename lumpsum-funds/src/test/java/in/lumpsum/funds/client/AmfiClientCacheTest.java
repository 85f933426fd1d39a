package in.lumpsum.funds.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.funds.amfi.AmfiFile;
import in.lumpsum.funds.amfi.AmfiFormatException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The cache in front of the AMFI client: freshness by publishing time, stale serving, no caching of failures. */
class AmfiClientCacheTest extends ClientTestSupport {

  private AmfiClient client() {
    return AmfiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock).sleeper(sleeper)
        .retryPolicy(RETRY).circuitBreaker(100, Duration.ofMinutes(1)).build();
  }

  @Test
  void daily_twiceBeforeNextCutover_fetchesOnce() {
    server.enqueue(okFixture("navall-6-crlf.txt"));
    AmfiClient client = client();
    clock.set(at("2026-11-26T12:00"));

    Fetched<AmfiFile> first = client.daily();
    clock.set(at("2026-11-26T20:59"));
    Fetched<AmfiFile> second = client.daily();

    assertThat(second.value()).isSameAs(first.value());
    assertThat(second.stale()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void daily_afterPublishingTime_fetchesAgain() {
    server.enqueue(okFixture("navall-6-crlf.txt"));
    server.enqueue(okFixture("navall-8-lf.txt"));
    AmfiClient client = client();
    clock.set(at("2026-11-26T20:30"));

    client.daily();
    clock.set(at("2026-11-26T21:05"));
    Fetched<AmfiFile> after = client.daily();

    assertThat(after.value().rows()).hasSize(3);
    assertThat(after.fetchedAt()).isEqualTo(at("2026-11-26T21:05"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void daily_fetchedLateAtNight_freshUntilNextMorning() {
    server.enqueue(okFixture("navall-6-crlf.txt"));
    server.enqueue(okFixture("navall-6-crlf.txt"));
    AmfiClient client = client();
    clock.set(at("2026-11-26T23:10"));

    client.daily();
    clock.set(at("2026-11-27T09:59"));
    client.daily();
    assertThat(server.getRequestCount()).isEqualTo(1);
    clock.set(at("2026-11-27T10:00"));
    client.daily();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void daily_sourceDownAfterCutover_servesStaleCopyWithFlag() {
    server.enqueue(okFixture("navall-6-crlf.txt"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    AmfiClient client = client();
    clock.set(at("2026-11-26T12:00"));
    Fetched<AmfiFile> fresh = client.daily();

    clock.set(at("2026-11-26T21:30"));
    Fetched<AmfiFile> stale = client.daily();

    assertThat(stale.stale()).isTrue();
    assertThat(stale.value()).isSameAs(fresh.value());
    assertThat(stale.fetchedAt()).isEqualTo(at("2026-11-26T12:00"));
    assertThat(stale.failure()).get().satisfies(e -> assertThat(e.status()).hasValue(503));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void daily_sourceDownAndNothingCached_throws() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(500));
    }

    assertThatThrownBy(() -> client().daily()).isInstanceOf(SourceUnavailableException.class);
  }

  @Test
  void daily_failedResponseIsNeverCached() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(okFixture("amfi-error.html"));
    }
    server.enqueue(okFixture("navall-6-crlf.txt"));
    AmfiClient client = client();

    assertThatThrownBy(client::daily).isInstanceOf(SourceUnavailableException.class);
    Fetched<AmfiFile> next = client.daily();

    // The HTML page was not kept: the next call fetched again and got the file.
    assertThat(next.stale()).isFalse();
    assertThat(next.value().rows()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void daily_changedHeaderWhileACopyIsHeld_raisesFormatErrorNotStale() {
    server.enqueue(okFixture("navall-6-crlf.txt"));
    server.enqueue(ok("Scheme Code;Scheme Label;NAV Value;When\r\n1;x;1;01-Jan-2026\r\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    AmfiClient client = client();
    client.daily();
    clock.set(at("2026-11-26T21:01"));

    assertThatThrownBy(client::daily).isInstanceOf(AmfiFormatException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void noCache_fetchesEveryTimeAndCannotServeStale() {
    server.enqueue(okFixture("navall-6-crlf.txt"));
    server.enqueue(status(500));
    AmfiClient client = AmfiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock)
        .sleeper(sleeper).retryPolicy(RetryPolicy.NONE).noCache().build();

    client.daily();
    assertThatThrownBy(client::daily).isInstanceOf(SourceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void daily_concurrentMisses_shareOneRequest() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        arrived.countDown();
        release.await(10, TimeUnit.SECONDS);
        return okFixture("navall-6-crlf.txt");
      }
    });
    AmfiClient client = client();
    AtomicReference<Fetched<AmfiFile>> first = new AtomicReference<>();
    AtomicReference<Fetched<AmfiFile>> second = new AtomicReference<>();
    Thread a = new Thread(() -> first.set(client.daily()));
    a.start();
    assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
    Thread b = new Thread(() -> second.set(client.daily()));
    b.start();
    // b parks on the load a is running; then the server answers a.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (b.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    release.countDown();
    a.join(10_000);
    b.join(10_000);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(second.get().value()).isSameAs(first.get().value());
  }
}
