package in.lumpsum.funds.client;

import in.lumpsum.core.testkit.MutableClock;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.client.internal.DefaultHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer, a clock the test moves, a sleeper that records instead of sleeping, fixtures. */
abstract class ClientTestSupport {

  /** Attempts 3, waits 100 ms then 200 ms (no jitter), Retry-After honoured up to 30 s. */
  static final RetryPolicy RETRY =
      new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 0, Duration.ofSeconds(30));

  MockWebServer server;
  final MutableClock clock = new MutableClock(at("2026-11-26T12:00"));
  final List<Duration> sleeps = new ArrayList<>();
  final Sleeper sleeper = d -> {
    sleeps.add(d);
    clock.advance(d);
  };
  /** Short timeouts so that a trickling body fails in well under a second. */
  final OkHttpClient http = DefaultHttp.builder()
      .connectTimeout(Duration.ofSeconds(2))
      .readTimeout(Duration.ofSeconds(2))
      .callTimeout(Duration.ofSeconds(3))
      .build();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  static Instant at(String indianDateTime) {
    return LocalDateTime.parse(indianDateTime).atZone(IndianTime.ZONE).toInstant();
  }

  static byte[] fixture(String name) {
    try (InputStream in = ClientTestSupport.class.getResourceAsStream("/client/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse ok(byte[] body) {
    return new MockResponse().setResponseCode(200).setBody(new Buffer().write(body));
  }

  static MockResponse okFixture(String name) {
    return ok(fixture(name));
  }

  static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("error " + code);
  }

  static MockResponse trickle(byte[] body) {
    return ok(body).throttleBody(16, 200, TimeUnit.MILLISECONDS);
  }
}
