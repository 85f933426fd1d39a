package in.lumpsum.funds.nav.sources;

import in.lumpsum.core.testkit.MutableClock;
import in.lumpsum.core.time.IndianTime;
import in.lumpsum.funds.client.AmfiClient;
import in.lumpsum.funds.client.MfApiClient;
import in.lumpsum.funds.client.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Two MockWebServers, one playing AMFI and one mfapi, answering from the fixtures in
 * {@code /nav-sources/} by path (so the order of requests does not matter), each able to go down
 * (503 on every request) and counting what it was asked; a clock the test moves; clients that never
 * sleep.
 */
abstract class SourcesTestSupport {

  /** 26 November 2026, noon in India: every fixture date is in the past. */
  static final Instant NOON_26_NOV = at("2026-11-26T12:00");

  /** Three attempts, no real waiting (the sleeper only moves the clock). */
  static final RetryPolicy RETRY =
      new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 0, Duration.ofSeconds(30));

  final MutableClock clock = new MutableClock(NOON_26_NOV);
  final FixtureServer amfi = new FixtureServer(path -> path.startsWith("/DownloadNAVHistoryReport_Po.aspx")
      ? "amfi-navhistory-oct-nov-2026-crlf.txt" : null);
  final FixtureServer mfapi = new FixtureServer(path -> switch (path) {
    case "/mf/950301" -> "mfapi-history-950301.json";
    case "/mf/950401" -> "mfapi-history-950401.json";
    default -> path.startsWith("/mf/") ? "mfapi-unknown.json" : null;
  });
  final OkHttpClient http = new OkHttpClient.Builder()
      .connectTimeout(2, TimeUnit.SECONDS)
      .readTimeout(2, TimeUnit.SECONDS)
      .callTimeout(3, TimeUnit.SECONDS)
      .retryOnConnectionFailure(false)
      .build();

  @BeforeEach
  void startServers() throws IOException {
    amfi.start();
    mfapi.start();
  }

  @AfterEach
  void stopServers() throws IOException {
    amfi.server.shutdown();
    mfapi.server.shutdown();
  }

  AmfiClient.Builder amfiClientBuilder() {
    return AmfiClient.builder().baseUrl(amfi.baseUrl()).httpClient(http).clock(clock)
        .sleeper(clock::advance).retryPolicy(RETRY);
  }

  MfApiClient.Builder mfapiClientBuilder() {
    return MfApiClient.builder().baseUrl(mfapi.baseUrl()).httpClient(http).clock(clock)
        .sleeper(clock::advance).retryPolicy(RETRY);
  }

  static Instant at(String indianDateTime) {
    return LocalDateTime.parse(indianDateTime).atZone(IndianTime.ZONE).toInstant();
  }

  static byte[] fixture(String name) {
    try (InputStream in = SourcesTestSupport.class.getResourceAsStream("/nav-sources/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Maps a request path to a fixture name, or null for 404. */
  interface Routes {
    String fixture(String path);
  }

  /** A MockWebServer answering from fixtures by path, recording every request. */
  static final class FixtureServer extends Dispatcher {
    final MockWebServer server = new MockWebServer();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    final AtomicBoolean down = new AtomicBoolean();
    private final Routes routes;

    FixtureServer(Routes routes) {
      this.routes = routes;
      server.setDispatcher(this);
    }

    void start() throws IOException {
      server.start();
    }

    String baseUrl() {
      return server.url("/").toString();
    }

    int requestCount() {
      return requests.size();
    }

    /** The request targets (path and query), in order. */
    List<String> targets() {
      return requests.stream().map(RecordedRequest::getPath).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      requests.add(request);
      if (down.get()) {
        return new MockResponse().setResponseCode(503).setBody("Service Unavailable");
      }
      String path = request.getRequestUrl().encodedPath();
      String name = routes.fixture(path);
      if (name == null) {
        return new MockResponse().setResponseCode(404).setBody("not found");
      }
      return new MockResponse().setResponseCode(200).setBody(new Buffer().write(fixture(name)));
    }
  }
}
