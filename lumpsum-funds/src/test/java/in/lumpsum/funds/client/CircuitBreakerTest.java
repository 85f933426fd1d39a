package in.lumpsum.funds.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.lumpsum.funds.client.internal.CircuitBreaker;
import in.lumpsum.funds.client.internal.CircuitBreaker.State;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The circuit breaker, alone and in the AMFI client. */
class CircuitBreakerTest extends ClientTestSupport {

  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(60), clock);

  @Test
  void opensAfterThresholdFailuresInARow() {
    breaker.onFailure();
    breaker.onFailure();
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.onFailure();

    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThat(breaker.tryAcquire()).isFalse();
    assertThat(breaker.openUntil()).isEqualTo(clock.instant().plusSeconds(60));
  }

  @Test
  void successResetsTheCount() {
    breaker.onFailure();
    breaker.onFailure();
    breaker.onSuccess();
    breaker.onFailure();
    breaker.onFailure();

    assertThat(breaker.state()).isEqualTo(State.CLOSED);
  }

  @Test
  void halfOpenAfterOpenPeriod_letsOneTrialThrough() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure();
    }
    clock.advance(Duration.ofSeconds(60));

    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    assertThat(breaker.tryAcquire()).isTrue();
    assertThat(breaker.tryAcquire()).isFalse();
    breaker.onSuccess();
    assertThat(breaker.state()).isEqualTo(State.CLOSED);
  }

  @Test
  void halfOpenTrialFails_opensAgain() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure();
    }
    clock.advance(Duration.ofSeconds(61));
    assertThat(breaker.tryAcquire()).isTrue();

    breaker.onFailure();

    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThat(breaker.openUntil()).isEqualTo(clock.instant().plusSeconds(60));
  }

  @Test
  void neutralOutcome_freesTheTrialWithoutClosing() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure();
    }
    clock.advance(Duration.ofSeconds(60));
    assertThat(breaker.tryAcquire()).isTrue();

    breaker.onNeutral();

    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void badSettings_throwNamingThem() {
    assertThatThrownBy(() -> new CircuitBreaker(0, Duration.ofSeconds(1), clock))
        .hasMessageContaining("failureThreshold");
    assertThatThrownBy(() -> AmfiClient.builder().circuitBreaker(3, Duration.ZERO))
        .hasMessageContaining("openFor");
  }

  @Test
  void client_repeatedFailuresOpenTheCircuit_thenHalfOpenRecovers() {
    AmfiClient client = AmfiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock)
        .sleeper(sleeper).retryPolicy(RetryPolicy.NONE).circuitBreaker(3, Duration.ofSeconds(60))
        .noCache().build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(500));
    }
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(client::daily).isInstanceOf(SourceUnavailableException.class)
          .isNotInstanceOf(CircuitOpenException.class);
    }

    // Open: refused without a request.
    assertThatThrownBy(client::daily).isInstanceOfSatisfying(CircuitOpenException.class, e -> {
      assertThat(e.attempts()).isZero();
      assertThat(e.retryAt()).isEqualTo(clock.instant().plusSeconds(60));
    });
    assertThat(server.getRequestCount()).isEqualTo(3);

    // Half-open after the open period: one trial; it succeeds and closes the circuit.
    clock.advance(Duration.ofSeconds(60));
    server.enqueue(okFixture("navall-6-crlf.txt"));
    server.enqueue(okFixture("navall-6-crlf.txt"));
    assertThat(client.daily().value().rows()).hasSize(4);
    assertThat(client.daily().value().rows()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void client_halfOpenTrialThatThrowsUnexpectedly_freesTheTrial() {
    // Regression: a runtime exception from the HTTP client (such as a host's interceptor) during
    // the half-open trial left the trial in flight for ever, so every later call was refused.
    AtomicBoolean fail = new AtomicBoolean();
    OkHttpClient flaky = http.newBuilder().addInterceptor(chain -> {
      if (fail.get()) {
        throw new IllegalStateException("interceptor failed");
      }
      return chain.proceed(chain.request());
    }).build();
    AmfiClient client = AmfiClient.builder().baseUrl(baseUrl()).httpClient(flaky).clock(clock)
        .sleeper(sleeper).retryPolicy(RetryPolicy.NONE).circuitBreaker(1, Duration.ofSeconds(60))
        .noCache().build();
    server.enqueue(status(500));
    assertThatThrownBy(client::daily).isInstanceOf(SourceUnavailableException.class);

    clock.advance(Duration.ofSeconds(60));
    fail.set(true);
    assertThatThrownBy(client::daily).isInstanceOf(IllegalStateException.class);

    fail.set(false);
    server.enqueue(okFixture("navall-6-crlf.txt"));
    assertThat(client.daily().value().rows()).hasSize(4);
  }

  @Test
  void client_circuitOpensDuringRetries_stopsRetrying() {
    AmfiClient client = AmfiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock)
        .sleeper(sleeper).retryPolicy(RETRY).circuitBreaker(2, Duration.ofSeconds(60)).build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(502));
    }

    assertThatThrownBy(client::daily).isInstanceOfSatisfying(CircuitOpenException.class, e -> {
      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.getCause()).isInstanceOf(SourceUnavailableException.class);
    });
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void client_rateLimitsDoNotOpenTheCircuit() {
    AmfiClient client = AmfiClient.builder().baseUrl(baseUrl()).httpClient(http).clock(clock)
        .sleeper(sleeper).retryPolicy(RETRY).circuitBreaker(2, Duration.ofSeconds(60)).build();
    server.enqueue(status(429).setHeader("Retry-After", "1"));
    server.enqueue(status(429).setHeader("Retry-After", "1"));
    server.enqueue(okFixture("navall-6-crlf.txt"));

    assertThat(client.daily().value().rows()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
