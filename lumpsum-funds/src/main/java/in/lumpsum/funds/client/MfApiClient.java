package in.lumpsum.funds.client;

import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.funds.client.internal.FreshCache;
import in.lumpsum.funds.client.internal.HttpFetcher;
import in.lumpsum.funds.client.internal.HttpFetcher.BodyKind;
import in.lumpsum.funds.client.internal.MfApiJson;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A client of mfapi.in, a free JSON API over AMFI's data: the scheme list, search, a scheme's whole
 * NAV history and its latest NAV.
 *
 * <p>Endpoints, relative to the base URL (default {@value #DEFAULT_BASE_URL}), from mfapi's OpenAPI
 * document (https://www.mfapi.in/docs/openapi.json): {@code GET /mf} (every scheme),
 * {@code GET /mf/search?q=} (schemes whose name matches), {@code GET /mf/{code}} (meta and every NAV,
 * newest first, dates {@code dd-mm-yyyy}) and {@code GET /mf/{code}/latest}. For a code it does not
 * know, mfapi answers 200 with empty {@code meta} and {@code data}: returned here as an empty
 * {@link Optional}, never as an empty series.
 *
 * <p>Retries, circuit breaker, cache and stale serving work as in {@link AmfiClient}. Malformed JSON,
 * or JSON of another shape, raises {@link SourceFormatException} (not retried, nothing cached); JSON
 * cut short is retried like a dropped connection. Rows with a bad date ({@code 31-02-2026}) or NAV are
 * left out and reported ({@link MfApiHistory#problems()}).
 *
 * <p>Thread-safe; build one per base URL and share it.
 *
 * @since 0.1.0
 */
public final class MfApiClient {

  /** mfapi's server: {@code https://api.mfapi.in/}. */
  public static final String DEFAULT_BASE_URL = "https://api.mfapi.in/";

  private static final String SOURCE = "mfapi";

  private final HttpUrl base;
  private final HttpFetcher fetcher;
  private final FreshCache cache;

  private MfApiClient(Builder b) {
    this.base = b.baseUrl();
    this.fetcher = b.fetcher(SOURCE);
    this.cache = b.cache(SOURCE);
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every scheme mfapi lists.
   *
   * @return the schemes read and one problem per entry left out
   * @throws SourceUnavailableException if mfapi gave no whole answer and no copy is cached
   * @throws SourceFormatException if the answer is not an array of schemes
   */
  public Fetched<ParseResult<MfApiScheme>> schemes() {
    HttpUrl url = base.newBuilder().addPathSegment("mf").build();
    return cache.get("schemes", () -> fetcher.get(url, BodyKind.JSON,
        b -> MfApiJson.schemes(b, url.toString())));
  }

  /**
   * Searches schemes by name.
   *
   * @param query words of the name, not blank
   * @return the schemes found and one problem per entry left out
   * @throws IllegalArgumentException if the query is blank
   * @throws SourceUnavailableException if mfapi gave no whole answer and no copy is cached
   * @throws SourceFormatException if the answer is not an array of schemes
   */
  public Fetched<ParseResult<MfApiScheme>> search(String query) {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) {
      throw new IllegalArgumentException("query: must not be blank (got '" + query + "')");
    }
    String q = query.strip();
    HttpUrl url = base.newBuilder().addPathSegments("mf/search").addQueryParameter("q", q).build();
    return cache.get("search " + q, () -> fetcher.get(url, BodyKind.JSON,
        b -> MfApiJson.schemes(b, url.toString())));
  }

  /**
   * Returns a scheme's whole NAV history.
   *
   * @param code the scheme code
   * @return the history, or empty if mfapi does not know the code
   * @throws SourceUnavailableException if mfapi gave no whole answer and no copy is cached
   * @throws SourceFormatException if the answer is malformed or about another scheme
   */
  public Fetched<Optional<MfApiHistory>> history(SchemeCode code) {
    Objects.requireNonNull(code, "code");
    HttpUrl url = base.newBuilder().addPathSegment("mf").addPathSegment(code.toString()).build();
    return cache.get("history " + code, () -> fetcher.get(url, BodyKind.JSON,
        b -> MfApiJson.history(b, url.toString(), code)));
  }

  /**
   * Returns a scheme's latest NAV, as a history of one point.
   *
   * @param code the scheme code
   * @return the latest NAV, or empty if mfapi does not know the code
   * @throws SourceUnavailableException if mfapi gave no whole answer and no copy is cached
   * @throws SourceFormatException if the answer is malformed or about another scheme
   */
  public Fetched<Optional<MfApiHistory>> latest(SchemeCode code) {
    Objects.requireNonNull(code, "code");
    HttpUrl url = base.newBuilder().addPathSegment("mf").addPathSegment(code.toString())
        .addPathSegment("latest").build();
    return cache.get("latest " + code, () -> fetcher.get(url, BodyKind.JSON,
        b -> MfApiJson.history(b, url.toString(), code)));
  }

  /** Builds an {@link MfApiClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder> {

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public MfApiClient build() {
      return new MfApiClient(this);
    }
  }
}
