package in.lumpsum.funds.client.internal;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The {@link OkHttpClient} the clients share when the host injects none, and lumpsum's user agent.
 *
 * <p>Created on first use and shared by every client in the process, so that they share one
 * connection pool and dispatcher. Its timeouts: connect 10 s, read 30 s, write 10 s, and 120 s for
 * the whole call (a body that trickles in is cut off by the call timeout even when every read is
 * quick). OkHttp's own silent retry on connection failure is off: the clients' {@code RetryPolicy}
 * is the one place retries happen, so that attempts are counted and backed off.
 */
public final class DefaultHttp {

  private DefaultHttp() {}

  private static final class Holder {
    static final OkHttpClient CLIENT = builder().build();
  }

  /**
   * Returns the shared default client.
   *
   * @return the client
   */
  public static OkHttpClient client() {
    return Holder.CLIENT;
  }

  /**
   * Returns a builder with lumpsum's default settings, for a host or a test to adjust.
   *
   * @return the builder
   */
  public static OkHttpClient.Builder builder() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(120))
        .retryOnConnectionFailure(false);
  }

  /**
   * Returns the user agent sent with every request: {@code lumpsum/<version>}, the version read from
   * the jar's manifest ({@code dev} when run from classes).
   *
   * @return the user agent
   */
  public static String userAgent() {
    String v = DefaultHttp.class.getPackage().getImplementationVersion();
    return "lumpsum/" + (v == null || v.isBlank() ? "dev" : v) + " (mutual-fund SDK; Java)";
  }
}
